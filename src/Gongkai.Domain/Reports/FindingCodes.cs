using System.Collections.Immutable;

namespace Gongkai.Domain.Reports;

/// <summary>
/// The codes of the findings a reader makes about a file (a rule's findings carry the rule's own
/// <see cref="Rules.IReportRule.Code"/>), each with its Chinese name as the problem lists show it. The codes are a
/// contract of the report JSON (report-json.md): they stay as they are.
/// </summary>
public static class FindingCodes
{
    public const string ParseAmbiguous = "parse.ambiguous";
    public const string ParseUnresolved = "parse.unresolved";
    public const string ParseUnverified = "parse.unverified";
    public const string ParseInferred = "parse.inferred";
    public const string ParseMisaligned = "parse.misaligned";
    public const string ParseUnknownRow = "parse.unknownRow";
    public const string ParseLabelVariant = "parse.labelVariant";
    public const string ParseLabelsApart = "parse.labelsApart";
    public const string ParseSecondReport = "parse.secondReport";
    public const string TemplateSingleOtherHandling = "template.singleOtherHandling";
    public const string TextInvalidBytes = "text.invalidBytes";
    public const string PdfReading = "pdf.reading";
    public const string PdfRowsMissing = "pdf.rowsMissing";
    public const string DocxInvalidNumbering = "docx.invalidNumbering";
    public const string DocxInvalidAttribute = "docx.invalidAttribute";
    public const string XlsxUnreadableCell = "xlsx.unreadableCell";
    public const string XlsxDuplicateRow = "xlsx.duplicateRow";
    public const string CsvUnreadableLine = "csv.unreadableLine";
    public const string CsvUnreadableCell = "csv.unreadableCell";
    public const string CsvUnknownCell = "csv.unknownCell";
    public const string JsonUnreadable = "json.unreadable";
    public const string JsonNullCell = "json.nullCell";
    public const string RollupUnknownCells = "rollup.unknownCells";

    /// <summary>A cell a reviewer corrected by hand (oversight).</summary>
    public const string ReviewCorrected = "review.corrected";

    private static readonly ImmutableDictionary<string, string> Names = new Dictionary<string, string>
    {
        [ParseAmbiguous] = "数字有多种读法",
        [ParseUnresolved] = "未能读出数值",
        [ParseUnverified] = "读出的数值无法核对",
        [ParseInferred] = "数值由其他单元格推出",
        [ParseMisaligned] = "各列未对齐",
        [ParseUnknownRow] = "无法识别的行",
        [ParseLabelVariant] = "行名与模板不同",
        [ParseLabelsApart] = "行名与数字分开印出",
        [ParseSecondReport] = "文件含第二份报告",
        [TemplateSingleOtherHandling] = "（六）其他处理印为一行",
        [TextInvalidBytes] = "文件含无法识别的字节",
        [PdfReading] = "PDF 两种读法的取舍",
        [PdfRowsMissing] = "PDF 表格有行未读出",
        [DocxInvalidNumbering] = "Word 自动编号无法识别",
        [DocxInvalidAttribute] = "Word 文档属性无效",
        [XlsxUnreadableCell] = "Excel 单元格无法读取",
        [XlsxDuplicateRow] = "Excel 行重复",
        [CsvUnreadableLine] = "CSV 行无法读取",
        [CsvUnreadableCell] = "CSV 单元格无法读取",
        [CsvUnknownCell] = "CSV 单元格无法对应",
        [JsonUnreadable] = "JSON 值无法读取",
        [JsonNullCell] = "JSON 单元格为空值",
        [RollupUnknownCells] = "汇总时有报告缺少该单元格",
        [ReviewCorrected] = "人工更正",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The Chinese name of a reader's finding code, or null when the code is not a reader's.</summary>
    public static string? NameOf(string code) => Names.GetValueOrDefault(code);
}
