using System.Globalization;
using System.Text.Json.Nodes;
using Gongkai.Documents;
using Gongkai.Testing;

// Accuracy on reports with a hand-written truth: every X.ext in the folder that has X.truth.json is read with
// ReportReader and compared cell by cell (TruthComparison, as the golden tests do). Prints per file and in total the
// non-zero truth cells, right, wrong, missing, and every silent error: a wrong cell with no warning or error on its
// row (those that at least have one on their whole table are told apart). A web page is also read as a GBK copy
// (its charset declaration dropped, so the encoding must be detected) and must read the same.
// Usage: dotnet run --project bench/Gongkai.Bench.Accuracy -- FOLDER [FOLDER…]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Gongkai.Bench.Accuracy FOLDER [FOLDER…]   (reads every X.ext that has X.truth.json)");
    return 2;
}

var total = new Tally();
var silentAll = new List<string>();
var files = 0;
var templatesRight = 0;
foreach (var folder in args)
{
    foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
    {
        if (path.EndsWith(".truth.json", StringComparison.Ordinal) || !File.Exists(Corpus.TruthFor(path)))
        {
            continue;
        }

        files++;
        var name = Path.GetFileName(path);
        var truth = JsonNode.Parse(File.ReadAllText(Corpus.TruthFor(path)))!.AsObject();
        var result = ReportReader.ReadFile(path);
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
            if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
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
        Console.WriteLine($"{name}: {tally}");
        lines.ForEach(Console.WriteLine);
    }
}

Console.WriteLine();
Console.WriteLine($"TOTAL {files} files, template right {templatesRight}/{files}: {total}");
Console.WriteLine($"silent errors: {silentAll.Count}");
silentAll.ForEach(s => Console.WriteLine("  " + s));
return 0;

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
