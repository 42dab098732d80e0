using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Writers;

/// <summary>Every truth file of the corpus (seeds and PDFs) as an <see cref="AnnualReport"/>, for round trips.</summary>
internal static class TruthReports
{
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Corpus.Seeds, "*.truth.json").Concat(Directory.EnumerateFiles(Corpus.Pdf, "*.truth.json"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static AnnualReport Load(string name)
    {
        var path = Path.Combine(name.StartsWith("hongze", StringComparison.Ordinal) ? Corpus.Pdf : Corpus.Seeds, name);
        var parsed = ReportJson.Parse(File.ReadAllText(path));
        var report = parsed.Value ?? throw new InvalidOperationException(parsed.Error);
        return report with { Source = name };
    }

    /// <summary>
    /// Differences between the tables written and those read back, over every cell the written report knows
    /// (truth rows marked AMBIGUOUS load as unknown cells and are not compared).
    /// </summary>
    public static List<string> CompareTables(AnnualReport written, AnnualReport read)
    {
        var problems = new List<string>();
        foreach (var id in Enum.GetValues<TableId>())
        {
            if (written.Table(id) is not { } expected)
            {
                continue;
            }

            if (read.Table(id) is not { } actual)
            {
                problems.Add($"{id}: missing");
                continue;
            }

            foreach (var (row, values) in expected.Rows)
            {
                if (values is not { } cells || cells.All(c => c is null))
                {
                    continue;
                }

                var got = actual.Spec.IndexOf(row.Key) >= 0 ? actual[row.Key] : null;
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is { } v && got?[c] != v)
                    {
                        problems.Add($"{id}.{row.Key}[{c}]: wrote {v}, read {(got is { } g ? g[c]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null" : "no row")}");
                    }
                }
            }
        }

        return problems;
    }
}
