namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// 第五部分写明存在的主要问题及改进情况: part 五 is printed and not empty. Basis: 条例第五十条第（四）项 "政府信息公开
/// 工作存在的主要问题及改进情况"; evaluators deduct for an empty or "无" part 五 (oversight.md §3, PRACTICE).
/// </summary>
public sealed class ProblemsStatedRule : IReportRule
{
    public string Code => "narrative.problems";

    public string Name => "第五部分写明存在的主要问题及改进情况";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.SectionText(5) is not { } text)
        {
            yield break;
        }

        // "无", "暂无。" and the like say nothing about problems.
        var words = text.Trim().TrimEnd('。', '.', ' ');
        if (words.Length == 0 || words is "无" or "暂无" or "没有" or "无问题")
        {
            yield return Finding.Warning(Code, null, null, null,
                words.Length == 0 ? "第五部分「存在的主要问题及改进情况」没有内容" : $"第五部分「存在的主要问题及改进情况」只写了「{words}」，没有写明问题和改进情况");
        }
    }
}
