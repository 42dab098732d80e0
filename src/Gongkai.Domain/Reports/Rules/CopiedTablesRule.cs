namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X07 统计表未照抄上年: a table whose non-zero cells (at least 5) all equal last year's same cells was most likely
/// copied, not counted (oversight.md §4; evaluators deduct for "与往年雷同", oversight.md §3; 条例第五十条 asks for
/// the year's figures). Compared only where both years print the table in the same layout.
/// </summary>
public sealed class CopiedTablesRule : IReportRule
{
    public string Code => "acrossYears.copiedTable";

    public string Name => "统计表没有照抄上年";

    private const int MinimumNonZero = 5;

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null)
        {
            yield break;
        }

        foreach (var table in report.Tables)
        {
            if (previous.Table(table.Id) is not { } last || last.Spec != table.Spec)
            {
                continue;
            }

            var nonZero = 0;
            var equal = true;
            foreach (var (row, values) in table.Rows)
            {
                if (values is not { } cells)
                {
                    continue;
                }

                for (var c = 0; c < cells.Length && equal; c++)
                {
                    if (cells[c] is { } v && v != 0)
                    {
                        nonZero++;
                        equal = last.Cell(row.Key, c) == v;
                    }
                }
            }

            if (equal && nonZero >= MinimumNonZero)
            {
                yield return Finding.Error(Code, table.Id, null, null,
                    $"{table.Spec.PrintedName}的{nonZero}个非零数字与上年报告{last.Spec.PrintedName}同一单元格逐一相同，可能照抄了上年的统计表，请核对");
            }
        }
    }
}
