using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>
/// The Chinese name of what made a finding: the rule's own name (<see cref="ReportRules.NameOf"/>), or for the
/// reader's findings what the reader says about the file.
/// </summary>
internal static class FindingNames
{
    private static readonly Dictionary<string, string> Reader = new(StringComparer.Ordinal)
    {
        ["parse.ambiguous"] = "数字有多种读法",
        ["parse.blankCell"] = "单元格印为空白",
        ["parse.unresolved"] = "未能读出数值",
        ["parse.unverified"] = "读出的数值无法核对",
        ["parse.inferred"] = "数值由其他单元格推出",
        ["parse.misaligned"] = "各列未对齐",
        ["parse.unknownRow"] = "无法识别的行",
        ["parse.labelVariant"] = "行名与模板不同",
        ["parse.secondReport"] = "文件含第二份报告",
        ["text.invalidBytes"] = "文件含无法识别的字节",
        ["review.corrected"] = "人工更正",
        [PreviousYearRules.YearCode] = "上年报告不是相邻年度",
    };

    public static string Of(string code) =>
        ReportRules.NameOf(code) ?? Reader.GetValueOrDefault(code) ?? (code.Contains('.', StringComparison.Ordinal) ? "读取文件时的提示" : code);
}
