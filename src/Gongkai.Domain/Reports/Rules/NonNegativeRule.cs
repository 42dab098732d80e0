namespace Gongkai.Domain.Reports.Rules;

/// <summary>Counts and amounts are never negative; only 2019 表二's 本年增/减 may be.</summary>
public sealed class NonNegativeRule : IReportRule
{
    public string Code => "value.negative";

    public string Name => "数值不为负数";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.Tables)
        {
            foreach (var (row, values) in table.Rows)
            {
                if (values is not { } cells)
                {
                    continue;
                }

                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is < 0 && row.Columns[c].Kind != CellKind.SignedCount)
                    {
                        yield return Finding.Error(Code, table.Id, row.Key, c,
                            $"{table.Spec.CellName(row.Key, c)}为负数（{ReportRules.Format(cells[c]!.Value)}）");
                    }
                }
            }
        }
    }
}
