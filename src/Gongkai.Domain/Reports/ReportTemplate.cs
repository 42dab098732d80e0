using System.Collections.Immutable;

namespace Gongkai.Domain.Reports;

/// <summary>
/// A statutory layout of the annual report (政府信息公开工作年度报告格式): its tables, rows, columns and official
/// labels, as data. Two exist: the 2019 trial format (国办公开办函〔2019〕60号) and the current 2021 format
/// (国办公开办函〔2021〕30号). statutory-rules.md §2 lists every label; report-json.md every key.
/// </summary>
public sealed class ReportTemplate
{
    private ReportTemplate(string code, string documentNumber, string title, TableSpec proactive, TableSpec applications, TableSpec reviewLitigation)
    {
        Code = code;
        DocumentNumber = documentNumber;
        Title = title;
        Proactive = proactive;
        Applications = applications;
        ReviewLitigation = reviewLitigation;
    }

    /// <summary>JSON value of <c>template</c>: "2019" or "2021".</summary>
    public string Code { get; }

    /// <summary>The circular that issued the format: 国办公开办函〔2021〕30号.</summary>
    public string DocumentNumber { get; }

    /// <summary>《中华人民共和国政府信息公开工作年度报告格式》, with （试行） for 2019.</summary>
    public string Title { get; }

    /// <summary>表二 主动公开政府信息情况.</summary>
    public TableSpec Proactive { get; }

    /// <summary>表三 收到和处理政府信息公开申请情况.</summary>
    public TableSpec Applications { get; }

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况.</summary>
    public TableSpec ReviewLitigation { get; }

    public IEnumerable<TableSpec> Tables => [Proactive, Applications, ReviewLitigation];

