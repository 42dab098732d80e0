using System.Text.Json.Nodes;
using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>Compares a read report with a truth file of the corpus (report-json.md keys).</summary>
internal static class Golden
{
    public static List<string> Compare(AnnualReport report, JsonObject truth)
    {
        var comparison = TruthComparison.Of(report, truth);
        var problems = new List<string>(comparison.HeaderMismatches);
        foreach (var row in comparison.Rows)
        {
            var name = row.Row is null ? row.Table.ToString() : $"{row.Table}.{row.Row}";
            switch (row.Kind)
            {
                case TruthRowKind.Absent when row.Read is not null:
                    problems.Add(row.Row is null ? $"{name}: truth has no table, read one" : $"{name}: truth has no row, read {string.Join(",", row.Read)}");
                    break;
                case TruthRowKind.Ambiguous when !row.Warned:
                    // "AMBIGUOUS: …": the row (or table) must be flagged.
                    problems.Add($"{name}: truth says {row.Note}, but no warning");
                    break;
                case TruthRowKind.Cells when row.Read is null:
                    problems.Add($"{name}: row missing");
                    break;
                case TruthRowKind.Cells when !row.ExactlyEqual:
                    problems.Add($"{name}: read [{string.Join(",", row.Read!)}], truth [{string.Join(",", row.Truth)}]");
                    break;
            }
        }

        return problems;
    }

    /// <summary>
    /// The golden check every reader's test makes: the file was read, and every cell its truth knows is equal (rows
    /// and tables the truth marks AMBIGUOUS carry a warning); on a mismatch the report as read is written beside.
    /// </summary>
    public static void AssertReadsToTruth(string name, FileReading result, string truthPath)
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
