namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// 表三: 三（七）总计 equals the sum of the result rows （一）…（六）, column by column (statutory-rules §2.3,
/// structural identity; the group labels （三）（四）（五）（六） carry no subtotal of their own).
/// </summary>
public sealed class OutcomeTotalRule : IReportRule
{
    public string Code => "applications.outcomeTotal";

    public string Name => "表三“（七）总计”等于各办理结果之和";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Applications is not { } table || table[RowKeys.OutcomeTotal] is not { } total)
        {
            yield break;
        }

        var outcomes = new List<System.Collections.Immutable.ImmutableArray<decimal?>>();
        foreach (var key in table.Spec.OutcomeRowKeys)
        {
            if (table[key] is not { } row)
            {
                yield break;
            }

            outcomes.Add(row);
        }

        for (var c = 0; c < total.Length; c++)
        {
            if (total[c] is not { } printed || Sum(outcomes, c) is not { } sum)
            {
                continue;
            }

            if (sum != printed)
            {
                yield return Finding.Error(Code, TableId.Applications, RowKeys.OutcomeTotal, c,
                    $"{table.Spec.CellName(RowKeys.OutcomeTotal, c)}为{ReportRules.Format(printed)}，但各项办理结果之和为{ReportRules.Format(sum)}");
            }
        }
    }

    // The column's sum over the result rows, or null when one of them is unread.
    private static decimal? Sum(List<System.Collections.Immutable.ImmutableArray<decimal?>> rows, int column)
    {
        var sum = 0m;
        foreach (var row in rows)
        {
            if (row[column] is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }
}
