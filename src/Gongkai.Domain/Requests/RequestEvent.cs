namespace Gongkai.Domain.Requests;

/// <summary>
/// One fact in the life of a <see cref="DisclosureRequest"/>, dated on the day it happened (China Standard Time).
/// A request is its events; its state and every deadline are derived from them.
/// </summary>
public abstract record RequestEvent(DateOnly On);

/// <summary>
/// 登记: the application arrived (<see cref="RequestEvent.On"/>: handed in, signed for, or arrived by letter, online
/// or fax) and was registered (条例第四十五条). For channels that need it, <paramref name="ConfirmedOn"/> is the
/// 确认之日 that 条例第三十一条 makes the date of receipt.
/// </summary>
public sealed record Registered(
    DateOnly On,
    string RequestId,
    Applicant Applicant,
    RequestedInformation Information,
    SubmissionChannel Channel,
    DateOnly? ConfirmedOn = null) : RequestEvent(On);

/// <summary>补正通知 (条例第三十条): one notice, within 7 working days of receipt, naming the items and a 合理的补正期限.</summary>
public sealed record CorrectionRequested(DateOnly On, string Items, DateOnly DueOn) : RequestEvent(On);

/// <summary>收到补正的申请: the answer clock restarts from this day (条例第三十条).</summary>
public sealed record CorrectionReceived(DateOnly On) : RequestEvent(On);

/// <summary>逾期不补正: the correction period passed; the application is 视为放弃 (条例第三十条).</summary>
public sealed record CorrectionLapsed(DateOnly On) : RequestEvent(On);

/// <summary>Who is consulted: a third party (第三十二条) or another agency that made the information (第三十四条).</summary>
public enum ConsultedParty
{
    /// <summary>第三方 (条例第三十二条).</summary>
    ThirdParty,

    /// <summary>其他机关 (条例第三十四条): silence counts as consent.</summary>
    OtherAgency,
}

/// <summary>征求意见书 sent: the consulted party has 15 working days; the time is not counted (条例第三十三条第三款).</summary>
public sealed record ConsultationOpened(DateOnly On, ConsultedParty Party, string ConsultedName) : RequestEvent(On);

/// <summary>The consulted party answered within its 15 working days.</summary>
public sealed record ConsultationAnswered(DateOnly On, string? Opinion = null) : RequestEvent(On);

/// <summary>The 15 working days passed without an answer (第三十二条: the agency decides; 第三十四条: 视为同意).</summary>
public sealed record ConsultationLapsed(DateOnly On) : RequestEvent(On);

/// <summary>
/// 延长答复期限 (条例第三十三条第二款): approved once, by the head of the 政府信息公开工作机构, for at most 20 working
/// days, before the first 20 run out, and told to the applicant on the same day.
/// </summary>
public sealed record ExtensionApproved(DateOnly On, int WorkingDays, string Approver) : RequestEvent(On);

/// <summary>
/// 延迟答复的合理期限 (条例第三十五条): set and told to the applicant; it replaces the 第三十三条 deadline. The
/// <paramref name="Reason"/> says why the applicant's many or frequent applications cannot be answered in time, and
/// <paramref name="Approver"/> is the 负责人 who approved it (see <see cref="ReasonableDeadlines"/>).
/// </summary>
public sealed record ReasonableDeadlineSet(DateOnly On, DateOnly DueOn, string Reason, string? Approver = null) : RequestEvent(On);

/// <summary>收费通知 (条例第四十二条; 国办函〔2020〕109号): one per request, by one method, payable by <paramref name="PayBy"/>.</summary>
public sealed record FeeNoticeIssued(DateOnly On, FeeCharge Charge, DateOnly PayBy) : RequestEvent(On);

/// <summary>The applicant paid the 信息处理费 in time.</summary>
public sealed record FeePaid(DateOnly On) : RequestEvent(On);

/// <summary>逾期未缴费: the payment period passed; the agency no longer handles the request (109号).</summary>
public sealed record FeeLapsed(DateOnly On) : RequestEvent(On);

/// <summary>答复: the agency's decision, with its one final outcome (条例第三十六条至第三十九条).</summary>
public sealed record Decided(DateOnly On, Outcome Outcome) : RequestEvent(On);

/// <summary>How the reply was served, which fixes the day it counts as given (国办公开办函〔2016〕235号).</summary>
public enum ServiceMethod
{
    /// <summary>直接送达 or 委托送达: 签收之日.</summary>
    SignedFor,

    /// <summary>邮政企业邮寄送达: 交邮之日.</summary>
    Posted,
}

/// <summary>送达: the reply was served; <see cref="RequestEvent.On"/> is the 签收之日 or 交邮之日.</summary>
public sealed record Delivered(DateOnly On, ServiceMethod Method) : RequestEvent(On);

/// <summary>申请人撤回申请: closes the request under 其他处理 (PRACTICE).</summary>
public sealed record Withdrawn(DateOnly On) : RequestEvent(On);

/// <summary>Names of the steps, shared by the domain's messages and the workspace's timeline.</summary>
public static class RequestSteps
{
    /// <summary>The step's name as staff say it, in the timeline and in messages ("补正通知", "已缴费").</summary>
    public static string StepName(this RequestEvent e) => e switch
    {
        Registered => "登记",
        CorrectionRequested => "补正通知",
        CorrectionReceived => "收到补正",
        CorrectionLapsed => "逾期不补正",
        ConsultationOpened => "征求意见",
        ConsultationAnswered => "征求意见答复",
        ConsultationLapsed => "征求意见逾期",
        ExtensionApproved => "延长答复期限",
        ReasonableDeadlineSet => "延迟答复的合理期限",
        FeeNoticeIssued => "收费通知",
        FeePaid => "已缴费",
        FeeLapsed => "逾期未缴费",
        Decided => "答复",
        Delivered => "送达",
        Withdrawn => "撤回",
        _ => e?.GetType().Name ?? "",
    };
}
