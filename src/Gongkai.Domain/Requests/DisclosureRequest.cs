using System.Collections.Immutable;
using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// 政府信息公开申请: one application, as the log of what happened to it (条例第四十五条: 登记、审核、办理、答复、归档).
/// Its status, outcome and every deadline are derived from the events; an event the law does not allow at that
/// point is refused with a Chinese reason and the request is left unchanged.
/// </summary>
public sealed partial class DisclosureRequest
{
    private readonly RequestState _state;

    // Derived once per instance: the state and the policy's calendar never change after construction.
    private RequestDeadlines? _deadlines;

    private DisclosureRequest(RequestPolicy policy, ImmutableArray<RequestEvent> events, RequestState state)
    {
        Policy = policy;
        Events = events;
        _state = state;
    }

    /// <summary>The calendar, clock and settings the events were judged against.</summary>
    public RequestPolicy Policy { get; }

    /// <summary>The events in the order they happened, starting with <see cref="Registered"/>.</summary>
    public ImmutableArray<RequestEvent> Events { get; }

    public string Id => _state.Registration.RequestId;

    /// <summary>申请人.</summary>
    public Applicant Applicant => _state.Registration.Applicant;

    /// <summary>收到申请之日 (条例第三十一条): the date that decides the report year.</summary>
    public DateOnly ReceivedOn => _state.ReceivedOn;

    /// <summary>办理状态.</summary>
    public RequestStatus Status => _state.Status;

    /// <summary>The final outcome (办理结果), once there is one.</summary>
    public Outcome? Outcome => _state.Outcome;

    /// <summary>The day the final outcome was reached: decision, lapse or withdrawal.</summary>
    public DateOnly? ConcludedOn => _state.ConcludedOn;

    /// <summary>The day the reply counts as given: 签收之日 or 交邮之日 (国办公开办函〔2016〕235号).</summary>
    public DateOnly? AnsweredOn => _state.Delivery?.On;

    /// <summary>The decision (答复) with the facts its letter states, once there is one.</summary>
    public Decided? Decision => _state.Decision;

    /// <summary>The current draft of the 答复告知书, its review and its signature (拟稿 → 审核 → 签发).</summary>
    public LetterDrafted? LetterDraft => _state.LetterDraft;

    public LetterReviewed? LetterReview => _state.LetterReview;

    public LetterSigned? LetterSignature => _state.LetterSignature;

    /// <summary>The extension, with its reason, if one was approved.</summary>
    public ExtensionApproved? Extension => _state.Extension;

    /// <summary>The 收费通知's charge, if one was issued.</summary>
    public FeeCharge? Fee => _state.FeeNotice?.Charge;

    /// <summary>
    /// Every deadline, derived now from the events. A year with only the provisional rule gives dates marked
    /// <see cref="RequestDeadlines.Provisional"/>; a year with neither a notice nor the rule leaves the counted dates
    /// null and says why in <see cref="RequestDeadlines.Missing"/>.
    /// </summary>
    public RequestDeadlines Deadlines => _deadlines ??= RequestDeadlines.Derive(_state, Policy);

    /// <summary>Whether the request was received by the end of <paramref name="day"/> and had no final outcome yet.</summary>
    public bool IsPendingOn(DateOnly day) => ReceivedOn <= day && (ConcludedOn is not { } c || c > day);

    /// <summary>
    /// Whether the answer is late as of <paramref name="asOf"/>: served after its due date, or not yet served and the
    /// due date passed. A request closed without a reply due is never late.
    /// </summary>
    public bool IsOverdue(DateOnly asOf)
    {
        if (Status == RequestStatus.Closed || Deadlines.AnswerDue is not { } due)
        {
            return false;
        }

        return (AnsweredOn ?? asOf) > due;
    }

    /// <summary>Rebuilds a request from a stored log; the first event must be <see cref="Registered"/>.</summary>
    public static Result<DisclosureRequest> Replay(IEnumerable<RequestEvent> events, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var e = events.GetEnumerator();
        if (!e.MoveNext() || e.Current is not Registered first)
        {
            return Result.Fail<DisclosureRequest>("申请记录须以登记开始");
        }

        var result = Register(first, policy);
        while (result.Value is { } request && e.MoveNext())
        {
            result = request.Apply(e.Current, replaying: true);
        }

        return result;
    }

    /// <summary>Records the next event, or says why the law does not allow it now.</summary>
    public Result<DisclosureRequest> Apply(RequestEvent next) => Apply(next, replaying: false);

    // replaying: the event comes from a stored log, judged when it was recorded (see SetReasonableDeadline).
    private Result<DisclosureRequest> Apply(RequestEvent next, bool replaying)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (CheckOrder(next) is { } refused)
        {
            return Result.Fail<DisclosureRequest>(refused);
        }

        if (next is not Registered && Uncountable(RequestSteps.Of(next)) is { } uncountable)
        {
            return Result.Fail<DisclosureRequest>(uncountable);
        }

        try
        {
            var (state, error) = next switch
            {
                Registered => (null, "申请已登记，不能重复登记"),
                CorrectionRequested e => RequestCorrection(e),
                CorrectionReceived e => ReceiveCorrection(e),
                CorrectionLapsed e => LapseCorrection(e),
                ConsultationOpened e => OpenConsultation(e),
                ConsultationAnswered e => CloseConsultation(e.On, answered: true),
                ConsultationLapsed e => CloseConsultation(e.On, answered: false),
                ExtensionApproved e => ApproveExtension(e, replaying),
                ReasonableDeadlineSet e => SetReasonableDeadline(e, replaying),
                FeeNoticeIssued e => IssueFeeNotice(e),
                FeePaid e => PayFee(e),
                FeeLapsed e => LapseFee(e),
                Decided e => Decide(e, replaying),
                LetterDrafted e => DraftLetter(e),
                LetterReviewed e => ReviewLetter(e),
                LetterSigned e => SignLetter(e),
                Delivered e => Deliver(e, replaying),
                Withdrawn e => Withdraw(e),
                _ => throw new ArgumentException($"Unknown event {next.GetType().Name}.", nameof(next)),
            };
            return error is null
                ? Result.Ok(new DisclosureRequest(Policy, Events.Add(next), state! with { LastEventOn = next.On }))
                : Result.Fail<DisclosureRequest>(error);
        }
        catch (CalendarDataMissingException ex)
        {
            return Result.Fail<DisclosureRequest>("无法计算期限：" + ex.Message);
        }
    }

    // Whether the request is closed to the step is its state's to say (StateRefusal).
    private string? CheckOrder(RequestEvent next)
    {
        if (next.On < _state.LastEventOn)
        {
            return $"日期{ChineseDates.Format(next.On)}早于本申请上一事项的日期{ChineseDates.Format(_state.LastEventOn)}，事项须按发生先后记录";
        }

        if (next.On > Policy.Today)
        {
            return $"日期{ChineseDates.Format(next.On)}晚于今天（{ChineseDates.Format(Policy.Today)}），不能预先记录";
        }

        return null;
    }

    private string StatusName => Status.Label();
}
