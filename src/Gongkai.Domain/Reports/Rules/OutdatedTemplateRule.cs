namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// A report for 2021 or later laid out in the 2019 trial format: 国办公开办函〔2021〕30号 replaced
/// 国办公开办函〔2019〕60号 from the 2021 report on (statutory-rules §2.6 item 9).
/// </summary>
public sealed class OutdatedTemplateRule : IReportRule
{
    public string Code => "template.outdated";

    public string Name => "使用现行年度报告格式（国办公开办函〔2021〕30号）";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Year is >= 2021 && report.Template == ReportTemplate.Trial2019)
        {
            yield return Finding.Warning(Code, null, null, null,
                $"{report.Year}年度报告使用了已被国办公开办函〔2021〕30号取代的2019年试行格式（国办公开办函〔2019〕60号）");
        }
    }
}
