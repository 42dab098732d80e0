using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents.Pdf;
using Gongkai.Documents.Tests.Writers;
using Gongkai.Documents.Writers;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// Every seed and PDF truth written with the HTML writer, its zero cells left blank as many agencies publish them,
/// printed to PDF by Chromium (Debian's chromium, installed by .ci/run) and read back: every cell comes back, the
/// blank ones as 0, which pdftotext's -layout text cannot tell apart from a neighbouring column. A table (or 表二
/// sub-table) with no figure but 0 keeps its zeros: blank throughout, nothing in it says where its columns are.
/// </summary>
public sealed partial class PrintedPdfTests
{
    private const string Chromium = "/usr/bin/chromium";

    public static TheoryData<string> Truths() => [.. TruthReports.Names()];

    [Theory]
    [MemberData(nameof(Truths))]
    public void Printed_report_with_blank_zero_cells_reads_back_cell_for_cell(string name)
    {
        var report = TruthReports.Load(name);
        // Seeds 001 and 002 report nothing but zeros: printed as they are, they read back through the same grid.
        var html = BlankZeros(HtmlReportWriter.Write(report));

        var read = PdfReportReader.Read(name + ".pdf", Print(html));

        Assert.True(read.IsSuccess, read.Error);
        Assert.Empty(TruthReports.CompareTables(report, read.Value!));
        Assert.Equal(report.Year, read.Value!.Year);
        Assert.Same(report.Template, read.Value.Template);
    }

    [Fact]
    public void Blank_cells_keep_their_columns_in_the_rebuilt_text()
    {
        var report = TruthReports.Load("hongze-2024.truth.json");
        var html = BlankZeros(HtmlReportWriter.Write(report));

        var text = PdfReportReader.GridText(Print(html), "pdftotext");

        // 一、本年新收: 95 by natural persons, no one else, 95 in all; the blank cells of the five columns between are zeros.
        Assert.NotNull(text);
        Assert.Contains("一、本年新收政府信息公开申请数量\t95\t0\t0\t0\t0\t0\t95\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_without_tables_falls_back_to_the_layout_text()
    {
        var pdf = Print("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>本机关2024年未收到政府信息公开申请。</p></body></html>");

        Assert.Null(PdfReportReader.GridText(pdf, "pdftotext"));
        var read = PdfReportReader.Read("prose.pdf", pdf);
        Assert.False(read.IsSuccess);
        Assert.Contains("统计表", read.Error, StringComparison.Ordinal);
    }

    /// <summary>The page with its zero cells blank, in every table and 表二 sub-table that prints another figure.</summary>
    internal static string BlankZeros(string html)
    {
        // Rows of one table, or of one 表二 sub-table from its 「第二十条第（…）项」 row on.
        var parts = Part().Split(html);
        return string.Concat(parts.Select(p => NonZeroCell().IsMatch(p) ? ZeroCell().Replace(p, "<td>&nbsp;</td>") : p));
    }

    [GeneratedRegex("<td>0</td>")]
    private static partial Regex ZeroCell();

    [GeneratedRegex(@"<td>(?!0<)\d[\d.]*</td>")]
    private static partial Regex NonZeroCell();

    [GeneratedRegex("(?=<table)|(?=<tr><th[^>]*>第二十条)")]
    private static partial Regex Part();

    /// <summary>The page as Chromium prints it to PDF (A4 or Letter, whatever its default, with no header or footer).</summary>
    internal static byte[] Print(string html)
    {
        Assert.True(File.Exists(Chromium), $"Chromium not found at {Chromium}: install Debian's chromium package (.ci/run does).");
        var dir = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var page = Path.Combine(dir.FullName, "report.html");
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            File.WriteAllText(page, html, Encoding.UTF8);
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(dir.FullName, "profile")}",
                $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not print the page within 90 s");
            }

            Assert.True(File.Exists(pdf), $"Chromium printed nothing: {stderr.GetAwaiter().GetResult()}{stdout.GetAwaiter().GetResult()}");
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
