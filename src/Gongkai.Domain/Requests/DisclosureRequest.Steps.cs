using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>A step a user records on a request: one per kind of event after 登记, in the order a page offers them.</summary>
public enum RequestStep
{
    CorrectionRequested,
    ConsultationOpened,
    FeeNoticeIssued,
    Decided,
    ExtensionApproved,
    ReasonableDeadlineSet,
    CorrectionReceived,
    CorrectionLapsed,
    ConsultationAnswered,
    ConsultationLapsed,
    FeePaid,
    FeeLapsed,
    LetterDrafted,
    LetterReviewed,
    LetterSigned,
    Delivered,
    Withdrawn,
}

/// <summary>Which step an event records, the steps' names, and which steps only a 负责人 may record.</summary>
public static class RequestSteps
{
    /// <summary>The step's name as staff say it, in the timeline and in messages ("补正通知", "已缴费").</summary>
    public static string StepName(this RequestEvent e) => e is Registered ? "登记" : Of(e).Name();

    public static RequestStep Of(RequestEvent e) => e switch
    {
        CorrectionRequested => RequestStep.CorrectionRequested,
        CorrectionReceived => RequestStep.CorrectionReceived,
        CorrectionLapsed => RequestStep.CorrectionLapsed,
        ConsultationOpened => RequestStep.ConsultationOpened,
        ConsultationAnswered => RequestStep.ConsultationAnswered,
        ConsultationLapsed => RequestStep.ConsultationLapsed,
        ExtensionApproved => RequestStep.ExtensionApproved,
        ReasonableDeadlineSet => RequestStep.ReasonableDeadlineSet,
        FeeNoticeIssued => RequestStep.FeeNoticeIssued,
        FeePaid => RequestStep.FeePaid,
        FeeLapsed => RequestStep.FeeLapsed,
        Decided => RequestStep.Decided,
        LetterDrafted => RequestStep.LetterDrafted,
        LetterReviewed => RequestStep.LetterReviewed,
        LetterSigned => RequestStep.LetterSigned,
        Delivered => RequestStep.Delivered,
        Withdrawn => RequestStep.Withdrawn,
        _ => throw new ArgumentException($"{e?.GetType().Name} is not a step recorded after 登记.", nameof(e)),
    };

    /// <summary>The step's name in the log and in messages.</summary>
    public static string Name(this RequestStep step) => step switch
    {
        RequestStep.CorrectionRequested => "补正通知",
        RequestStep.CorrectionReceived => "收到补正",
        RequestStep.CorrectionLapsed => "逾期不补正",
        RequestStep.ConsultationOpened => "征求意见",
        RequestStep.ConsultationAnswered => "征求意见答复",
        RequestStep.ConsultationLapsed => "征求意见逾期",
        RequestStep.ExtensionApproved => "延长答复期限",
        RequestStep.ReasonableDeadlineSet => "延迟答复的合理期限",
        RequestStep.FeeNoticeIssued => "收费通知",
        RequestStep.FeePaid => "已缴费",
        RequestStep.FeeLapsed => "逾期未缴费",
        RequestStep.Decided => "答复",
        RequestStep.LetterDrafted => "告知书拟稿",
        RequestStep.LetterReviewed => "告知书审核",
        RequestStep.LetterSigned => "告知书签发",
        RequestStep.Delivered => "送达",
        RequestStep.Withdrawn => "撤回",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>Why only a 负责人 may record <paramref name="step"/>, or null when any 承办人 may.</summary>
    public static string? Approval(this RequestStep step) => step switch
    {
        RequestStep.ExtensionApproved => "延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条第二款）",
        RequestStep.ReasonableDeadlineSet => ReasonableDeadlines.ApproverRequired,
        RequestStep.LetterReviewed => "告知书的审核由政府信息公开工作机构负责人进行（条例第四十五条：审核）",
        RequestStep.LetterSigned => DisclosureRequest.SigningRule,
        _ => null,
    };
}

// The steps allowed now, from the same guards the transitions use.
public sealed partial class DisclosureRequest
{
    /// <summary>
    /// The steps that can be recorded now: the request's state allows them (<see cref="StateRefusal"/>, the guard each
    /// transition applies first) and some day from the last event's to today lies within the step's period
    /// (<see cref="Period"/>, the bounds the transitions check the event's date against).
    /// </summary>
    public IReadOnlyList<RequestStep> AllowedSteps() => [.. Enum.GetValues<RequestStep>().Where(IsAllowed)];

    private bool IsAllowed(RequestStep step)
    {
        if (StateRefusal(step) is not null || Uncountable(step) is not null)
        {
            return false;
        }

        var (earliest, latest) = Period(step);
        var from = earliest is { } e && e > _state.LastEventOn ? e : _state.LastEventOn;
        var to = latest is { } l && l < Policy.Today ? l : Policy.Today;
        return from <= to;
    }

