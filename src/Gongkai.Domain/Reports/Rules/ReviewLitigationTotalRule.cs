namespace Gongkai.Domain.Reports.Rules;

/// <summary>表四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (statutory-rules §2.4).</summary>
public sealed class ReviewLitigationTotalRule : IReportRule
{
    public string Code => "reviewLitigation.total";

    public string Name => "表四各组“总计”等于各结果之和";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.ReviewLitigation is not { } table)
        {
            yield break;
        }

        foreach (var (row, values) in table.Rows)
        {
            if (values is not { } cells || ReportRules.Sum(cells, 4) is not { } sum || cells[4] is not { } total)
            {
                continue;
            }

            if (sum != total)
            {
                yield return Finding.Error(Code, TableId.ReviewLitigation, row.Key, 4,
                    $"{table.Spec.CellName(row.Key, 4)}为{ReportRules.Format(total)}，但结果维持、结果纠正、其他结果、尚未审结之和为{ReportRules.Format(sum)}");
            }
        }
    }
}
