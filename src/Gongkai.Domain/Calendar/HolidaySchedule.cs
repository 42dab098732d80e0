using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// The official calendar of 工作日 for the years whose notices are loaded: a day is a working day when it is Monday
/// to Friday and not a day off (放假), or a weekend day declared worked (调休上班) (statutory-rules §4). A year from
/// 2025 without a loaded notice is counted provisionally (暂定) on the statutory holidays of 《全国年节及纪念日放假办法》
/// (<see cref="StatutoryHolidays"/>), unless the schedule is made without; any other year throws
/// <see cref="CalendarDataMissingException"/>.
/// </summary>
/// <remarks>
/// The late-December days of a notice's previous year (2018-12-29…31 in the 2019 notice) are applied when that
/// previous year is itself loaded. The last loaded year's late December may still be changed by the next year's
/// notice, as 2018's was by the 2019 notice.
/// </remarks>
public sealed class HolidaySchedule
{
    private readonly FrozenDictionary<DateOnly, bool> _declared;
    private readonly FrozenSet<int> _years;
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> _statutory = new();

    /// <param name="notices">The notices, at most one per year.</param>
    /// <param name="provisionalYears">Whether years without a notice are counted on the statutory holidays (暂定).</param>
    public HolidaySchedule(IEnumerable<HolidayNotice> notices, bool provisionalYears = true)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ProvisionalYears = provisionalYears;
        Notices = [.. notices.OrderBy(n => n.Year)];
        var declared = new Dictionary<DateOnly, bool>();
        foreach (var notice in Notices)
        {
            if (Notices.Count(n => n.Year == notice.Year) > 1)
            {
                throw new ArgumentException($"Two notices for {notice.Year}; raise the revision of one file instead.", nameof(notices));
            }

            foreach (var day in notice.OffDays)
            {
                declared[day] = false;
            }

            foreach (var day in notice.WorkedDays)
            {
                declared[day] = true;
            }
        }

        _declared = declared.ToFrozenDictionary();
        _years = Notices.Select(n => n.Year).ToFrozenSet();
    }

    /// <summary>The notices shipped with Gongkai as <c>Calendar/Data/YYYY.json</c>.</summary>
    public static ImmutableArray<HolidayNotice> Embedded { get; } = [.. LoadEmbedded()];

    // Declared after Embedded: static initialisers run in the order they are written.
    /// <summary>The schedule built from the notices shipped with Gongkai (2019–2026), later years provisional.</summary>
    public static HolidaySchedule Official { get; } = new(Embedded);

    /// <summary>Whether years without a notice are counted on the statutory holidays.</summary>
    public bool ProvisionalYears { get; }

    /// <summary>The loaded notices, by year.</summary>
    public ImmutableArray<HolidayNotice> Notices { get; }

    /// <summary>Whether the year's days can be classified: its notice is loaded or it is counted provisionally.</summary>
    public bool Covers(int year) => HasNotice(year) || IsProvisional(year);

    public bool Covers(DateOnly date) => Covers(date.Year);

    /// <summary>Whether the year's notice is loaded.</summary>
    public bool HasNotice(int year) => _years.Contains(year);

    /// <summary>暂定: whether the year has no notice and is counted on the statutory holidays alone.</summary>
    public bool IsProvisional(int year) => ProvisionalYears && !_years.Contains(year) && StatutoryHolidays.Covers(year);

    /// <summary>
    /// The provisional years from <paramref name="from"/>'s year to <paramref name="through"/>'s, so whether a date
    /// counted from the one to the other is 暂定; null when every year has its notice.
    /// </summary>
    public Provisional? ProvisionalBetween(DateOnly from, DateOnly through)
    {
        var years = Enumerable.Range(Math.Min(from.Year, through.Year), Math.Abs(through.Year - from.Year) + 1).Where(IsProvisional).ToList();
        return years.Count == 0 ? null : new Provisional(years);
    }

    /// <summary>The notice that sets the year's days, or null when it is not loaded.</summary>
    public HolidayNotice? NoticeFor(int year) => Notices.FirstOrDefault(n => n.Year == year);

    /// <summary>工作日: whether <paramref name="date"/> is a working day on the official calendar.</summary>
    /// <exception cref="CalendarDataMissingException">The date's year has neither a loaded notice nor a provisional rule.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        var provisional = IsProvisional(date.Year);
        if (!provisional && !HasNotice(date.Year))
        {
            throw new CalendarDataMissingException(date.Year, date);
        }

        // A notice may set days of the previous December (the 2019 notice 2018-12-29…31); they hold in a provisional year too.
        if (_declared.TryGetValue(date, out var worked))
        {
            return worked;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !(provisional && StatutoryDaysOff(date.Year).Contains(date));
    }

    private FrozenSet<DateOnly> StatutoryDaysOff(int year) =>
        _statutory.GetOrAdd(year, y => StatutoryHolidays.For(y).SelectMany(h => h.Off).ToFrozenSet());

    private static IEnumerable<HolidayNotice> LoadEmbedded()
    {
        var assembly = typeof(HolidaySchedule).Assembly;
        const string prefix = "Gongkai.Domain.Calendar.Data.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return HolidayNoticeJson.Parse(reader.ReadToEnd());
        }
    }
}
