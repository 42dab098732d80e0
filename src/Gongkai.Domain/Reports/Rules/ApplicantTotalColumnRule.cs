namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// 表三: in every row the 总计 column equals 自然人 plus the five 法人或其他组织 columns (the layout's structural
/// identity, statutory-rules §2.3, PRACTICE).
/// </summary>
public sealed class ApplicantTotalColumnRule : IReportRule
{
    public string Code => "applications.columnTotal";

    public string Name => "表三各行“总计”列等于各类申请人之和";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Applications is not { } table)
        {
            yield break;
        }

        foreach (var (row, values) in table.Rows)
        {
            if (values is not { } cells || ReportRules.Sum(cells, 6) is not { } sum || cells[6] is not { } total)
            {
                continue;
            }

            if (sum != total)
            {
                yield return Finding.Error(Code, TableId.Applications, row.Key, 6,
                    $"{table.Spec.CellName(row.Key, 6)}为{ReportRules.Format(total)}，但自然人与法人或其他组织各列之和为{ReportRules.Format(sum)}");
            }
        }
    }
}
