namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// 年度报告六个部分齐全且顺序正确: parts 一 to 六 are all printed, in the template's order. Basis: 条例第五十条 (the
/// required contents) and the six-part layout of 国办公开办函〔2021〕30号 (statutory-rules §2.1: "不能遗漏"); a part
/// whose table the report has (二–四) counts as present. Only for a report whose narrative was read.
/// </summary>
public sealed class NarrativePartsRule : IReportRule
{
    public string Code => "narrative.parts";

    public string Name => "年度报告六个部分齐全且顺序正确";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Sections.IsEmpty)
        {
            yield break;
        }

        var numbers = report.Sections.Where(s => s.Number is not null).Select(s => s.Number!.Value).ToList();
        TableId?[] tables = [null, TableId.Proactive, TableId.Applications, TableId.ReviewLitigation, null, null];
        for (var n = 1; n <= 6; n++)
        {
            if (!numbers.Contains(n) && (tables[n - 1] is not { } table || report.Table(table) is null))
            {
                yield return Finding.Warning(Code, null, null, null, $"缺少第{ReportSection.Numerals[n - 1]}部分「{Titles[n - 1]}」");
            }
        }

        for (var i = 1; i < numbers.Count; i++)
        {
            if (numbers[i] <= numbers[i - 1])
            {
                yield return Finding.Warning(Code, null, null, null,
                    $"第{ReportSection.Numerals[numbers[i] - 1]}部分印在第{ReportSection.Numerals[numbers[i - 1] - 1]}部分之后，顺序与年度报告格式不符");
            }
        }
    }

    internal static readonly string[] Titles =
    [
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况", "其他需要报告的事项",
    ];
}
