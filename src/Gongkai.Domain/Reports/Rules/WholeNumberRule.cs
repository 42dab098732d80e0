namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// Counts (件数, 数量, 本年增/减) are whole numbers; only amounts (万元, 元) may have a fraction. A count read as 1.5
/// or 0.0000001 (a damaged cell of 表二) is wrong whatever the sums say.
/// </summary>
public sealed class WholeNumberRule : IReportRule
{
    public string Code => "value.fractional";

    public string Name => "件数为整数";

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
                    if (cells[c] is { } v && v != decimal.Truncate(v) && row.Columns[c].Kind != CellKind.Money)
                    {
                        yield return Finding.Error(Code, table.Id, row.Key, c,
                            $"{table.Spec.CellName(row.Key, c)}是件数，应为整数，却是 {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
                    }
                }
            }
        }
    }
}
