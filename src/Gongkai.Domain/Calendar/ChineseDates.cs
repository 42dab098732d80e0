namespace Gongkai.Domain.Calendar;

/// <summary>Dates as Chinese documents print them.</summary>
public static class ChineseDates
{
    /// <summary>2026年3月31日.</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
