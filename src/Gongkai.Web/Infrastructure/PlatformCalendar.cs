using Gongkai.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The platform's working-day calendar: the shipped notices, the notices an administrator loaded into the database,
/// and later years provisional (<see cref="HolidayNotices"/>). Read at start-up and after each load; every request
/// scope's <see cref="RequestPolicy"/> takes the calendar current when it starts.
/// </summary>
internal sealed class PlatformCalendar(TimeProvider clock, IConfiguration configuration)
{
    /// <summary>The setting that bounds a 第三十五条 reasonable deadline, in working days beyond the 第三十三条 due date.</summary>
    public const string ReasonableDeadlineSetting = "Gongkai:ReasonableDeadlineWorkingDays";

    private readonly int _reasonableDeadlineDays = configuration.GetValue(ReasonableDeadlineSetting, ReasonableDeadlines.DefaultMaxWorkingDays) is var days and >= 1 and <= 250
        ? days
        : throw new InvalidOperationException($"{ReasonableDeadlineSetting} must be between 1 and 250 working days.");

    private volatile WorkingDayCalendar _current = WorkingDayCalendar.Official;

    public WorkingDayCalendar Current => _current;

    /// <summary>The policy of one request scope, on the current calendar.</summary>
    public RequestPolicy Policy() => new(_current, clock) { ReasonableDeadlineMaxWorkingDays = _reasonableDeadlineDays };

    /// <summary>
    /// Reads the loaded notices again and brings the stored answer dates in line from December of the year before
    /// <paramref name="changedYear"/> (a notice may set the previous December), or from the first year without a notice.
    /// </summary>
    public async Task ReloadAsync(GongkaiDb db, int? changedYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schedule = await HolidayNotices.ScheduleAsync(db, cancellationToken).ConfigureAwait(false);
        _current = new WorkingDayCalendar(schedule);
        var year = changedYear ?? schedule.Notices[^1].Year + 1;
        await HolidayNotices.RefreshAnswerDueAsync(db, Policy(), new DateOnly(year - 1, 12, 1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The year whose notice an administrator should load now: next year, from 1 November (the State Council publishes
    /// it in November or December), while it is not loaded; otherwise null.
    /// </summary>
    public int? MissingNextYear()
    {
        var today = ChinaClock.Today(clock);
        var next = today.Year + 1;
        return today.Month >= 11 && !_current.Schedule.HasNotice(next) ? next : null;
    }
}
