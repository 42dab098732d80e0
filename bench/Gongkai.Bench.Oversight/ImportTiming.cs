using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Bench.Oversight;

/// <summary>One generated report file.</summary>
internal sealed record ReportFile(string Name, byte[] Bytes);

/// <summary>
/// Generates one text report per unit and year (title 「{单位}{年}年度政府信息公开工作年度报告」 in the spaced layouts
/// of the corpus bench), uploads them through <c>POST /api/oversight/imports</c> in batches as <c>gongkai import</c>
/// does, and follows the batches until the platform's worker has read every file: reports per second end to end.
/// </summary>
internal static class ImportTiming
{
    private static readonly TextLayout[] Layouts =
        [TextLayout.TabSeparated, TextLayout.OneCellPerLine, TextLayout.SingleLine, TextLayout.BrokenLabels, TextLayout.Markdown, TextLayout.PdfLayout];

    public static List<ReportFile> Generate(IReadOnlyList<GeneratedUnit> units, int firstYear, int lastYear)
    {
        var random = new Random(2026);
        var files = new List<ReportFile>(units.Count * (lastYear - firstYear + 1));
        for (var year = firstYear; year <= lastYear; year++)
        {
            // The 2021 format applies from the reports on 2021 (国办公开办函〔2021〕30号); earlier ones use the 2019 trial.
            var template = year >= 2021 ? ReportTemplate.Format2021 : ReportTemplate.Trial2019;
            for (var u = 0; u < units.Count; u++)
            {
                var report = ReportGenerator.Generate(random, template, year) with { Agency = units[u].Name };
                var text = TextLayouts.Write(report, Layouts[(u + year) % Layouts.Length]);
                files.Add(new ReportFile($"{u:D5}-{year}.txt", Encoding.UTF8.GetBytes(text)));
            }
        }

        return files;
    }

    /// <summary>Uploads every file in requests of <paramref name="batchSize"/>; returns the batches' ids.</summary>
    public static async Task<List<int>> UploadAsync(HttpClient http, Platform platform, IReadOnlyList<ReportFile> files, int batchSize)
    {
        var cpuBefore = platform.ProcessorTime;
        var megabytes = files.Sum(f => (long)f.Bytes.Length) / 1048576.0;
        Console.WriteLine($"import: {files.Count:N0} reports ({megabytes:N1} MB) in requests of {batchSize}");
        var clock = Stopwatch.StartNew();
        var batches = new List<int>();
        for (var i = 0; i < files.Count; i += batchSize)
        {
            using var form = new MultipartFormDataContent();
            foreach (var f in files.Skip(i).Take(batchSize))
            {
                var part = new ByteArrayContent(f.Bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                form.Add(part, "files", f.Name);
            }

            using var response = await http.PostAsync("api/oversight/imports", form);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<UploadAnswer>(Http.Json);
            batches.Add(answer!.BatchId);
        }

        var uploaded = clock.Elapsed;
        var cpu = platform.ProcessorTime - cpuBefore;
        Console.WriteLine($"  uploaded in {uploaded.TotalSeconds:N1} s ({files.Count / uploaded.TotalSeconds:N0} files/s, {megabytes / uploaded.TotalSeconds:N1} MB/s), platform processor time {cpu.TotalSeconds:N1} s");
        return batches;
    }

    /// <summary>
    /// Follows the batches until the worker has finished every file; <paramref name="clock"/> runs from the first
    /// upload when the worker read alongside it, from now when the files were queued beforehand.
    /// </summary>
    public static async Task<Dictionary<string, int>> FollowAsync(HttpClient http, Platform platform, List<int> batches, int files, int batchSize, Stopwatch clock, TimeSpan cpuBefore)
    {
        // The worker takes the queue in id order, so batches finish in order: follow the first that is not done.
        var next = 0;
        var lastLine = Stopwatch.StartNew();
        while (next < batches.Count)
        {
            var progress = await ProgressAsync(http, batches[next]);
            if (progress.Done)
            {
                next++;
                continue;
            }

            if (lastLine.Elapsed > TimeSpan.FromSeconds(10))
            {
                var finished = next * batchSize + progress.Finished;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds:N0} s: {finished:N0} read ({finished / clock.Elapsed.TotalSeconds:N0}/s)");
                lastLine.Restart();
            }

            await Task.Delay(250);
        }

        var total = clock.Elapsed;
        var cpu = platform.ProcessorTime - cpuBefore;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in batches)
        {
            foreach (var (state, n) in (await ProgressAsync(http, id)).Counts)
            {
                counts[state] = counts.GetValueOrDefault(state) + n;
            }
        }

        Console.WriteLine($"  all read in {total.TotalSeconds:N1} s: {files / total.TotalSeconds:N0} reports/s (target ≥ 200 end to end)");
        // On a machine shared with other work the wall clock says more about the neighbours than about the platform;
        // the platform's own processor time does not depend on them (much).
        Console.WriteLine($"  platform processor time {cpu.TotalSeconds:N1} s: {files / cpu.TotalSeconds:N0} reports per processor-second; machine load average {LoadAverage()}");
        Console.WriteLine($"  states: {string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value:N0}"))}");
        return counts;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<ProgressAnswer> ProgressAsync(HttpClient http, int batch) =>
        (await http.GetFromJsonAsync<ProgressAnswer>($"api/oversight/imports/{batch}?items=false", Http.Json))!;

    private sealed record UploadAnswer(int BatchId, int Queued, IReadOnlyList<string> Refused);

    private sealed record ProgressAnswer(int BatchId, int Total, int Finished, bool Done, Dictionary<string, int> Counts);
}
