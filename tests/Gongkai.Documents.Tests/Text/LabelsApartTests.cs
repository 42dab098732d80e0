using System.Text.Json.Nodes;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Row labels printed apart from their figures (tests/corpus/extracted/labels-apart-2021.md, a PDF-to-Markdown
/// extraction's shape: 表三's labels each on a line, then rows of figures alone): the table's reading is in doubt as a
/// whole, said by a table-level warning, so that no cell read from it goes untold.
/// </summary>
public sealed class LabelsApartTests
{
    private static readonly string Fixture = Path.Combine(Corpus.RepositoryRoot, "tests", "corpus", "extracted", "labels-apart-2021.md");

    [Fact]
    public void Labels_apart_from_their_figures_make_the_table_doubtful_as_a_whole()
    {
        var read = ReportReader.ReadFile(Fixture);

        Assert.True(read.Succeeded, read.Error);
        var warning = Assert.Single(read.Report!.Findings, f => f.Code == "parse.labelsApart");
        Assert.Equal(TableId.Applications, warning.Table);
        Assert.Null(warning.Row);
        Assert.Equal(Severity.Warning, warning.Severity);
        var comparison = TruthComparison.Of(read.Report, JsonNode.Parse(File.ReadAllText(Corpus.TruthFor(Fixture)))!.AsObject());
        Assert.All(comparison.Rows.Where(r => r.Table == TableId.Applications), r => Assert.True(r.Warned || r.TableWarned, r.Row));
    }

    [Fact]
    public void Reports_with_labels_beside_their_figures_are_not_taken_for_labels_apart()
    {
        var documents = Corpus.SeedTexts().Concat(Directory.EnumerateFiles(Corpus.Pdf, "*.pdf")).Concat(Directory.EnumerateFiles(Corpus.Generated, "*.pdf"));

        foreach (var path in documents)
        {
            Assert.DoesNotContain(ReportReader.ReadFile(path).Report!.Findings, f => f.Code == "parse.labelsApart");
        }
    }
}