    /// <summary>Why the request's state does not allow <paramref name="step"/>, whatever its date and content; null when it does.</summary>
    private string? StateRefusal(RequestStep step)
    {
        if (_state.Outcome is { } outcome
            && !(step is RequestStep.Delivered or RequestStep.LetterDrafted or RequestStep.LetterReviewed or RequestStep.LetterSigned && Status == RequestStatus.Decided))
        {
            return $"本申请已于{ChineseDates.Format(_state.ConcludedOn!.Value)}办结（{outcome.Label()}），不能再记录{step.Name()}";
        }

        var notNow = $"本申请{StatusName}，不能记录{step.Name()}";
        return step switch
        {
            RequestStep.CorrectionRequested => Status != RequestStatus.InProgress ? notNow
                : _state.Correction is not null ? "补正只能一次性告知申请人（条例第三十条），本申请已发出过补正通知"
                : _state.HandlingStarted ? "本申请已开始办理（征求意见、延期或收费），不能再要求补正（条例第三十条）"
                : null,
            RequestStep.CorrectionReceived or RequestStep.CorrectionLapsed => Status != RequestStatus.AwaitingCorrection ? notNow : null,
            RequestStep.ConsultationOpened => Status == RequestStatus.Consulting ? "已有尚未结束的征求意见，请先记录其答复或逾期"
                : Status != RequestStatus.InProgress ? notNow : null,
            RequestStep.ConsultationAnswered or RequestStep.ConsultationLapsed =>
                Status != RequestStatus.Consulting ? $"本申请{StatusName}，没有正在进行的征求意见" : null,
            RequestStep.ExtensionApproved => Status != RequestStatus.InProgress ? notNow
                : _state.Extension is not null ? "答复期限只能延长一次（条例第三十三条第二款）"
                : null,
            RequestStep.ReasonableDeadlineSet => Status != RequestStatus.InProgress ? notNow
                : _state.ReasonableDeadline is not null ? "本申请已确定延迟答复的合理期限（条例第三十五条）"
                : null,
            RequestStep.FeeNoticeIssued => Status != RequestStatus.InProgress ? notNow
                : _state.FeeNotice is not null ? "每件申请只发一次收费通知，且只按一种方式计收，不得同时按两种标准重复计算（国办函〔2020〕109号第三条）"
                : null,
            RequestStep.FeePaid or RequestStep.FeeLapsed => Status != RequestStatus.AwaitingPayment ? notNow : null,
            RequestStep.Decided => Status switch
            {
                RequestStatus.InProgress => null,
                RequestStatus.AwaitingCorrection => "正在等待申请人补正（条例第三十条），请先记录收到补正或逾期不补正",
                RequestStatus.Consulting => "征求意见尚未结束（条例第三十二条、第三十四条），请先记录答复或逾期",
                RequestStatus.AwaitingPayment => "收费通知尚待缴费，请先记录缴费或逾期未缴费",
                _ => notNow,
            },
            RequestStep.LetterDrafted => Status != RequestStatus.Decided ? $"本申请{StatusName}，只有已作出答复、尚未送达的申请才能拟写答复告知书"
                : _state.LetterSignature is { } signed ? $"答复告知书已于{ChineseDates.Format(signed.On)}签发（{signed.DocumentNumber}），签发后不能再修改"
                : null,
            RequestStep.LetterReviewed => Status != RequestStatus.Decided || _state.LetterSignature is not null ? notNow
                : _state.LetterDraft is null ? "尚无告知书草稿，请先拟稿再审核（条例第四十五条）"
                : _state.LetterReview is not null ? "本稿已审核；修改后须重新审核"
                : null,
            RequestStep.LetterSigned => Status != RequestStatus.Decided ? notNow
                : _state.LetterSignature is { } signed ? $"答复告知书已于{ChineseDates.Format(signed.On)}签发（{signed.DocumentNumber}）"
                : _state.LetterReview is null ? _state.LetterDraft is null
                    ? "尚无告知书草稿，须先拟稿、审核后才能签发（条例第四十五条；《党政机关公文处理工作条例》第二十条）"
                    : "告知书草稿尚未审核，须审核后才能签发（条例第四十五条；《党政机关公文处理工作条例》第二十条）"
                : null,
            RequestStep.Delivered => Status != RequestStatus.Decided ? notNow
                : _state.LetterSignature is null ? "答复告知书尚未签发，不能送达。" + LetterOrder
                : null,
            RequestStep.Withdrawn => Status.IsOpen() ? null : notNow,
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
    }

    /// <summary>
    /// Why a step the state allows cannot be judged: its period is counted in working days and the deadlines cannot be
    /// counted (<see cref="RequestDeadlines.Missing"/>); null otherwise.
    /// </summary>
    private string? Uncountable(RequestStep step) =>
        step is RequestStep.CorrectionRequested or RequestStep.ConsultationOpened or RequestStep.FeeNoticeIssued
            or RequestStep.ReasonableDeadlineSet or RequestStep.ExtensionApproved
        && StateRefusal(step) is null && Deadlines.Missing is { } missing
            ? "无法计算期限：" + missing
            : null;

    /// <summary>
    /// The first and last day the event of <paramref name="step"/> may carry, besides the order of events and today
    /// (null: no bound); only for a step its state allows.
    /// </summary>
    private (DateOnly? Earliest, DateOnly? Latest) Period(RequestStep step) => step switch
    {
        RequestStep.CorrectionRequested => (null, Deadlines.CorrectionNoticeDue),
        RequestStep.CorrectionReceived => (null, _state.Correction!.DueOn),
        RequestStep.CorrectionLapsed => (_state.Correction!.DueOn.AddDays(1), null),
        RequestStep.ConsultationOpened or RequestStep.FeeNoticeIssued or RequestStep.ReasonableDeadlineSet => (null, Deadlines.AnswerDue),
        RequestStep.ConsultationAnswered => (null, _state.ConsultationReplyDue),
        RequestStep.ConsultationLapsed => (_state.ConsultationReplyDue!.Value.AddDays(1), null),
        RequestStep.ExtensionApproved => (null, Deadlines.FirstPeriodDue),
        RequestStep.FeePaid => (null, _state.FeeNotice!.PayBy),
        RequestStep.FeeLapsed => (_state.FeeNotice!.PayBy.AddDays(1), null),
        RequestStep.Delivered => (_state.LetterSignature?.On, null),
        _ => (null, null),
    };
}