    public TableSpec Table(TableId id) => id switch
    {
        TableId.Proactive => Proactive,
        TableId.Applications => Applications,
        TableId.ReviewLitigation => ReviewLitigation,
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    /// <summary>
    /// The format in force for a report year: 30号 was issued 2021-09-26 and applies to the 2021 report onwards;
    /// 2019 and 2020 reports used the trial format (statutory-rules §2.6 item 9, PRACTICE).
    /// </summary>
    public static ReportTemplate ForYear(int year) => year >= 2021 ? Format2021 : Trial2019;

    public static ReportTemplate? FromCode(string? code) => code switch
    {
        "2021" => Format2021,
        "2019" => Trial2019,
        _ => null,
    };

    /// <summary>The 勾稽 note printed in the top-left header cell of 表三 in both formats.</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>表三's seven applicant columns (申请人情况), the last being 总计.</summary>
    public static readonly ImmutableArray<ColumnSpec> ApplicantColumns =
    [
        new("自然人"), new("商业企业"), new("科研机构"), new("社会公益组织"), new("法律服务机构"), new("其他"), new("总计"),
    ];

    /// <summary>JSON names of the applicant columns, in order (report-json.md).</summary>
    public static readonly ImmutableArray<string> ApplicantColumnKeys =
    [
        "naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrganization", "legalServiceAgency", "otherOrganization", "total",
    ];

    /// <summary>表四's five result columns of each group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
    public static readonly ImmutableArray<ColumnSpec> ResultColumns =
        [new("结果维持"), new("结果纠正"), new("其他结果"), new("尚未审结"), new("总计")];

    public static ReportTemplate Format2021 { get; } = new(
        "2021",
        "国办公开办函〔2021〕30号",
        "《中华人民共和国政府信息公开工作年度报告格式》",
        Proactive2021(),
        ApplicationsTable(withOtherHandlingSubRows: true),
        ReviewLitigationTable());

    public static ReportTemplate Trial2019 { get; } = new(
        "2019",
        "国办公开办函〔2019〕60号",
        "《中华人民共和国政府信息公开工作年度报告格式（试行）》",
        Proactive2019(),
        ApplicationsTable(withOtherHandlingSubRows: false),
        ReviewLitigationTable());

    private static ImmutableArray<ColumnSpec> Cols(params ColumnSpec[] columns) => [.. columns];

    // statutory-rules §2.2 (2021 表二).
    private static TableSpec Proactive2021()
    {
        var documents = Cols(new ColumnSpec("本年制发件数"), new ColumnSpec("本年废止件数"), new ColumnSpec("现行有效件数"));
        var decisions = Cols(new ColumnSpec("本年处理决定数量"));
        const string item1 = "第二十条第（一）项", item5 = "第二十条第（五）项", item6 = "第二十条第（六）项", item8 = "第二十条第（八）项";
        return new TableSpec(TableId.Proactive, "主动公开政府信息情况",
        [
            new(RowKeys.Regulations, "规章", item1, documents),
            new(RowKeys.NormativeDocuments, "行政规范性文件", item1, documents),
            new(RowKeys.AdministrativeLicensing, "行政许可", item5, decisions),
            new(RowKeys.AdministrativePenalty, "行政处罚", item6, decisions),
            new(RowKeys.AdministrativeCoercion, "行政强制", item6, decisions),
            new(RowKeys.AdministrativeFees, "行政事业性收费", item8, Cols(new ColumnSpec("本年收费金额（单位：万元）", CellKind.Money))),
        ]);
    }

    // statutory-rules §2.5 (2019 表二).
    private static TableSpec Proactive2019()
    {
        var documents = Cols(new ColumnSpec("本年新制作数量"), new ColumnSpec("本年新公开数量"), new ColumnSpec("对外公开总数量"));
        var items = Cols(new ColumnSpec("上一年项目数量"), new ColumnSpec("本年增/减", CellKind.SignedCount), new ColumnSpec("处理决定数量"));
        const string item1 = "第二十条第（一）项", item5 = "第二十条第（五）项", item6 = "第二十条第（六）项", item8 = "第二十条第（八）项", item9 = "第二十条第（九）项";
        return new TableSpec(TableId.Proactive, "主动公开政府信息情况",
        [
            new(RowKeys.Regulations, "规章", item1, documents),
            new(RowKeys.NormativeDocuments, "规范性文件", item1, documents),
            new(RowKeys.AdministrativeLicensing, "行政许可", item5, items),
            new(RowKeys.OtherExternalServices, "其他对外管理服务事项", item5, items),
            new(RowKeys.AdministrativePenalty, "行政处罚", item6, items),
            new(RowKeys.AdministrativeCoercion, "行政强制", item6, items),
            new(RowKeys.AdministrativeFees, "行政事业性收费", item8, Cols(new ColumnSpec("上一年项目数量"), new ColumnSpec("本年增/减", CellKind.SignedCount))),
            new(RowKeys.CentralizedProcurement, "政府集中采购", item9, Cols(new ColumnSpec("采购项目数量"), new ColumnSpec("采购总金额", CellKind.Money))),
        ]);
    }

    // statutory-rules §2.3; report-json.md 表三.
    private static TableSpec ApplicationsTable(bool withOtherHandlingSubRows)
    {
        var c = ApplicantColumns;
        const string result = "三、本年度办理结果";
        const string withheld = "（三）不予公开", unavailable = "（四）无法提供", notProcessed = "（五）不予处理", other = "（六）其他处理";
        var rows = ImmutableArray.CreateBuilder<RowSpec>();
        rows.Add(new(RowKeys.NewlyReceived, "一、本年新收政府信息公开申请数量", null, c));
        rows.Add(new(RowKeys.CarriedOver, "二、上年结转政府信息公开申请数量", null, c));
        rows.Add(new(RowKeys.Disclosed, "（一）予以公开", result, c));
        rows.Add(new(RowKeys.PartiallyDisclosed, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", result, c));
        rows.Add(new(RowKeys.WithheldStateSecret, "1.属于国家秘密", withheld, c));
        rows.Add(new(RowKeys.WithheldProhibitedByLaw, "2.其他法律行政法规禁止公开", withheld, c));
        rows.Add(new(RowKeys.WithheldEndangersSafetyOrStability, "3.危及“三安全一稳定”", withheld, c));
        rows.Add(new(RowKeys.WithheldThirdPartyRights, "4.保护第三方合法权益", withheld, c));
        rows.Add(new(RowKeys.WithheldInternalAffairs, "5.属于三类内部事务信息", withheld, c));
        rows.Add(new(RowKeys.WithheldProcessInformation, "6.属于四类过程性信息", withheld, c));
        rows.Add(new(RowKeys.WithheldLawEnforcementFiles, "7.属于行政执法案卷", withheld, c));
        rows.Add(new(RowKeys.WithheldAdministrativeQuery, "8.属于行政查询事项", withheld, c));
        rows.Add(new(RowKeys.UnavailableNotHeld, "1.本机关不掌握相关政府信息", unavailable, c));
        rows.Add(new(RowKeys.UnavailableNeedsCreation, "2.没有现成信息需要另行制作", unavailable, c));
        rows.Add(new(RowKeys.UnavailableUnclearAfterCorrection, "3.补正后申请内容仍不明确", unavailable, c));
        rows.Add(new(RowKeys.NotProcessedPetitionOrComplaint, "1.信访举报投诉类申请", notProcessed, c));
        rows.Add(new(RowKeys.NotProcessedDuplicate, "2.重复申请", notProcessed, c));
        rows.Add(new(RowKeys.NotProcessedPublication, "3.要求提供公开出版物", notProcessed, c));
        rows.Add(new(RowKeys.NotProcessedExcessiveRepeated, "4.无正当理由大量反复申请", notProcessed, c));
        rows.Add(new(RowKeys.NotProcessedConfirmOrReissue, "5.要求行政机关确认或重新出具已获取信息", notProcessed, c));
        if (withOtherHandlingSubRows)
        {
            rows.Add(new(RowKeys.OtherHandlingCorrectionOverdue, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", other, c));
            rows.Add(new(RowKeys.OtherHandlingFeeOverdue, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", other, c));
            rows.Add(new(RowKeys.OtherHandlingOther, "3.其他", other, c));
        }
        else
        {
            rows.Add(new(RowKeys.OtherHandling, "（六）其他处理", result, c));
        }

        rows.Add(new(RowKeys.OutcomeTotal, "（七）总计", result, c));
        rows.Add(new(RowKeys.CarriedForward, "四、结转下年度继续办理", null, c));
        return new TableSpec(TableId.Applications, "收到和处理政府信息公开申请情况", rows.ToImmutable());
    }

    // statutory-rules §2.4: identical in both formats.
    private static TableSpec ReviewLitigationTable() => new(TableId.ReviewLitigation, "政府信息公开行政复议、行政诉讼情况",
    [
        new(RowKeys.Reconsideration, "行政复议", null, ResultColumns),
        new(RowKeys.LitigationWithoutReconsideration, "行政诉讼·未经复议直接起诉", "行政诉讼", ResultColumns),
        new(RowKeys.LitigationAfterReconsideration, "行政诉讼·复议后起诉", "行政诉讼", ResultColumns),
    ]);

    /// <summary>
    /// 表三 with （六）其他处理 as one row: the 2019 layout, and how some 2021-format reports still print it
    /// (淮安市洪泽区 2023 and 2024). A report keeps its template and carries this table spec for 表三.
    /// </summary>
    public static TableSpec ApplicationsWithSingleOtherHandling => Trial2019.Applications;
}
