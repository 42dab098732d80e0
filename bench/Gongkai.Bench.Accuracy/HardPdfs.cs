using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents.Json;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

/// <summary>How blank cells are printed: every figure, zeros blank in tables that print another figure, or every zero blank.</summary>
internal enum BlankZeros
{
    None,
    InFilledTables,
    All,
}

/// <summary>
/// One way of printing the official layout that real PDFs show and the reader must survive: the 公文 serif or a sans
/// font, narrow figure columns (header cells wrap: 商业企 / 业), labels centred, the group cells 「三、本年度办理结果」
/// and 「（三）不予公开」 printed vertically, a narrow label column (labels wrap over three lines), text at the top of
/// its cell as Word prints it, a page break inside 表三 (rows after it on a page with no header), zeros left blank,
/// and a page footer (-4-, — 5 —, 第4页 共6页).
/// </summary>
internal sealed partial record PdfVariant(
    bool Sans, bool Narrow, bool CentredLabels, bool Vertical, bool WrappedLabels, bool TopAligned, int? BreakAtRow,
    BlankZeros Blanks, int Footer, double FontSize)
{
    public static PdfVariant Random(Random r) => new(
        Sans: r.Next(2) == 0,
        Narrow: r.Next(2) == 0,
        CentredLabels: r.Next(2) == 0,
        Vertical: r.Next(2) == 0,
        WrappedLabels: r.Next(3) == 0,
        TopAligned: r.Next(3) == 0,
        BreakAtRow: r.Next(2) == 0 ? r.Next(2, 20) : null,
        Blanks: (BlankZeros)r.Next(3),
        Footer: r.Next(4),
        FontSize: r.Next(3) switch { 0 => 9, 1 => 10.5, _ => 12 });

    /// <summary>A short name saying what the variant does, for file names: e.g. sans-narrow-vert-brk7-blank2-foot1-10.5.</summary>
    public string Name =>
        string.Join("-", new[]
        {
            Sans ? "sans" : "serif", Narrow ? "narrow" : null, CentredLabels ? "centred" : null, Vertical ? "vert" : null,
            WrappedLabels ? "wrap" : null, TopAligned ? "top" : null, BreakAtRow is { } b ? $"brk{b}" : null,
            Blanks == BlankZeros.None ? null : $"blank{(int)Blanks}", Footer == 0 ? null : $"foot{Footer}",
            FontSize.ToString(CultureInfo.InvariantCulture),
        }.Where(s => s is not null));

    /// <summary>The official layout page with this variant's print rules and cell changes.</summary>
    public string Apply(string html)
    {
        var css = new StringBuilder();
        var font = Sans ? "\"Noto Sans CJK SC\", sans-serif" : "\"Noto Serif CJK SC\", serif";
        css.Append(CultureInfo.InvariantCulture, $"body, h2, table {{ font-family: {font} !important; }}\n");
        css.Append(CultureInfo.InvariantCulture, $"table {{ font-size: {FontSize}pt !important; }}\n");
        if (Narrow)
        {
            css.Append("table.applications, table.reviewlitigation { width: 74% !important; }\n");
        }

        if (CentredLabels)
        {
            css.Append("th.label { text-align: center !important; }\n");
        }

        if (Vertical)
        {
            css.Append("th.group { writing-mode: vertical-rl; text-orientation: upright; }\n");
            html = GroupCell().Replace(html, "<th rowspan=\"$1\" class=\"group\">$2</th>");
        }

        if (WrappedLabels)
        {
            css.Append("table.applications col:nth-child(3) { width: 13% !important; }\n");
        }

        if (TopAligned)
        {
            css.Append("th, td { vertical-align: top !important; }\n");
        }

        css.Append(Footer switch
        {
            1 => "@page { @bottom-center { content: \"-\" counter(page) \"-\"; font-size: 12pt; } }\n",
            2 => "@page { @bottom-center { content: \"— \" counter(page) \" —\"; font-size: 12pt; } }\n",
            3 => "@page { @bottom-center { content: \"第\" counter(page) \"页 共\" counter(pages) \"页\"; font-size: 10.5pt; } }\n",
            _ => "",
        });
        html = html.Replace("</style>", css + "</style>", StringComparison.Ordinal);
        if (BreakAtRow is { } row)
        {
            html = BreakBefore(html, row);
        }

        return Blanks switch
        {
            BlankZeros.All => ZeroCell().Replace(html, "<td>&nbsp;</td>"),
            BlankZeros.InFilledTables => string.Concat(Part().Split(html).Select(p => NonZeroCell().IsMatch(p) ? ZeroCell().Replace(p, "<td>&nbsp;</td>") : p)),
            _ => html,
        };
    }

    /// <summary>表三 with a page break before its data row <paramref name="row"/> (counted from 0 after its three header rows).</summary>
    private static string BreakBefore(string html, int row)
    {
        var table = html.IndexOf("<table class=\"applications\">", StringComparison.Ordinal);
        if (table < 0)
        {
            return html;
        }

        var at = table;
        for (var i = 0; i <= row + 3; i++)
        {
            at = html.IndexOf("<tr>", at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return html;
            }
        }

        return html.Insert(at + 3, " style=\"break-before: page\"");
    }

    [GeneratedRegex(@"<th rowspan=""(\d+)"">(三、本年度办理结果|（[一二三四五六七]）[^<]*)</th>")]
    private static partial Regex GroupCell();

    [GeneratedRegex("<td>0</td>")]
    private static partial Regex ZeroCell();

    [GeneratedRegex(@"<td>(?!0<)\d[\d.]*</td>")]
    private static partial Regex NonZeroCell();

    [GeneratedRegex("(?=<table)|(?=<tr><th[^>]*>第二十条)")]
    private static partial Regex Part();
}

