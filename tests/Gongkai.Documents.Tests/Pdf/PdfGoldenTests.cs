using System.Text;
using Gongkai.Documents.Pdf;
using Gongkai.Documents.Tests.Text;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// The two published PDFs of 淮安市洪泽区 against their truth, through pdftotext (installed by .ci/run): every truth
/// cell, and the 2023 表四 that fails its own sums reported with the printed values kept.
/// </summary>
public sealed class PdfGoldenTests
{
    [Theory]
    [InlineData("hongze-2023.pdf")]
    [InlineData("hongze-2024.pdf")]
    public void Pdf_reads_to_its_truth(string name)
    {
        var path = Path.Combine(Corpus.Pdf, name);
        Golden.AssertReadsToTruth(name, ReportReader.ReadFile(path), Corpus.TruthFor(path));
    }

    [Fact]
    public void Table_four_of_2023_keeps_the_printed_values_and_reports_the_broken_sums()
    {
        var report = ReportReader.ReadFile(Path.Combine(Corpus.Pdf, "hongze-2023.pdf")).Report!;
        Assert.Equal([10m, 1m, 0m, 0m, 0m], report.ReviewLitigation!["reconsideration"]!.Value.Select(v => v!.Value));
        Assert.Contains(report.Findings, f => f.Code == "reviewLitigation.total" && f.Row == "reconsideration" && f.Severity == Severity.Error);
        Assert.Contains(report.Findings, f => f.Code == "reviewLitigation.total" && f.Row == "litigationAfterReconsideration" && f.Severity == Severity.Error);
        Assert.False(ReportReader.ReadFile(Path.Combine(Corpus.Pdf, "hongze-2024.pdf")).Report!.HasErrors);
    }

    [Fact]
    public void Missing_pdftotext_names_the_package_to_install()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus.Pdf, "hongze-2024.pdf"));
        var result = PdfReportReader.Read("x.pdf", bytes, "pdftotext-not-installed-here");
        Assert.False(result.IsSuccess);
        Assert.Contains("poppler-utils", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_without_a_text_layer_is_reported_as_a_scan()
    {
        var result = ReportReader.Read("scan.pdf", BlankPdf());
        Assert.False(result.Succeeded);
        Assert.Contains("扫描件", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_pdf_gets_a_clear_error()
    {
        var result = ReportReader.Read("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n garbage garbage"));
        Assert.False(result.Succeeded);
        Assert.Contains("PDF", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A one-page PDF with no text on it: what a scanner's image-only PDF gives pdftotext.</summary>
    internal static byte[] BlankPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
