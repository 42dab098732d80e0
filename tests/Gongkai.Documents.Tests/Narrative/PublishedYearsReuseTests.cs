using Gongkai.Domain.Reports.Similarity;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Narrative;

/// <summary>
/// X08 on two published years of one unit (淮安市洪泽区 2023 and 2024, PDF): parts 一 (0.46) and 五 (0.39) were
/// rewritten, sharing only set phrases as a few reused passages; part 六 is one fee sentence repeated with its year
/// changed (1.00), too short to be called a copied part.
/// </summary>
public sealed class PublishedYearsReuseTests
{
    [Fact]
    public void Hongze_2024_is_not_a_copy_of_2023()
    {
        var now = ReportReader.ReadFile(Path.Combine(Corpus.Pdf, "hongze-2024.pdf")).Report!;
        var last = ReportReader.ReadFile(Path.Combine(Corpus.Pdf, "hongze-2023.pdf")).Report!;
        var parts = TextReuse.Compare(now, last);
        Assert.Equal([1, 5, 6], parts.Select(p => p.Number));
        Assert.InRange(parts[0].Containment, 0.3, 0.6);
        Assert.InRange(parts[1].Containment, 0.3, 0.6);
        Assert.All(parts.Take(2), p => Assert.NotEmpty(p.Passages));
        Assert.Equal(1.0, parts[2].Containment);
        Assert.DoesNotContain(Domain.Reports.Rules.PreviousYearRules.Check(now, last), f => f.Code == "acrossYears.copiedText");
    }
}
