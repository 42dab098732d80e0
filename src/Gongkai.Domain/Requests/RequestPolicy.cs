using System.Collections.Immutable;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>The periods 条例 sets, in 工作日.</summary>
public static class StatutoryPeriods
{
    /// <summary>补正通知 within 7 working days of receipt (条例第三十条).</summary>
    public const int CorrectionNotice = 7;

    /// <summary>The consulted party's 15 working days (条例第三十二条、第三十四条).</summary>
    public const int Consultation = 15;

    /// <summary>The answer within 20 working days of receipt (条例第三十三条第二款).</summary>
    public const int Answer = 20;

    /// <summary>An extension of at most 20 working days (条例第三十三条第二款).</summary>
    public const int MaxExtension = 20;
}

/// <summary>
/// What a request is judged against: the working-day calendar, the clock that says what "today" is (events may not
/// be dated after it), and the rules statutory-rules marks UNCONFIRMED, as settings.
/// </summary>
public sealed record RequestPolicy(WorkingDayCalendar Calendar, TimeProvider Clock)
{
    /// <summary>
    /// Whether the time from a 收费通知 to payment is left out of the 第三十三条 period, like consultation time
    /// (statutory-rules §3, UNCONFIRMED; on by default).
    /// </summary>
    public bool FeeNoticePausesClock { get; init; } = true;

    /// <summary>
    /// How many working days a 第三十五条 reasonable deadline may run beyond the 第三十三条 due date (the law sets no
    /// figure; 20 by default, the most 第三十三条第二款 lets a 负责人 extend by).
    /// </summary>
    public int ReasonableDeadlineMaxWorkingDays { get; init; } = ReasonableDeadlines.DefaultMaxWorkingDays;

    /// <summary>The shipped calendar, receipt day excluded, with the given clock.</summary>
    public static RequestPolicy Official(TimeProvider clock) => new(WorkingDayCalendar.Official, clock);

    /// <summary>Today in China Standard Time, by the policy's clock.</summary>
    public DateOnly Today => ChinaClock.Today(Clock);
}

/// <summary>Where a request stands (办理状态), derived from its events.</summary>
public enum RequestStatus
{
    /// <summary>办理中: the answer clock runs.</summary>
    InProgress,

    /// <summary>待补正: a 补正通知 is out; the clock will restart when the correction arrives.</summary>
    AwaitingCorrection,

    /// <summary>征求意见中: time not counted.</summary>
    Consulting,

    /// <summary>待缴费: a 收费通知 is out.</summary>
    AwaitingPayment,

    /// <summary>已答复, not yet served.</summary>
    Decided,

    /// <summary>已送达.</summary>
    Delivered,

    /// <summary>已终止: 逾期不补正, 逾期未缴费 or 撤回; no reply is due.</summary>
    Closed,
}

/// <summary>The names of <see cref="RequestStatus"/> as staff and applicants read them, and which are still open.</summary>
public static class RequestStatuses
{
    /// <summary>
    /// The statuses of a request not yet answered: the answer clock (or a pause of it) runs — 办理中, 待补正, 征求意见中,
    /// 待缴费 (条例第三十三条).
    /// </summary>
    public static readonly ImmutableArray<RequestStatus> Open =
        [RequestStatus.InProgress, RequestStatus.AwaitingCorrection, RequestStatus.Consulting, RequestStatus.AwaitingPayment];

    /// <summary>The statuses in which something is still owed to the applicant: an answer, or serving the one given.</summary>
    public static readonly ImmutableArray<RequestStatus> Owed = [.. Open, RequestStatus.Decided];

    /// <summary>Whether the request is not yet answered (<see cref="Open"/>).</summary>
    public static bool IsOpen(this RequestStatus status) => Open.Contains(status);

    /// <summary>Whether an answer or its service is still owed (<see cref="Owed"/>): open, or answered and not yet served.</summary>
    public static bool IsOwed(this RequestStatus status) => Owed.Contains(status);

    /// <summary>办理中, 待补正, 征求意见中, 待缴费, 已答复, 已送达, 已终止.</summary>
    public static string Label(this RequestStatus status) => status switch
    {
        RequestStatus.InProgress => "办理中",
        RequestStatus.AwaitingCorrection => "待补正",
        RequestStatus.Consulting => "征求意见中",
        RequestStatus.AwaitingPayment => "待缴费",
        RequestStatus.Decided => "已答复",
        RequestStatus.Delivered => "已送达",
        RequestStatus.Closed => "已终止",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
