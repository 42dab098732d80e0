namespace Gongkai.Domain.Calendar;

/// <summary>
/// Thrown when a working day (工作日) is asked of a year whose State Council holiday notice (国务院办公厅关于…部分节假日
/// 安排的通知) is not loaded. Such a year is never guessed as a plain Monday–Friday year: its 调休 are unknown
/// (statutory-rules §4). The message is Chinese so that a clerk's tool can show it as it is.
/// </summary>
public sealed class CalendarDataMissingException : Exception
{
    public CalendarDataMissingException()
        : this(0, null)
    {
    }

    public CalendarDataMissingException(string message)
        : base(message)
    {
    }

    public CalendarDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendarDataMissingException(int year, DateOnly? date)
        : base(Describe(year, date))
    {
        Year = year;
        Date = date;
    }

    /// <summary>The calendar year with no loaded notice.</summary>
    public int Year { get; }

    /// <summary>The day that was asked about, when one was.</summary>
    public DateOnly? Date { get; }

    private static string Describe(int year, DateOnly? date) =>
        (date is { } d ? $"{d:yyyy-MM-dd}所在的" : "") +
        $"{year}年放假安排（国务院办公厅通知）尚未载入，无法确定工作日；不按普通周一至周五推算";
}
