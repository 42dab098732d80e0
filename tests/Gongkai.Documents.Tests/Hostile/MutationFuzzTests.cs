using System.Diagnostics;
using System.Text;
using Gongkai.Documents.Tests.Writers;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Hostile;

/// <summary>
/// Mutates the corpus (the seeds, their truths written in every format, the PDFs) in every input form for a few
/// seconds each, from a fixed seed, and reads each mutant: no exception escapes the reader, each read ends in
/// bounded time and memory, and whenever a report comes back the rules' findings are on it (a broken sum is
/// always said). A failing case names its form, number and damage, and comes back with the same seed.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int Seed = 20261202;

    /// <summary>How long each form is mutated: a few seconds, as many cases as fit (at most <see cref="MaxCases"/>).</summary>
    private static readonly TimeSpan PerForm = TimeSpan.FromSeconds(2);

    private const int MaxCases = 300;

    public static TheoryData<string> Forms() =>
    [
        "txt:flip", "txt:truncate", "md:flip", "html:flip", "html:truncate", "html:nesting",
        "docx:flip", "docx:truncate", "docx:attribute", "docx:structure", "docx:nesting",
        "xlsx:flip", "xlsx:truncate", "xlsx:attribute", "xlsx:structure",
        "json:type", "json:truncate", "json:nesting", "csv:flip", "csv:truncate", "pdf:flip", "pdf:truncate",
    ];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Mutants_end_in_a_result_with_the_rules_findings(string form)
    {
        var (format, damage) = (form[..form.IndexOf(':', StringComparison.Ordinal)], form[(form.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var random = new Random(Seed + form.Sum(c => c));
        var sources = Sources(format);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        while (cases < MaxCases && (clock.Elapsed < PerForm || cases == 0))
        {
            var (name, original) = sources[random.Next(sources.Count)];
            var mutant = Mutate(damage, format, original, random, out var what);
            Check($"{form} #{cases} {name}: {what}", $"mutant.{format}", mutant);
            cases++;
        }
    }

    private static void Check(string label, string name, byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        var result = ReportReader.Read(name, bytes);
        // Guards against a hang and a runaway, not targets: generous for a loaded two-core machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{label}: took {clock.Elapsed}");
        Assert.True(GC.GetTotalMemory(false) < 2L << 30, $"{label}: {GC.GetTotalMemory(false) >> 20} MB in use");
        Assert.True(result.Fault is null, $"{label}: {result.Fault}");
        if (result.Report is not { } report)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error), label);
            return;
        }

        foreach (var finding in ReportRules.Check(report))
        {
            Assert.True(report.Findings.Contains(finding), $"{label}: the rules find 「{finding.Message}」 but the report does not say it");
        }
    }

    private static byte[] Mutate(string damage, string format, byte[] original, Random random, out string what)
    {
        switch (damage)
        {
            case "flip":
                return Mutations.FlipBytes(original, random, out what);
            case "truncate":
                return Mutations.Truncate(original, random, out what);
            case "attribute":
                return Mutations.DamageAttribute(original, random, out what);
            case "structure":
                return Mutations.DamageStructure(original, random, out what);
            case "type":
                return Mutations.DamageJson(original, random, out what);
            case "nesting" when format == "docx":
                return Mutations.NestXml(original, random.Next(1, 600), "w:sdt", out what);
            case "nesting" when format == "html":
                var depth = random.Next(1, 4000);
                what = $"div nested {depth}";
                var html = Encoding.UTF8.GetString(original);
                var body = html.IndexOf("<body>", StringComparison.Ordinal) + 6;
                return Encoding.UTF8.GetBytes(html[..body] + string.Concat(Enumerable.Repeat("<div>", depth)) + html[body..]);
            case "nesting" when format == "json":
                var levels = random.Next(1, 3000);
                what = $"array nested {levels}";
                var json = Encoding.UTF8.GetString(original);
                var at = json.IndexOf("\"proactive\":", StringComparison.Ordinal) + 12;
                return Encoding.UTF8.GetBytes(json[..at] + new string('[', levels) + new string(']', levels) + ", \"proactiveAsWritten\":" + json[at..]);
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "No such damage.");
        }
    }

    /// <summary>The originals of a format: seed texts and PDFs as published, every truth written by Gongkai's writers.</summary>
    private static List<(string Name, byte[] Bytes)> Sources(string format) => format switch
    {
        "txt" => [.. Corpus.SeedTexts().Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))],
        "pdf" => [.. Directory.EnumerateFiles(Corpus.Pdf, "*.pdf").Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))],
        _ => [.. TruthReports.Names().Select(n => (n, ReportWriters.Write(TruthReports.Load(n), format)))],
    };
}
