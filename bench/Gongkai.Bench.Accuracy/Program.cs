using System.Globalization;
using System.Text.Json.Nodes;
using Gongkai.Documents;
using Gongkai.Testing;

// Accuracy on reports with a hand-written truth: every X.ext in the folder that has X.truth.json is read with
// ReportReader and compared cell by cell (TruthComparison, as the golden tests do). Prints per file, per form (text,
// web page, Word, PDF, Markdown extraction; PDFs printed by agencies apart from generated ones) and in total the
// non-zero truth cells, right, wrong, missing, and every silent error: a wrong cell with no warning or error on its
// row (those that at least have one on their whole table are told apart). A web page is also read as a GBK copy
// (its charset declaration dropped, so the encoding must be detected) and must read the same.
// Usage: dotnet run --project bench/Gongkai.Bench.Accuracy -- FOLDER [FOLDER…]
//        … -- --corpus                      every folder of the repository's corpus, each truth also written as a
//                                           web page and a Word document by the project's writers
//        … -- --generate FOLDER N [SEED]    N hard PDFs of generated reports with their truths (Chromium)
//        … -- --generated N [SEED]          the same in a scratch folder, read and measured, then removed
//        … -- --grid FILE.pdf                the text the PDF reader rebuilds from the word boxes, and the findings
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Gongkai.Bench.Accuracy FOLDER [FOLDER…] | --corpus | --generate FOLDER N [SEED] | --generated N [SEED]");
    return 2;
}

if (args[0] == "--generate" && args.Length >= 3)
{
    var names = HardPdfs.Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
    Console.WriteLine($"{names.Count} PDFs written to {args[1]}");
    return 0;
}

if (args[0] == "--generated" && args.Length >= 2)
{
    var scratch = Directory.CreateTempSubdirectory("gongkai-generated-pdfs-");
    try
    {
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        HardPdfs.Generate(scratch.FullName, count, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1);
        Console.WriteLine($"{count} PDFs printed in {watch.Elapsed.TotalSeconds:F0} s");
        return Bench.Run([scratch.FullName], []);
    }
    finally
    {
        scratch.Delete(recursive: true);
    }
}

if (args[0] == "--grid" && args.Length == 2)
{
    var bytes = File.ReadAllBytes(args[1]);
    Console.WriteLine(Gongkai.Documents.Pdf.PdfReportReader.GridText(bytes, "pdftotext") ?? "(no grid)");
    Console.WriteLine("==== layout ====");
    Console.WriteLine(Gongkai.Documents.Pdf.PdfReportReader.Extract(bytes, "pdftotext", "-layout").Value);
    foreach (var finding in ReportReader.Read(Path.GetFileName(args[1]), bytes).Report?.Findings ?? [])
    {
        Console.WriteLine($"{finding.Severity} {finding.Code} {finding.Table} {finding.Row}: {finding.Message}");
    }

    return 0;
}

