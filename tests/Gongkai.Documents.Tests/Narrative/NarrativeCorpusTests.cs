using System.Text;
using Gongkai.Documents.Pdf;
using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Narrative;

/// <summary>
/// The narrative of every seed and both PDFs: parts 一 to 六 found in order with their printed titles, and their
/// text neither lost nor duplicated. Parts 一, 五, 六 and the preamble hold exactly the lines of the source between
/// their titles (whitespace aside); parts 二–四 hold every sentence printed around their tables and no table.
/// </summary>
public sealed class NarrativeCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var seed in Corpus.SeedTexts())
        {
            data.Add(Path.GetFileName(seed));
        }

        data.Add("hongze-2023.pdf");
        data.Add("hongze-2024.pdf");
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_part_is_found_and_no_text_is_lost_or_duplicated(string name)
    {
        var path = Path.Combine(name.EndsWith(".pdf", StringComparison.Ordinal) ? Corpus.Pdf : Corpus.Seeds, name);
        var report = ReportReader.ReadFile(path).Report!;
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Sections.Where(s => s.Number is not null).Select(s => s.Number!.Value));
        Assert.All(report.Sections.Skip(1), s => Assert.NotNull(s.Number));

        var lines = SourceLines(path);
        var titles = new int[6];
        for (var n = 1; n <= 6; n++)
        {
            titles[n - 1] = TitleLine(lines, n == 1 ? 0 : titles[n - 2] + 1, report.Sections.Single(s => s.Number == n).Heading);
        }

        Assert.Equal(Squeeze(lines[..titles[0]]), Squeeze(report.Sections.Where(s => s.Number is null).Select(s => s.Text)));
        foreach (var (number, from, to) in new[] { (1, titles[0], titles[1]), (5, titles[4], titles[5]), (6, titles[5], lines.Length) })
        {
            var part = report.Sections.Single(s => s.Number == number);
            Assert.Equal(Squeeze(lines[from..to]), Squeeze([part.Heading, part.Text]));
        }

        for (var n = 2; n <= 4; n++)
        {
            var part = report.Sections.Single(s => s.Number == n);
            var text = Squeeze([part.Text]);
            foreach (var sentence in lines[(titles[n - 1] + 1)..titles[n]].Where(l => l.Contains('。', StringComparison.Ordinal)))
            {
                Assert.Contains(Squeeze([sentence]), text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("勾稽关系", part.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("本年制发件数", part.Text, StringComparison.Ordinal);
        }
    }

    // The text the reader worked on: the file's (pdftotext's for a PDF), normalised as the reader does it.
    private static string[] SourceLines(string path)
    {
        var text = path.EndsWith(".pdf", StringComparison.Ordinal)
            ? PdfReportReader.GridText(File.ReadAllBytes(path), "pdftotext") ?? PdfReportReader.Extract(File.ReadAllBytes(path), "pdftotext", "-layout").Value!
            : File.ReadAllText(path);
        return TextNormalizer.Normalize(text).Split('\n');
    }

    // The source line of a part's title after the previous one; a title printed twice (瀋河回族区 2023 repeats
    // "一、总体情况") is the first, the second being part of the part's text.
    private static int TitleLine(string[] lines, int from, string heading)
    {
        var squeezed = Squeeze([heading]);
        var at = Array.FindIndex(lines, from, l => Squeeze([l]) == squeezed);
        Assert.True(at >= 0, $"title not on a line of its own: {heading}");
        return at;
    }

    private static string Squeeze(IEnumerable<string> parts)
    {
        var sb = new StringBuilder();
        foreach (var ch in string.Concat(parts))
        {
            if (!char.IsWhiteSpace(ch) && ch != BlankFields.Marker)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }
}
