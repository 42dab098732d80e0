using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// 办理结果: the one final outcome of a request, each counted in exactly one 表三 row and resting on one legal basis
/// (statutory-rules §1.8). The first twenty are decisions (答复); the last four close a request without one.
/// </summary>
public enum Outcome
{
    /// <summary>已主动公开，告知获取方式、途径 (第三十六条第（一）项) → 予以公开.</summary>
    AlreadyPublished,

    /// <summary>可以公开，予以提供 (第三十六条第（二）项) → 予以公开.</summary>
    Provided,

    /// <summary>区分处理后部分公开 (第三十七条) → 部分公开, and nowhere else.</summary>
    PartiallyDisclosed,

    /// <summary>属于国家秘密 (第十四条) → 不予公开·1.</summary>
    StateSecret,

    /// <summary>其他法律行政法规禁止公开 (第十四条) → 不予公开·2.</summary>
    ProhibitedByLaw,

    /// <summary>危及国家安全、公共安全、经济安全、社会稳定 (第十四条) → 不予公开·3.</summary>
    EndangersSafetyOrStability,

    /// <summary>损害第三方合法权益 (第十五条) → 不予公开·4.</summary>
    ThirdPartyRights,

    /// <summary>内部事务信息 (第十六条第一款) → 不予公开·5.</summary>
    InternalAffairs,

    /// <summary>过程性信息 (第十六条第二款) → 不予公开·6.</summary>
    ProcessInformation,

    /// <summary>行政执法案卷信息 (第十六条第二款) → 不予公开·7.</summary>
    LawEnforcementFiles,

    /// <summary>工商、不动产登记资料等，依特别规定办理 (第三十六条第（七）项) → 不予公开·8 行政查询事项.</summary>
    AdministrativeQuery,

    /// <summary>经检索没有所申请信息 (第三十六条第（四）项) → 无法提供·1.</summary>
    NotExist,

    /// <summary>不属于本机关负责公开 (第三十六条第（五）项) → 无法提供·1.</summary>
    NotThisAgency,

    /// <summary>需要另行制作、加工分析 (第三十八条) → 无法提供·2.</summary>
    NeedsCreation,

    /// <summary>补正后申请内容仍不明确 (第三十条) → 无法提供·3.</summary>
    UnclearAfterCorrection,

    /// <summary>以申请形式进行信访、投诉、举报 (第三十九条第一款) → 不予处理·1.</summary>
    PetitionOrComplaint,

    /// <summary>重复申请 (第三十六条第（六）项) → 不予处理·2.</summary>
    Duplicate,

    /// <summary>要求提供公开出版物 (第三十九条第二款) → 不予处理·3.</summary>
    Publication,

    /// <summary>无正当理由大量反复申请 (第三十五条) → 不予处理·4.</summary>
    ExcessiveRepeated,

    /// <summary>要求确认或重新出具已获取信息 → 不予处理·5.</summary>
    ConfirmOrReissue,

    /// <summary>无正当理由逾期不补正，视为放弃申请 (第三十条) → 其他处理·1.</summary>
    CorrectionOverdue,

    /// <summary>逾期未按收费通知缴纳费用 (国办函〔2020〕109号) → 其他处理·2.</summary>
    FeeOverdue,

    /// <summary>申请人撤回申请 → 其他处理·3 (PRACTICE).</summary>
    Withdrawn,

    /// <summary>其他 → 其他处理·3.</summary>
    Other,
}

/// <summary>The 表三 row and the legal basis of each <see cref="Outcome"/> (statutory-rules §1.8).</summary>
public static class Outcomes
{
    /// <summary>The 表三 row key the outcome is counted in, in the given template (2019 has one 其他处理 row).</summary>
    public static string RowKey(this Outcome outcome, ReportTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var key = outcome switch
        {
            Outcome.AlreadyPublished or Outcome.Provided => RowKeys.Disclosed,
            Outcome.PartiallyDisclosed => RowKeys.PartiallyDisclosed,
            Outcome.StateSecret => RowKeys.WithheldStateSecret,
            Outcome.ProhibitedByLaw => RowKeys.WithheldProhibitedByLaw,
            Outcome.EndangersSafetyOrStability => RowKeys.WithheldEndangersSafetyOrStability,
            Outcome.ThirdPartyRights => RowKeys.WithheldThirdPartyRights,
            Outcome.InternalAffairs => RowKeys.WithheldInternalAffairs,
            Outcome.ProcessInformation => RowKeys.WithheldProcessInformation,
            Outcome.LawEnforcementFiles => RowKeys.WithheldLawEnforcementFiles,
            Outcome.AdministrativeQuery => RowKeys.WithheldAdministrativeQuery,
            Outcome.NotExist or Outcome.NotThisAgency => RowKeys.UnavailableNotHeld,
            Outcome.NeedsCreation => RowKeys.UnavailableNeedsCreation,
            Outcome.UnclearAfterCorrection => RowKeys.UnavailableUnclearAfterCorrection,
            Outcome.PetitionOrComplaint => RowKeys.NotProcessedPetitionOrComplaint,
            Outcome.Duplicate => RowKeys.NotProcessedDuplicate,
            Outcome.Publication => RowKeys.NotProcessedPublication,
            Outcome.ExcessiveRepeated => RowKeys.NotProcessedExcessiveRepeated,
            Outcome.ConfirmOrReissue => RowKeys.NotProcessedConfirmOrReissue,
            Outcome.CorrectionOverdue => RowKeys.OtherHandlingCorrectionOverdue,
            Outcome.FeeOverdue => RowKeys.OtherHandlingFeeOverdue,
            Outcome.Withdrawn or Outcome.Other => RowKeys.OtherHandlingOther,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };
        return template.Applications.IndexOf(key) >= 0 ? key : RowKeys.OtherHandling;
    }

