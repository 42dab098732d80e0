using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Domain.Tests.Reports;

/// <summary>Hand-made pairs of one unit's reports for two consecutive years that agree with each other.</summary>
internal static class ReportPairs
{
    public const string Agency = "某某市生态环境局";

    /// <summary>Last year's (2022) and this year's (2023) report: carry-over and document stock consistent.</summary>
    public static (AnnualReport Now, AnnualReport Last) Consistent(int seed = 11)
    {
        var last = ReportGenerator.Generate(new Random(seed), ReportTemplate.Format2021, 2022) with
        {
            Agency = Agency,
            Sections = NarrativeGenerator.Sections(new Random(seed), Agency, 2022),
        };
        var now = ReportGenerator.Generate(new Random(seed + 1000), ReportTemplate.Format2021, 2023) with
        {
            Agency = Agency,
            Sections = NarrativeGenerator.Sections(new Random(seed + 1000), Agency, 2023),
        };
        var lastDocs = last.Proactive!["normativeDocuments"]!.Value;
        now = now with
        {
            Applications = now.Applications!.With("carriedOver", last.Applications!["carriedForward"]!.Value),
            Proactive = now.Proactive!
                .With("normativeDocuments", [3m, 1m, lastDocs[2] + 2m])
                .With("regulations", [0m, 0m, last.Proactive["regulations"]!.Value[2]]),
        };
        return (now, last);
    }

    public static AnnualReport WithPart(AnnualReport report, int number, string text) => report with
    {
        Sections = [.. report.Sections.Where(s => s.Number != number), new ReportSection(number, "", text)],
    };
}
