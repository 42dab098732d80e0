using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Every seed report of the corpus, read as published, against its hand-checked truth: every known cell equal, and
/// every row or table the truth marks AMBIGUOUS carrying a warning or an error.
/// </summary>
public sealed class SeedGoldenTests
{
    public static TheoryData<string> Seeds() => [.. Corpus.SeedTexts().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_reads_to_its_truth(string name)
    {
        var path = Path.Combine(Corpus.Seeds, name);
        Golden.AssertReadsToTruth(name, ReportReader.ReadFile(path), Corpus.TruthFor(path));
    }

    [Fact]
    public void Trial_template_in_a_2021_report_is_recognised_with_a_warning()
    {
        var report = Read("001_b63a0e3bb038d4c3.txt");
        Assert.Same(ReportTemplate.Trial2019, report.Template);
        Assert.Contains(report.Findings, f => f.Code == "template.outdated" && f.Severity == Severity.Warning);
        // 危机“三安全一稳定”, 属于行政法案卷, 没有现成信息需另行制作, 上年结转政府信息公开数量: misprints noted, values read.
        Assert.Contains(report.Findings, f => f.Code == "parse.labelVariant" && f.Row == "withheld.endangersSafetyOrStability");
        Assert.Contains(report.Findings, f => f.Code == "parse.labelVariant" && f.Row == "withheld.lawEnforcementFiles");
    }

    [Fact]
    public void Unsplittable_normative_documents_row_and_broken_table_four_are_flagged_not_guessed()
    {
        var report = Read("004_f719e6107d444fd2.txt");
        Assert.Contains(report.Findings, f => f.Table == TableId.Proactive && f.Row == "normativeDocuments" && f.Severity >= Severity.Warning);
        Assert.Contains(report.Findings, f => f.Table == TableId.ReviewLitigation && f.Severity >= Severity.Warning);
        Assert.Contains(report.Findings, f => f.Code == "parse.inferred" && f.Row == "newlyReceived" && f.Message.Contains("633000066", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_table_and_missing_row_are_reported()
    {
        Assert.Contains(Read("002_d1ed69b8ea7b905a.txt").Findings, f => f.Code == "structure.missingTable" && f.Table == TableId.Proactive);
        Assert.Contains(Read("000_6936dc3b40e04b6e.txt").Findings, f => f.Code == "structure.missingRow" && f.Row == "administrativeFees");
    }

    private static AnnualReport Read(string name) => ReportReader.ReadFile(Path.Combine(Corpus.Seeds, name)).Report!;
}
