using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// The official calendar of 工作日 for the years whose notices are loaded: a day is a working day when it is Monday
/// to Friday and not a day off (放假), or a weekend day declared worked (调休上班) (statutory-rules §4). A day in a
/// year without a loaded notice throws <see cref="CalendarDataMissingException"/>.
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

    public HolidaySchedule(IEnumerable<HolidayNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
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

    /// <summary>The schedule built from the notices shipped with Gongkai (2019–2026).</summary>
    public static HolidaySchedule Official { get; } = new(LoadEmbedded());

    /// <summary>The loaded notices, by year.</summary>
    public ImmutableArray<HolidayNotice> Notices { get; }

    /// <summary>Whether the year's notice is loaded, so its days can be classified.</summary>
    public bool Covers(int year) => _years.Contains(year);

    public bool Covers(DateOnly date) => Covers(date.Year);

    /// <summary>The notice that sets the year's days, or null when it is not loaded.</summary>
    public HolidayNotice? NoticeFor(int year) => Notices.FirstOrDefault(n => n.Year == year);

    /// <summary>工作日: whether <paramref name="date"/> is a working day on the official calendar.</summary>
    /// <exception cref="CalendarDataMissingException">The date's year has no loaded notice.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        if (!Covers(date.Year))
        {
            throw new CalendarDataMissingException(date.Year, date);
        }

        return _declared.TryGetValue(date, out var worked)
            ? worked
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

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
