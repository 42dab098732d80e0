using System.Text.Json.Nodes;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// The generated hard PDFs of tests/corpus/generated (official layout printed by Chromium with narrow columns,
/// centred merged cells, vertical group labels, wrapped labels, page breaks inside 表三, blank zeros, footers) against
/// their truths: none reads a wrong cell without a warning on its row or its table, and those the reader reads
/// cell for cell stay so.
/// </summary>
public sealed class GeneratedPdfTests
{
    public static TheoryData<string> Pdfs() =>
        [.. Directory.EnumerateFiles(Corpus.Generated, "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Generated_pdf_reads_with_no_wrong_cell_left_untold(string name)
    {
        var path = Path.Combine(Corpus.Generated, name);
        var read = ReportReader.ReadFile(path);

        Assert.True(read.Succeeded, read.Error);
        var comparison = TruthComparison.Of(read.Report!, JsonNode.Parse(File.ReadAllText(Corpus.TruthFor(path)))!.AsObject());
        Assert.Empty(comparison.HeaderMismatches);
        var untold = comparison.Rows
            .Where(r => r.Kind == TruthRowKind.Cells && r.Read is { } cells && !r.Warned && !r.TableWarned
                && r.Truth.Select((v, c) => v is { } t && c < cells.Count && cells[c] is { } got && got != t).Any(x => x))
            .Select(r => $"{r.Table}.{r.Row}: truth [{string.Join(",", r.Truth)}], read [{string.Join(",", r.Read!)}]")
            .ToList();
        Assert.Empty(untold);
    }

    /// <summary>
    /// Variants read cell for cell: wrapped centred labels and vertical group labels (003, 019: the line height taken
    /// from the digits' width where Noto Serif CJK gives digits 23 pt boxes), page breaks inside 表三 with footers
    /// 「-4-」 and 「第4页 共6页」 (008, 010, 019), blank zeros (008, 013, 019), 表二 sub-tables blank in every cell (011: a
    /// blank cell under each heading, read as 0 and said), both fonts, narrow columns (013, 015).
    /// </summary>
    [Theory]
    [InlineData("gen-1-003-serif-narrow-centred-vert-wrap-foot2-9.pdf")]
    [InlineData("gen-1-008-serif-centred-vert-top-brk8-blank1-foot1-12.pdf")]
    [InlineData("gen-1-010-sans-vert-brk14-foot3-12.pdf")]
    [InlineData("gen-1-011-sans-top-blank2-foot1-9.pdf")]
    [InlineData("gen-1-013-sans-narrow-top-blank2-foot1-10.5.pdf")]
    [InlineData("gen-1-015-serif-narrow-centred-top-12.pdf")]
    [InlineData("gen-1-019-serif-centred-vert-wrap-top-brk11-blank1-10.5.pdf")]
    public void Generated_pdf_reads_to_its_truth(string name)
    {
        var path = Path.Combine(Corpus.Generated, name);
        Text.Golden.AssertReadsToTruth(name, ReportReader.ReadFile(path), Corpus.TruthFor(path));
    }
}