    /// <summary>The 表三 row as printed, e.g. "（三）4.保护第三方合法权益", in the 2021 format.</summary>
    public static string Label(this Outcome outcome) =>
        ReportTemplate.Format2021.Applications.Row(outcome.RowKey(ReportTemplate.Format2021))!.DisplayLabel;

    /// <summary>
    /// The outcome in plain words with its article, e.g. 「已主动公开，告知获取方式和途径（第三十六条第（一）项）」: what the
    /// applicant and the decision list read. The 表三 row (<see cref="Label"/>) with its counting notes is for staff.
    /// </summary>
    public static string Name(this Outcome outcome) => $"{PlainWords(outcome)}（{outcome.LegalBasis().Replace("条例", "", StringComparison.Ordinal)}）";

    // 条例第三十六条 lists the answers item by item; the others follow the articles that give them.
    private static string PlainWords(Outcome outcome) => outcome switch
    {
        Outcome.AlreadyPublished => "已主动公开，告知获取方式和途径",
        Outcome.Provided => "予以公开，提供所申请的信息",
        Outcome.PartiallyDisclosed => "部分公开，提供可以公开的部分",
        Outcome.StateSecret => "不予公开：属于国家秘密",
        Outcome.ProhibitedByLaw => "不予公开：法律、行政法规禁止公开",
        Outcome.EndangersSafetyOrStability => "不予公开：公开后可能危及国家安全、公共安全、经济安全、社会稳定",
        Outcome.ThirdPartyRights => "不予公开：公开会损害第三方合法权益",
        Outcome.InternalAffairs => "不予公开：属于内部事务信息",
        Outcome.ProcessInformation => "不予公开：属于过程性信息",
        Outcome.LawEnforcementFiles => "不予公开：属于行政执法案卷信息",
        Outcome.AdministrativeQuery => "告知依照有关法律、行政法规的规定办理",
        Outcome.NotExist => "经检索没有所申请的信息，告知不存在",
        Outcome.NotThisAgency => "不属于本机关负责公开，告知负责公开的机关",
        Outcome.NeedsCreation => "需要另行制作或加工分析，不予提供",
        Outcome.UnclearAfterCorrection => "补正后申请内容仍不明确，无法提供",
        Outcome.PetitionOrComplaint => "属于信访、投诉、举报，告知通过相应渠道提出",
        Outcome.Duplicate => "重复申请，告知不再重复处理",
        Outcome.Publication => "要求提供公开出版物，告知获取途径",
        Outcome.ExcessiveRepeated => "无正当理由大量、反复申请，不予处理",
        Outcome.ConfirmOrReissue => "要求确认或重新出具已获取的信息，不予处理",
        Outcome.CorrectionOverdue => "逾期未补正，视为放弃申请",
        Outcome.FeeOverdue => "逾期未缴纳信息处理费，不再处理",
        Outcome.Withdrawn => "申请人撤回申请",
        Outcome.Other => "其他处理",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The provision the outcome rests on, as a reply letter cites it.</summary>
    public static string LegalBasis(this Outcome outcome) => outcome switch
    {
        Outcome.AlreadyPublished => "条例第三十六条第（一）项",
        Outcome.Provided => "条例第三十六条第（二）项",
        Outcome.PartiallyDisclosed => "条例第三十七条",
        Outcome.StateSecret or Outcome.ProhibitedByLaw or Outcome.EndangersSafetyOrStability => "条例第十四条",
        Outcome.ThirdPartyRights => "条例第十五条、第三十二条",
        Outcome.InternalAffairs => "条例第十六条第一款",
        Outcome.ProcessInformation or Outcome.LawEnforcementFiles => "条例第十六条第二款",
        Outcome.AdministrativeQuery => "条例第三十六条第（七）项",
        Outcome.NotExist => "条例第三十六条第（四）项",
        Outcome.NotThisAgency => "条例第三十六条第（五）项",
        Outcome.NeedsCreation => "条例第三十八条",
        Outcome.UnclearAfterCorrection or Outcome.CorrectionOverdue => "条例第三十条",
        Outcome.PetitionOrComplaint => "条例第三十九条第一款",
        Outcome.Duplicate => "条例第三十六条第（六）项",
        Outcome.Publication => "条例第三十九条第二款",
        Outcome.ExcessiveRepeated => "条例第三十五条",
        Outcome.ConfirmOrReissue => "条例第三十六条",
        Outcome.FeeOverdue => "条例第四十二条；国办函〔2020〕109号",
        Outcome.Withdrawn or Outcome.Other => "条例第三十六条",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>
    /// Whether the outcome is given by a decision (答复). 逾期不补正, 逾期未缴费 and 撤回 instead follow from their
    /// own events and cannot be decided.
    /// </summary>
    public static bool IsDecision(this Outcome outcome) =>
        outcome is not (Outcome.CorrectionOverdue or Outcome.FeeOverdue or Outcome.Withdrawn);
}
