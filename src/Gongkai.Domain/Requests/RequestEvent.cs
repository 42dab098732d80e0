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

/// <summary>
/// 补正通知 (条例第三十条): one notice, within 7 working days of receipt, naming the items and a 合理的补正期限. The
/// <paramref name="DocumentNumber"/> is the 文号 of the 补正通知书, taken from the agency's series when it is recorded
/// (null when the agency has no 文号 prefix set, and in logs stored before notices were numbered).
/// </summary>
public sealed record CorrectionRequested(DateOnly On, string Items, DateOnly DueOn, string? DocumentNumber = null) : RequestEvent(On);

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
/// days, before the first 20 run out, and told to the applicant on the same day with its <paramref name="Reason"/>
/// (the 延期答复告知书 says why and the new due date). Logs stored before the reason was asked for have none. The
/// <paramref name="DocumentNumber"/> is the 文号 of the 延期答复告知书, as for <see cref="CorrectionRequested"/>.
/// </summary>
public sealed record ExtensionApproved(DateOnly On, int WorkingDays, string Approver, string? Reason = null, string? DocumentNumber = null)
    : RequestEvent(On);

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

/// <summary>
/// 答复: the agency's decision, with its one final outcome (条例第三十六条至第三十九条) and the facts its letter must state
/// (<see cref="DecisionFacts"/>). Logs stored before the facts were asked for have none.
/// </summary>
public sealed record Decided(DateOnly On, Outcome Outcome, DecisionFacts? Facts = null) : RequestEvent(On);

/// <summary>拟稿: the clerk's text of the 答复告知书 (generated from the decision, then edited); a new draft replaces the last.</summary>
public sealed record LetterDrafted(DateOnly On, string Text) : RequestEvent(On);

/// <summary>审核: the draft was checked by <paramref name="Reviewer"/> (条例第四十五条: 审核).</summary>
public sealed record LetterReviewed(DateOnly On, string Reviewer) : RequestEvent(On);

/// <summary>
/// 签发: a 负责人 signed the reviewed draft (《党政机关公文处理工作条例》第二十二条), which took its 文号 and names the
/// 行政复议机关 and the 人民法院 of the remedy sentence as they were on that day.
/// </summary>
public sealed record LetterSigned(DateOnly On, string Signer, string DocumentNumber, string ReviewBody, string Court) : RequestEvent(On);

/// <summary>How the reply was served, which fixes the day it counts as given (国办公开办函〔2016〕235号).</summary>
public enum ServiceMethod
{
    /// <summary>直接送达 or 委托送达: 签收之日.</summary>
    SignedFor,

    /// <summary>邮政企业邮寄送达: 交邮之日.</summary>
    Posted,

    /// <summary>
    /// 电子送达, when the applicant asked to receive the information by email or online (条例第四十条): the day the
    /// applicant first downloaded the signed letter, the day it reached the applicant's system (PRACTICE, following
    /// 《中华人民共和国民事诉讼法》第九十条).
    /// </summary>
    Electronic,
}

/// <summary>送达: the reply was served; <see cref="RequestEvent.On"/> is the 签收之日 or 交邮之日.</summary>
public sealed record Delivered(DateOnly On, ServiceMethod Method) : RequestEvent(On);

/// <summary>申请人撤回申请: closes the request under 其他处理 (PRACTICE).</summary>
public sealed record Withdrawn(DateOnly On) : RequestEvent(On);

/// <summary>The names of <see cref="ConsultedParty"/> and <see cref="ServiceMethod"/> as the case log prints them.</summary>
public static class RequestEventLabels
{
    public static string Label(this ConsultedParty party) =>
        party == ConsultedParty.ThirdParty ? "第三方（条例第三十二条）" : "其他机关（条例第三十四条）";

    public static string Label(this ServiceMethod method) => method switch
    {
        ServiceMethod.SignedFor => "直接送达（签收）",
        ServiceMethod.Posted => "邮寄送达（交邮）",
        _ => "电子送达（申请人下载）",
    };
}