/// <summary>
/// Generated reports printed to PDF in the official layout with <see cref="PdfVariant"/>s, each with its truth: the
/// report as generated (ReportJson), so that the accuracy bench can read hundreds of hard PDFs of known content.
/// </summary>
internal static class HardPdfs
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Writes <paramref name="count"/> PDFs and their truths into <paramref name="folder"/>; returns the file names.</summary>
    public static List<string> Generate(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var jobs = new List<(string Name, string Html, AnnualReport Report)>();
        for (var i = 0; i < count; i++)
        {
            var year = random.Next(2019, 2026);
            var report = ReportGenerator.Generate(random, ReportTemplate.ForYear(year), year);
            report = report with { Sections = NarrativeGenerator.Sections(random, report.Agency!, year) };
            var variant = PdfVariant.Random(random);
            var name = string.Create(CultureInfo.InvariantCulture, $"gen-{seed}-{i:000}-{variant.Name}");
            jobs.Add((name, variant.Apply(HtmlReportWriter.Write(report)), report));
        }

        var scratch = Directory.CreateTempSubdirectory("gongkai-pdfgen-");
        try
        {
            Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, job =>
            {
                var pdf = Print(job.Html, Path.Combine(scratch.FullName, job.Name));
                File.WriteAllBytes(Path.Combine(folder, job.Name + ".pdf"), pdf);
                File.WriteAllText(Path.Combine(folder, job.Name + ".truth.json"), ReportJson.Serialize(job.Report with { Sections = [], Source = null }));
            });
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        return [.. jobs.Select(j => j.Name + ".pdf")];
    }

    /// <summary>The page as Chromium prints it to PDF, with no header or footer of its own.</summary>
    private static byte[] Print(string html, string dir)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {Chromium}: install Debian's chromium package.");
        }

        Directory.CreateDirectory(dir);
        var page = Path.Combine(dir, "report.html");
        var pdf = Path.Combine(dir, "report.pdf");
        File.WriteAllText(page, html, Encoding.UTF8);
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(dir, "profile")}",
            $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Chromium did not print the page within 120 s");
        }

        return File.Exists(pdf) ? File.ReadAllBytes(pdf) : throw new InvalidOperationException("Chromium printed nothing: " + stderr.GetAwaiter().GetResult());
    }
}
