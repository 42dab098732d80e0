using System.Text.Json.Nodes;
using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Text;

/// <summary>Compares a read report with a truth file of the corpus (report-json.md keys).</summary>
internal static class Golden
{
    public static List<string> Compare(AnnualReport report, JsonObject truth)
    {
        var problems = new List<string>();
        if (truth["template"]?.GetValue<string>() is { } template && template != report.Template.Code)
        {
            problems.Add($"template {report.Template.Code}, truth {template}");
        }

        if (truth["year"]?.GetValue<int>() is { } year && year != report.Year)
        {
            problems.Add($"year {report.Year}, truth {year}");
        }

        if (truth["agency"]?.GetValue<string>() is { } agency && agency != report.Agency)
        {
            problems.Add($"agency {report.Agency}, truth {agency}");
        }

        foreach (var id in Enum.GetValues<TableId>())
        {
            var expected = truth[id.JsonKey()];
            var actual = report.Table(id);
            switch (expected)
            {
                case null:
                    if (actual is not null)
                    {
                        problems.Add($"{id}: truth has no table, read one");
                    }

                    break;
                case JsonValue ambiguous:
                    // "AMBIGUOUS: …": the table must be flagged.
                    if (!report.Findings.Any(f => f.Table == id && f.Severity >= Severity.Warning))
                    {
                        problems.Add($"{id}: truth says {ambiguous}, but no warning");
                    }

                    break;
                case JsonObject rows when actual is null:
                    problems.Add($"{id}: table missing");
                    _ = rows;
                    break;
                case JsonObject rows:
                    foreach (var (key, value) in rows)
                    {
                        CompareRow(report, id, actual!, key, value, problems);
                    }

                    break;
            }
        }

        return problems;
    }

    private static void CompareRow(AnnualReport report, TableId id, ReportTable actual, string key, JsonNode? value, List<string> problems)
    {
        var row = actual.Spec.IndexOf(key) >= 0 ? actual[key] : null;
        switch (value)
        {
            case null when row is not null:
                problems.Add($"{id}.{key}: truth has no row, read {string.Join(",", row.Value)}");
                break;
            case JsonValue when !report.Findings.Any(f => f.Table == id && f.Row == key && f.Severity >= Severity.Warning):
                problems.Add($"{id}.{key}: truth says {value}, but no warning on the row");
                break;
            case JsonArray cells when row is null:
                problems.Add($"{id}.{key}: row missing");
                break;
            case JsonArray cells:
                var expected = cells.Select(c => c?.GetValue<decimal>()).ToArray();
                if (!expected.SequenceEqual(row!.Value))
                {
                    problems.Add($"{id}.{key}: read [{string.Join(",", row.Value)}], truth [{string.Join(",", expected)}]");
                }

                break;
        }
    }

    /// <summary>
    /// The golden check every reader's test makes: the file was read, and every cell its truth knows is equal (rows
    /// and tables the truth marks AMBIGUOUS carry a warning); on a mismatch the report as read is written beside.
    /// </summary>
    public static void AssertReadsToTruth(string name, ReadResult result, string truthPath)
    {
        Assert.True(result.Succeeded, result.Error);
        AssertMatchesTruth(name, result.Report!, truthPath);
    }

    public static void AssertMatchesTruth(string name, AnnualReport report, string truthPath)
    {
        var mismatches = Compare(report, JsonNode.Parse(File.ReadAllText(truthPath))!.AsObject());
        if (mismatches.Count > 0)
        {
            WriteActual(name, report);
        }

        Assert.Empty(mismatches);
    }

    /// <summary>On a mismatch, the report as read goes to TestResults/golden/NAME.actual.json for a person to diff.</summary>
    public static void WriteActual(string name, AnnualReport report)
    {
        var dir = Path.Combine(Gongkai.Testing.Corpus.RepositoryRoot, "TestResults", "golden");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, Path.GetFileNameWithoutExtension(name) + ".actual.json"), ReportJson.Serialize(report));
    }
}
