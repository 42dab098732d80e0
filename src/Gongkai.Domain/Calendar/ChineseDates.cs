namespace Gongkai.Domain.Calendar;

/// <summary>Dates as Chinese documents print them: the one home of the format for the domain, the web and the CLI.</summary>
public static class ChineseDates
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>2026年3月31日.</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>星期二.</summary>
    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    /// <summary>2026年3月31日（星期二）.</summary>
    public static string FormatWithWeekday(DateOnly date) => $"{Format(date)}（{Weekday(date)}）";
}
