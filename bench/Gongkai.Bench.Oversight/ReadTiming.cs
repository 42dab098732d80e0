using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Gongkai.Bench.Oversight;

/// <summary>
/// Times what a supervisor reads once the store is full: the matrix of 发布情况 for the whole tree and every year,
/// and single reports (the JSON of <c>/api/oversight/reports/{id}</c>, and the page <c>/oversight/reports/{id}</c>
/// where this build has it). Each after warm-up requests; the time is the request's round trip on 127.0.0.1, which
/// is the server's time and a fraction of a millisecond of loopback.
/// </summary>
internal static class ReadTiming
{
    public static async Task MatrixAsync(HttpClient http, int firstYear, int lastYear, int runs)
    {
        var path = $"api/oversight/matrix?from={firstYear}&to={lastYear}";
        var (times, bytes, status) = await TimeAsync(http, [path], warmup: 3, runs);
        Console.WriteLine($"matrix: GET /{path}: {status}, {bytes / 1024.0:N0} KB; ms over {runs}: median {Median(times):N1}, min {times.Min():N1}, max {times.Max():N1} (target < 300)");
    }

    /// <summary>
    /// The pages that judge a whole subtree (指标与图表 over every year, 问题清单 and 考评 of the last year, 雷同报告 of
    /// the last year) and one unit over the years; fewer runs, as each reads every stored reading it covers.
    /// </summary>
    public static async Task JudgingAsync(HttpClient http, int firstYear, int lastYear, int unitId, int runs)
    {
        foreach (var (label, path) in new[]
        {
            ("figures", $"oversight/figures?from={firstYear}&to={lastYear}"),
            ("problems", $"oversight/problems?from={lastYear}&to={lastYear}"),
            ("problems, every year (the cross-year rules over every stored report)", $"oversight/problems?from={firstYear}&to={lastYear}"),
            ("scoring", $"oversight/scoring?year={lastYear}"),
            ("similar", $"oversight/similar?year={lastYear}"),
            ("unit", $"oversight/units/{unitId}"),
        })
        {
            var (times, bytes, status) = await TimeAsync(http, [path], warmup: 1, runs);
            Console.WriteLine(status == HttpStatusCode.OK
                ? $"{label}: GET /{path}: {bytes / 1024.0:N0} KB; ms over {runs}: median {Median(times):N1}, min {times.Min():N1}, max {times.Max():N1} (target < 300)"
                : $"{label}: GET /{path}: {(int)status} {status}");
        }
    }

    public static async Task ReportsAsync(HttpClient http, IReadOnlyList<int> ids, int runs)
    {
        foreach (var template in new[] { "api/oversight/reports/{0}", "oversight/reports/{0}" })
        {
            var paths = ids.Select(id => string.Format(CultureInfo.InvariantCulture, template, id)).ToList();
            var (times, bytes, status) = await TimeAsync(http, paths, warmup: 5, runs);
            var label = "/" + template.Replace("{0}", "{id}", StringComparison.Ordinal);
            if (status != HttpStatusCode.OK)
            {
                Console.WriteLine($"report: GET {label}: {(int)status} {status} (not in this build)");
                continue;
            }

            Console.WriteLine($"report: GET {label} over {runs} reports: {bytes / 1024.0:N0} KB each; ms median {Median(times):N1}, p90 {P(times, 0.9):N1}, max {times.Max():N1} (target < 100)");
        }
    }

    private static async Task<(double[] Times, long Bytes, HttpStatusCode Status)> TimeAsync(HttpClient http, List<string> paths, int warmup, int runs)
    {
        var status = HttpStatusCode.OK;
        long bytes = 0;
        for (var i = 0; i < warmup; i++)
        {
            using var response = await http.GetAsync(paths[i % paths.Count]);
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                return ([0], 0, status);
            }
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(paths[i % paths.Count], HttpCompletionOption.ResponseContentRead);
            var body = await response.Content.ReadAsByteArrayAsync();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            status = response.StatusCode;
            bytes = body.Length;
        }

        return (times, bytes, status);
    }

    private static double Median(double[] values) => P(values, 0.5);

    private static double P(double[] values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
