namespace Gongkai.Domain.Reports.Rules;

/// <summary>Each of 表二、表三、表四 is required by the format (条例第五十条; 国办公开办函〔2021〕30号).</summary>
public sealed class MissingTablesRule : IReportRule
{
    public string Code => "structure.missingTable";

    public string Name => "表二、表三、表四齐全";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var spec in report.Template.Tables)
        {
            if (report.Table(spec.Id) is null)
            {
                yield return Finding.Error(Code, spec.Id, null, null, $"缺少{spec.PrintedName}（{spec.Heading}）");
            }
        }
    }
}
