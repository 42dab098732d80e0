using System.Diagnostics;
using System.Globalization;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Similarity;
using Gongkai.Testing;

// Near-duplicate search (X09) over one year's reports of a region: generates N narratives (parts 一, 五, 六) of
// distinct units, plants C copies (another unit's report with the name replaced, the figures changed and 0–2
// sentences rewritten), then times normalising and shingling every report and the MinHash/LSH search, and prints
// the precision and recall of the pairs found against the planted ones.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench.Similarity -- [N] [C]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var copies = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
const int year = 2024;
var random = new Random(2024);

var reports = new AnnualReport[count];
for (var i = 0; i < count; i++)
{
    var name = NarrativeGenerator.UnitName(i);
    reports[i] = new AnnualReport(ReportTemplate.Format2021) { Agency = name, Year = year, Sections = NarrativeGenerator.Sections(random, name, year) };
}

// Each planted copy has its own source and its own copier, so the planted pairs are all the true pairs.
var order = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
var planted = new HashSet<(int, int)>();
for (var k = 0; k < copies; k++)
{
    var (source, copier) = (order[2 * k], order[(2 * k) + 1]);
    var sections = NarrativeGenerator.Copy(random, reports[source].Sections, reports[source].Agency!, reports[copier].Agency!, edits: random.Next(3), year);
    reports[copier] = reports[copier] with { Sections = sections };
    planted.Add((Math.Min(source, copier), Math.Max(source, copier)));
}

var characters = reports.Sum(r => r.Sections.Sum(s => s.Text.Length));
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
var shingles = new ulong[count][];
Parallel.For(0, count, i => shingles[i] = TextReuse.NarrativeShingles(reports[i]));
var shingling = watch.Elapsed;
var shinglingCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
var result = NearDuplicateSearch.Find(shingles);
var total = watch.Elapsed;
var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;

var found = result.Pairs.Select(p => (p.First, p.Second)).ToHashSet();
var truePositives = found.Count(planted.Contains);
var precision = found.Count == 0 ? 1 : (double)truePositives / found.Count;
var recall = planted.Count == 0 ? 1 : (double)truePositives / planted.Count;
var kept = NearDuplicateSearch.WithoutBoilerplate(shingles).Kept;
var plantedJaccard = planted.Select(p => Shingles.Jaccard(kept[p.Item1], kept[p.Item2])).Order().ToArray();
var reachable = plantedJaccard.Count(j => j >= NearDuplicateSearch.DefaultThreshold);

Console.WriteLine($"reports: {count} ({characters / 1e6:F1} M characters of parts 一/五/六), planted copies: {planted.Count}");
Console.WriteLine($"normalise + shingle:     {shingling.TotalSeconds:F2} s, processor {shinglingCpu.TotalSeconds:F2} s  ({shingles.Average(s => s.Length):F0} shingles a report)");
Console.WriteLine($"MinHash + LSH + confirm: {(total - shingling).TotalSeconds:F2} s, processor {(cpuTime - shinglingCpu).TotalSeconds:F2} s  ({result.Candidates} candidate pairs, {result.BoilerplateShingles} boilerplate shingles left out)");
Console.WriteLine($"total:                   {total.TotalSeconds:F2} s  (target under 10 s; {cpuTime.TotalSeconds:F2} s of processor time on {Environment.ProcessorCount} cores, load average {LoadAverage()})");
Console.WriteLine($"pairs found: {found.Count} (Jaccard ≥ {NearDuplicateSearch.DefaultThreshold}), precision {precision:P1}, recall {recall:P1} of the planted copies");
if (plantedJaccard.Length > 0)
{
    // Copies edited below the threshold are not near-duplicates by definition; the search should miss only those.
    Console.WriteLine($"planted pairs' Jaccard without boilerplate: min {plantedJaccard[0]:F2}, median {plantedJaccard[plantedJaccard.Length / 2]:F2}; "
        + $"{reachable} at ≥ {NearDuplicateSearch.DefaultThreshold}, of which found {(reachable == 0 ? 1 : (double)truePositives / reachable):P1} (the LSH's recall)");
}

// The machine's 1-minute load average (Linux), to read the wall-clock figure by: the cores are shared.
static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
