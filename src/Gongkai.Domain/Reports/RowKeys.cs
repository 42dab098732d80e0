namespace Gongkai.Domain.Reports;

/// <summary>
/// The row keys of the three tables (report-json.md; the JSON keeps them as they are): one name in code for each
/// printed row of either template, so that a rule, a reader and a writer name a row the same way.
/// </summary>
public static class RowKeys
{
    // 表二 主动公开政府信息情况.
    /// <summary>规章.</summary>
    public const string Regulations = "regulations";

    /// <summary>行政规范性文件 (2019: 规范性文件).</summary>
    public const string NormativeDocuments = "normativeDocuments";

    /// <summary>行政许可.</summary>
    public const string AdministrativeLicensing = "administrativeLicensing";

    /// <summary>行政处罚.</summary>
    public const string AdministrativePenalty = "administrativePenalty";

    /// <summary>行政强制.</summary>
    public const string AdministrativeCoercion = "administrativeCoercion";

    /// <summary>行政事业性收费.</summary>
    public const string AdministrativeFees = "administrativeFees";

    /// <summary>其他对外管理服务事项.</summary>
    public const string OtherExternalServices = "otherExternalServices";

    /// <summary>政府集中采购.</summary>
    public const string CentralizedProcurement = "centralizedProcurement";

    // 表三 收到和处理政府信息公开申请情况.
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    public const string NewlyReceived = "newlyReceived";

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    public const string CarriedOver = "carriedOver";

    /// <summary>（一）予以公开.</summary>
    public const string Disclosed = "disclosed";

    /// <summary>（二）部分公开（区分处理的，只计这一情形，不计其他情形）.</summary>
    public const string PartiallyDisclosed = "partiallyDisclosed";

    /// <summary>1.属于国家秘密.</summary>
    public const string WithheldStateSecret = "withheld.stateSecret";

    /// <summary>2.其他法律行政法规禁止公开.</summary>
    public const string WithheldProhibitedByLaw = "withheld.prohibitedByLaw";

    /// <summary>3.危及“三安全一稳定”.</summary>
    public const string WithheldEndangersSafetyOrStability = "withheld.endangersSafetyOrStability";

    /// <summary>4.保护第三方合法权益.</summary>
    public const string WithheldThirdPartyRights = "withheld.thirdPartyRights";

    /// <summary>5.属于三类内部事务信息.</summary>
    public const string WithheldInternalAffairs = "withheld.internalAffairs";

    /// <summary>6.属于四类过程性信息.</summary>
    public const string WithheldProcessInformation = "withheld.processInformation";

    /// <summary>7.属于行政执法案卷.</summary>
    public const string WithheldLawEnforcementFiles = "withheld.lawEnforcementFiles";

    /// <summary>8.属于行政查询事项.</summary>
    public const string WithheldAdministrativeQuery = "withheld.administrativeQuery";

    /// <summary>1.本机关不掌握相关政府信息.</summary>
    public const string UnavailableNotHeld = "unavailable.notHeld";

    /// <summary>2.没有现成信息需要另行制作.</summary>
    public const string UnavailableNeedsCreation = "unavailable.needsCreation";

    /// <summary>3.补正后申请内容仍不明确.</summary>
    public const string UnavailableUnclearAfterCorrection = "unavailable.unclearAfterCorrection";

    /// <summary>1.信访举报投诉类申请.</summary>
    public const string NotProcessedPetitionOrComplaint = "notProcessed.petitionOrComplaint";

    /// <summary>2.重复申请.</summary>
    public const string NotProcessedDuplicate = "notProcessed.duplicate";

    /// <summary>3.要求提供公开出版物.</summary>
    public const string NotProcessedPublication = "notProcessed.publication";

    /// <summary>4.无正当理由大量反复申请.</summary>
    public const string NotProcessedExcessiveRepeated = "notProcessed.excessiveRepeated";

    /// <summary>5.要求行政机关确认或重新出具已获取信息.</summary>
    public const string NotProcessedConfirmOrReissue = "notProcessed.confirmOrReissue";

    /// <summary>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请.</summary>
    public const string OtherHandlingCorrectionOverdue = "otherHandling.correctionOverdue";

    /// <summary>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请.</summary>
    public const string OtherHandlingFeeOverdue = "otherHandling.feeOverdue";

    /// <summary>3.其他.</summary>
    public const string OtherHandlingOther = "otherHandling.other";

    /// <summary>（六）其他处理 printed as one row: the 2019 format, and some 2021-format reports.</summary>
    public const string OtherHandling = "otherHandling";

    /// <summary>（七）总计.</summary>
    public const string OutcomeTotal = "outcomeTotal";

    /// <summary>四、结转下年度继续办理.</summary>
    public const string CarriedForward = "carriedForward";

    // 表四 政府信息公开行政复议、行政诉讼情况.
    /// <summary>行政复议.</summary>
    public const string Reconsideration = "reconsideration";

    /// <summary>行政诉讼·未经复议直接起诉.</summary>
    public const string LitigationWithoutReconsideration = "litigationWithoutReconsideration";

    /// <summary>行政诉讼·复议后起诉.</summary>
    public const string LitigationAfterReconsideration = "litigationAfterReconsideration";
}