if (args[0] == "--corpus")
{
    var corpus = Path.Combine(Corpus.RepositoryRoot, "tests", "corpus");
    var folders = Directory.EnumerateDirectories(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    return Bench.Run(folders, Directory.EnumerateFiles(corpus, "*.truth.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
}

return Bench.Run(args, []);

internal static class Bench
{
    /// <summary>Reads every document with a truth in the folders, and each of <paramref name="written"/> as written by the project's writers.</summary>
    public static int Run(IEnumerable<string> folders, IReadOnlyList<string> written)
    {
        var total = new Tally();
        var forms = new SortedDictionary<string, (Tally Tally, int Files)>(StringComparer.Ordinal);
        var silentAll = new List<string>();
        var files = 0;
        var templatesRight = 0;
        var documents = folders.SelectMany(f => Directory.EnumerateFiles(f).Order(StringComparer.Ordinal))
            .Where(p => !p.EndsWith(".truth.json", StringComparison.Ordinal) && File.Exists(Corpus.TruthFor(p)))
            .Select(p => (Name: Path.GetFileName(p), Form: FormOf(p), Truth: Corpus.TruthFor(p), Read: (Func<FileReading>)(() => ReportReader.ReadFile(p)), Path: (string?)p))
            .Concat(written.SelectMany(Written)).ToList();
        foreach (var document in documents)
        {
            files++;
            var name = document.Name;
            var truth = JsonNode.Parse(File.ReadAllText(document.Truth))!.AsObject();
            var result = document.Read();
            var tally = new Tally();
            var lines = new List<string>();
            if (result.Report is not { } report)
            {
                tally.Unreadable = true;
                tally.CountAllMissing(truth);
                lines.Add($"    not read: {result.Error}");
            }
            else
            {
                if (document.Path is { } path && (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
                {
                    lines.Add("    " + GbkCopy.Compare(path, report));
                }

                var comparison = TruthComparison.Of(report, truth);
                templatesRight += comparison.TemplateRight ? 1 : 0;
                lines.AddRange(comparison.HeaderMismatches.Select(m => "    " + m));
                foreach (var row in comparison.Rows)
                {
                    tally.Add(row, lines, silentAll, name);
                }
            }

            total.Merge(tally);
            var form = forms.TryGetValue(document.Form, out var f) ? f : (Tally: new Tally(), Files: 0);
            form.Tally.Merge(tally);
            forms[document.Form] = (form.Tally, form.Files + 1);
            Console.WriteLine($"{name}: {tally}");
            lines.ForEach(Console.WriteLine);
        }

        Console.WriteLine();
        foreach (var (form, (tally, count)) in forms)
        {
            Console.WriteLine($"{form}, {count} documents: {tally}");
        }

        Console.WriteLine($"TOTAL {files} files, template right {templatesRight}/{files}: {total}");
        Console.WriteLine($"silent errors: {silentAll.Count}");
        silentAll.ForEach(s => Console.WriteLine("  " + s));
        return 0;
    }

    /// <summary>The form a document comes in, by its extension; PDFs this bench generated apart from published ones.</summary>
    private static string FormOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => "text (web page text)",
        ".html" or ".htm" => "HTML",
        ".docx" => "DOCX",
        ".md" => "Markdown extraction of a PDF",
        ".pdf" when Path.GetFileName(path).StartsWith("gen-", StringComparison.Ordinal) => "PDF (generated, hard layouts)",
        ".pdf" => "PDF (published)",
        var other => other,
    };

    /// <summary>A truth of the corpus written by the project's writers as a web page and as a Word document, and read back.</summary>
    private static IEnumerable<(string Name, string Form, string Truth, Func<FileReading> Read, string? Path)> Written(string truthPath)
    {
        var report = Gongkai.Documents.Json.ReportJson.Parse(File.ReadAllText(truthPath)).Value;
        if (report is null)
        {
            yield break;
        }

        var stem = Path.GetFileName(truthPath).Replace(".truth.json", "", StringComparison.Ordinal);
        yield return (stem + " (written).html", "HTML (written by HtmlReportWriter)", truthPath,
            () => ReportReader.Read(stem + ".html", System.Text.Encoding.UTF8.GetBytes(Gongkai.Documents.Writers.HtmlReportWriter.Write(report))), null);
        yield return (stem + " (written).docx", "DOCX (written by DocxReportWriter)", truthPath,
            () => ReportReader.Read(stem + ".docx", Gongkai.Documents.Writers.DocxReportWriter.Write(report)), null);
    }
}

internal sealed class Tally
{
    public int NonZero { get; private set; }

    public int Right { get; private set; }

    public int Wrong { get; private set; }

    public int Missing { get; private set; }

    public int Cells { get; private set; }

    public int CellsRight { get; private set; }

    public int Silent { get; private set; }

    public int Unflagged { get; private set; }

    public int InventedRows { get; private set; }

    public int AmbiguousUnflagged { get; private set; }

    public bool Unreadable { get; set; }

    public void Add(TruthRow row, List<string> lines, List<string> silentAll, string file)
    {
        var name = row.Row is null ? row.Table.ToString() : $"{row.Table}.{row.Row}";
        switch (row.Kind)
        {
            case TruthRowKind.Absent when row.Read is { Count: > 0 } read && read.Any(v => v is not null && v != 0) && !row.Warned:
                InventedRows++;
                lines.Add($"    {name}: not printed, read [{Join(read)}] without a warning");
                break;
            case TruthRowKind.Ambiguous when !row.Warned:
                AmbiguousUnflagged++;
                lines.Add($"    {name}: ambiguous in print, read [{Join(row.Read)}] without a warning");
                break;
            case TruthRowKind.Cells:
                for (var c = 0; c < row.Truth.Count; c++)
                {
                    if (row.Truth[c] is not { } expected)
                    {
                        continue; // the truth could not determine this cell
                    }

                    var got = row.Read is { } r && c < r.Count ? r[c] : null;
                    Cells++;
                    NonZero += expected != 0 ? 1 : 0;
                    if (got == expected)
                    {
                        CellsRight++;
                        Right += expected != 0 ? 1 : 0;
                        continue;
                    }

                    var what = $"{name}[{c}]: truth {expected.ToString(CultureInfo.InvariantCulture)}, read {(got is null ? "nothing" : got.Value.ToString(CultureInfo.InvariantCulture))}";
                    if (got is null)
                    {
                        Missing += expected != 0 ? 1 : 0;
                        lines.Add($"    missing {what}{(row.Warned ? " (warned)" : string.Empty)}");
                    }
                    else
                    {
                        Wrong += expected != 0 ? 1 : 0;
                        lines.Add($"    wrong   {what}{(row.Warned ? " (warned)" : row.TableWarned ? " SILENT (only a table-level warning)" : " SILENT")}");
                        if (!row.Warned)
                        {
                            Silent++;
                            Unflagged += row.TableWarned ? 0 : 1;
                            silentAll.Add($"{file} {what}{(row.TableWarned ? " (table-level warning only)" : string.Empty)}");
                        }
                    }
                }

                break;
        }
    }

    public void CountAllMissing(JsonObject truth)
    {
        foreach (var cell in truth.Where(p => p.Value is JsonObject).SelectMany(p => p.Value!.AsObject()).Select(r => r.Value).OfType<JsonArray>().SelectMany(a => a))
        {
            if (cell?.GetValue<decimal>() is { } v)
            {
                Cells++;
                NonZero += v != 0 ? 1 : 0;
                Missing += v != 0 ? 1 : 0;
            }
        }
    }

    public void Merge(Tally other)
    {
        NonZero += other.NonZero;
        Right += other.Right;
        Wrong += other.Wrong;
        Missing += other.Missing;
        Cells += other.Cells;
        CellsRight += other.CellsRight;
        Silent += other.Silent;
        Unflagged += other.Unflagged;
        InventedRows += other.InventedRows;
        AmbiguousUnflagged += other.AmbiguousUnflagged;
    }

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"non-zero {NonZero}, right {Right} ({Percent(Right, NonZero)}), wrong {Wrong}, missing {Missing}; all cells {CellsRight}/{Cells} ({Percent(CellsRight, Cells)}); silent errors (any cell) {Silent}, of them with no table-level warning either {Unflagged}; rows invented {InventedRows}; ambiguous unflagged {AmbiguousUnflagged}{(Unreadable ? "; NOT READ" : string.Empty)}");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static string Join(IReadOnlyList<decimal?>? cells) =>
        cells is null ? "nothing" : string.Join(",", cells.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "·"));
}

/// <summary>A web page saved in GBK, as many government sites still serve them, must read as its UTF-8 original.</summary>
internal static partial class GbkCopy
{
    public static string Compare(string path, Gongkai.Domain.Reports.AnnualReport original)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var html = CharsetMeta().Replace(File.ReadAllText(path), "");
        var bytes = System.Text.Encoding.GetEncoding("GB18030").GetBytes(html);
        var copy = ReportReader.Read(Path.GetFileName(path), bytes).Report;
        var same = copy is not null && Json(copy) == Json(original);
        return same ? "GBK copy (no charset declared): reads the same" : "GBK copy (no charset declared): READS DIFFERENTLY";
    }

    private static string Json(Gongkai.Domain.Reports.AnnualReport report) =>
        Gongkai.Documents.Json.ReportJson.Serialize(report with { Source = null }, indented: false);

    [System.Text.RegularExpressions.GeneratedRegex("<meta[^>]*charset[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CharsetMeta();
}
