namespace Gongkai.Domain.Reports.Rules;

/// <summary>Every row of a printed table is part of the format; a table missing rows is incomplete.</summary>
public sealed class MissingRowsRule : IReportRule
{
    public string Code => "structure.missingRow";

    public string Name => "各表行项目齐全";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.Tables)
        {
            foreach (var (row, values) in table.Rows)
            {
                if (values is null)
                {
                    yield return Finding.Warning(Code, table.Id, row.Key, null, $"{table.Spec.CellName(row.Key, null)}缺失");
                }
            }
        }
    }
}
