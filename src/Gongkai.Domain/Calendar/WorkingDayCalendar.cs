namespace Gongkai.Domain.Calendar;

/// <summary>Whether the day a period starts from (收到申请之日) counts as its first working day.</summary>
public enum StartDay
{
    /// <summary>
    /// The start day is not counted; day 1 is the next working day. The usual administrative-law reading of
    /// "自收到申请之日起…个工作日内" and the default (statutory-rules §1.11, UNCONFIRMED convention).
    /// </summary>
    Excluded,

    /// <summary>The start day counts as day 1 when it is itself a working day.</summary>
    Included,
}

/// <summary>
/// Counts 工作日 on the official calendar: every deadline of 条例 (7 days for 补正, 15 for consultation, 20 for the
/// answer, 20 more on extension) is a number of working days from a start day (条例第三十条、第三十二条、第三十三条).
/// </summary>
public sealed class WorkingDayCalendar
{
    public WorkingDayCalendar(HolidaySchedule schedule, StartDay startDay = StartDay.Excluded)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Schedule = schedule;
        StartDay = startDay;
    }

    /// <summary>The shipped notices, receipt day excluded.</summary>
    public static WorkingDayCalendar Official { get; } = new(HolidaySchedule.Official);

    public HolidaySchedule Schedule { get; }

    public StartDay StartDay { get; }

    /// <inheritdoc cref="HolidaySchedule.IsWorkingDay"/>
    public bool IsWorkingDay(DateOnly date) => Schedule.IsWorkingDay(date);

    /// <summary>Whether every year from <paramref name="from"/>'s to <paramref name="through"/>'s can be counted (a notice or the provisional rule).</summary>
    public bool Covers(DateOnly from, DateOnly through)
    {
        for (var year = Math.Min(from.Year, through.Year); year <= Math.Max(from.Year, through.Year); year++)
        {
            if (!Schedule.Covers(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc cref="HolidaySchedule.ProvisionalBetween"/>
    public Provisional? ProvisionalBetween(DateOnly from, DateOnly through) => Schedule.ProvisionalBetween(from, through);

    /// <summary>
    /// The due date of <see cref="AddWorkingDays"/> with whether it is 暂定: counted through a year whose notice is
    /// not loaded.
    /// </summary>
    public CountedDate Count(DateOnly start, int workingDays)
    {
        var due = AddWorkingDays(start, workingDays);
        return new CountedDate(due, ProvisionalBetween(start, due));
    }

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> 工作日 from <paramref name="start"/>: the due date.
    /// Zero days is the start day itself.
    /// </summary>
    /// <exception cref="CalendarDataMissingException">The period runs into a year with neither a notice nor a provisional rule.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var remaining = workingDays;
        var day = start;
        if (StartDay == StartDay.Included && remaining > 0 && IsWorkingDay(day))
        {
            remaining--;
        }

        while (remaining > 0)
        {
            if (day == DateOnly.MaxValue)
            {
                throw new CalendarDataMissingException(day.Year, day);
            }

            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>
    /// How many working days of a period from <paramref name="start"/> have run by the end of <paramref name="end"/>,
    /// so that <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var counted = CountAfter(start, end);
        return StartDay == StartDay.Included && IsWorkingDay(start) ? counted + 1 : counted;
    }

    /// <summary>Working days strictly after <paramref name="after"/> up to and including <paramref name="through"/>.</summary>
    public int CountAfter(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The number of working days in a calendar year (2024: 251).</summary>
    public int WorkingDaysIn(int year) => CountAfter(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));
}

/// <summary>A date counted in 工作日, with <see cref="Provisional"/> set when it is 暂定.</summary>
public readonly record struct CountedDate(DateOnly On, Provisional? Provisional)
{
    public bool IsProvisional => Provisional is not null;
}
