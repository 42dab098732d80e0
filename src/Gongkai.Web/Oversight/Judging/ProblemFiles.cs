using System.Globalization;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using MiniExcelLibs;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>问题清单 as files: an XLSX of every problem, and a DOCX 通报 with the problems grouped by unit.</summary>
internal static class ProblemFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Xlsx(IReadOnlyList<Problem> problems)
    {
        var rows = problems.Select(p => new Dictionary<string, object?>
        {
            ["单位名称"] = p.Report.Unit,
            ["单位层级"] = p.Report.Level.Label(),
            ["行政区划代码"] = p.Report.DivisionCode ?? "",
            ["年度"] = p.Report.Year,
            ["规则"] = p.RuleName,
            ["规则代码"] = p.Finding.Code,
            ["严重程度"] = Problem.SeverityLabel(p.Finding.Severity),
            ["位置"] = p.Place,
            ["问题"] = p.Finding.Message,
            ["审核"] = ReviewStates.Label(p.Review),
            ["审核说明"] = p.Review?.Comment ?? "",
            ["报告编号"] = p.Report.ReportId,
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Count > 0 ? rows : [new Dictionary<string, object?> { ["单位名称"] = "（没有符合条件的问题）" }], sheetName: "问题清单");
        return stream.ToArray();
    }

    /// <summary>
    /// 通报: the problems grouped by unit in the register's order, each in words with its year, place and rule;
    /// findings a reviewer marked 读取有误 or 已核实无误 are left out (they are not the unit's to correct).
    /// </summary>
    public static byte[] Docx(string scopeName, int from, int to, IReadOnlyList<Problem> problems)
    {
        var kept = problems.Where(p => p.Review?.Decision is not (Data.Oversight.ReviewDecision.Misread or Data.Oversight.ReviewDecision.Verified)).ToList();
        var years = from == to ? $"{from}年度" : $"{from}—{to}年度";
        var groups = kept.GroupBy(p => (p.Report.TreePath, p.Report.Unit))
            .OrderBy(g => g.Key.TreePath, StringComparer.Ordinal)
            .Select(g => new NoticeGroup(g.Key.Unit, [.. g.Select(Item)]))
            .ToList();
        var opening = new List<string>
        {
            groups.Count == 0
                ? $"经核查，{scopeName}所辖单位{years}政府信息公开工作年度报告未发现需要整改的问题。"
                : $"经核查，{scopeName}所辖{groups.Count.ToString(CultureInfo.InvariantCulture)}个单位{years}的政府信息公开工作年度报告共有{kept.Count.ToString(CultureInfo.InvariantCulture)}个问题，现通报如下。",
        };
        string[] closing = groups.Count == 0 ? [] : ["请以上单位对照问题逐项核实，属实的予以更正并重新公布，于收到本通报之日起15个工作日内将整改情况报送政务公开办。"];
        return DocxNoticeWriter.Write($"关于{years}政府信息公开工作年度报告问题的通报", opening, groups, closing);
    }

    private static string Item(Problem p) =>
        $"{p.Report.Year.ToString(CultureInfo.InvariantCulture)}年度报告{(p.Place is "全文" || p.Finding.Message.Contains(p.Place, StringComparison.Ordinal) ? "" : "，" + p.Place)}：{p.Finding.Message.TrimEnd('。')}。（{Problem.SeverityLabel(p.Finding.Severity)}；{p.RuleName}）";
}
