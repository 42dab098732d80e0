using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// R03 第一部分所述数字与统计表一致: a count that part 一 states for the unit itself equals the table's. Basis: 条例
/// 第五十条 asks for one report whose text and tables describe the same year; evaluators check 总体情况 against 表三
/// (oversight.md §4, PRACTICE). Conservative: only "共收到政府信息公开申请N件" (→ 表三 一、新收 总计), and sentences
/// about a whole region ("全市共收到…", "全区各级行政机关…") are skipped, since a 本级汇总 figure is not the unit's.
/// </summary>
public sealed partial class TextAgreesWithTablesRule : IReportRule
{
    public string Code => "narrative.textVsTable";

    public string Name => "第一部分所述申请数与表三一致";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.SectionText(1) is not { } text || report.Applications?.Cell(RowKeys.NewlyReceived, 6) is not { } received)
        {
            yield break;
        }

        foreach (var sentence in Sentences().Split(text))
        {
            if (Region().IsMatch(sentence) || Received().Match(sentence) is not { Success: true } m)
            {
                continue;
            }

            var stated = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (stated != received)
            {
                yield return Finding.Warning(Code, TableId.Applications, RowKeys.NewlyReceived, 6,
                    $"第一部分写明「{m.Value.Trim()}」，但{report.Applications!.Spec.CellName(RowKeys.NewlyReceived, 6)}为{ReportRules.Format(received)}");
            }

            yield break;
        }
    }

    [GeneratedRegex("[。；;\n]")]
    private static partial Regex Sentences();

    // 全市/全区/全县 and 各级、各部门 sentences speak for a region or many units (本级汇总), not for this unit alone.
    [GeneratedRegex("全[市区县省州旗镇乡]|全系统|各级|各部门|各单位|各乡镇|各街道|各地")]
    private static partial Regex Region();

    // "共收到政府信息公开申请51件", "新收政府信息公开申请 17 件": the verb 收到/新收 (受理 may count differently).
    [GeneratedRegex(@"(?:共|累计|总计)?(?:收到|新收)(?:各类)?(?:政府信息公开|依申请公开政府信息)申请(?:共|合计)?\s*(\d+)\s*件")]
    private static partial Regex Received();
}
