using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Web;

/// <summary>
/// <c>load</c>: the platform as deployed (Release build, Production environment, Kestrel on 127.0.0.1) on the seeded
/// database, and <c>--clients</c> concurrent loops that GET <c>--path</c> for <c>--seconds</c> (after
/// <c>--warmup</c> seconds not counted), each with a random real tracking code (<c>{code}</c>) and the last four
/// digits of its applicant's phone (<c>{phone4}</c>). Reports throughput, latency percentiles and errors.
/// </summary>
internal static class Load
{
    public static async Task RunAsync(BenchDatabase database, BenchOptions options)
    {
        var samples = await SampleAsync(database);
        Console.WriteLine($"load: {samples.Count:N0} sampled tracking codes; {options.Clients} clients (each every {options.IntervalMs} ms, 0 = back to back) for {options.Seconds} s (+{options.Warmup} s warm-up) on GET {options.Path}");
        var port = FreePort();
        using var server = StartPlatform(database, port);
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilUpAsync(http, server);

            var warmupEnd = Stopwatch.GetTimestamp() + (long)(options.Warmup * (double)Stopwatch.Frequency);
            var end = warmupEnd + (long)(options.Seconds * (double)Stopwatch.Frequency);
            var loops = Enumerable.Range(0, options.Clients).Select(i => Task.Run(() => LoopAsync(http, options.Path, samples, i, warmupEnd, end, TimeSpan.FromMilliseconds(options.IntervalMs)))).ToList();
            var results = await Task.WhenAll(loops);

            var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
            var errors = results.Sum(r => r.Errors);
            var statuses = results.SelectMany(r => r.Statuses).GroupBy(s => s).Select(g => $"{g.Key}×{g.Count():N0}");
            Console.WriteLine($"  {latencies.Length:N0} requests, {latencies.Length / (double)options.Seconds:N0} requests/s, errors {errors:N0} ({string.Join(", ", statuses)})");
            if (latencies.Length > 0)
            {
                Console.WriteLine($"  latency ms: p50 {P(latencies, 0.50):N2}  p95 {P(latencies, 0.95):N2}  p99 {P(latencies, 0.99):N2}  max {latencies[^1]:N2}  (target p99 < 50)");
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task<LoopResult> LoopAsync(HttpClient http, string path, IReadOnlyList<(string Code, string Phone4)> samples, int seed, long warmupEnd, long end, TimeSpan interval)
    {
        var rng = new Random(seed);
        var result = new LoopResult();

        // Paced clients start at random points of their period, as people do: started together they would stay in
        // step and send every request of the period in one burst.
        if (interval > TimeSpan.Zero)
        {
            await Task.Delay(interval * rng.NextDouble());
        }

        while (Stopwatch.GetTimestamp() < end)
        {
            var (code, phone4) = samples[rng.Next(samples.Count)];
            var url = path.Replace("{code}", code, StringComparison.Ordinal).Replace("{phone4}", phone4, StringComparison.Ordinal);
            var started = Stopwatch.GetTimestamp();
            HttpStatusCode? status = null;
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                status = response.StatusCode;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            var took = Stopwatch.GetElapsedTime(started);
            if (interval > TimeSpan.Zero && took < interval)
            {
                await Task.Delay(interval - took);
            }

            if (started < warmupEnd)
            {
                continue;
            }

            result.Latencies.Add(took.TotalMilliseconds);
            result.Statuses.Add(status is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "failed");
            if (status is not { } ok || (int)ok >= 400)
            {
                result.Errors++;
            }
        }

        return result;
    }

    private static async Task<IReadOnlyList<(string Code, string Phone4)>> SampleAsync(BenchDatabase database)
    {
        await using var db = database.Open();
        var rows = await db.Requests.AsNoTracking()
            .OrderBy(r => EF.Functions.Random())
            .Take(20_000)
            .Select(r => new { r.TrackingCode, r.ApplicantPhone })
            .ToListAsync();
        return rows.Count == 0
            ? throw new InvalidOperationException("No requests in the database: run seed first.")
            : [.. rows.Select(r => (r.TrackingCode, r.ApplicantPhone.Length >= 4 ? r.ApplicantPhone[^4..] : r.ApplicantPhone))];
    }

    // The Release build of Gongkai.Web, run as it is deployed.
    private static Process StartPlatform(BenchDatabase database, int port)
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "Gongkai.Web");
        Run("dotnet", root, "build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(web, "Gongkai.Web.csproj"));
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Gongkai.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            dll, "--urls", $"http://127.0.0.1:{port}", "--Database:Provider", database.Provider.ToString(),
            "--ConnectionStrings:Gongkai", database.ConnectionString, "--Gongkai:DemoData", "false",
        })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start Gongkai.Web.");
        var log = Path.Combine(Path.GetTempPath(), $"gongkai-bench-web-{port}.log");
        process.OutputDataReceived += (_, e) => File.AppendAllText(log, e.Data + Environment.NewLine);
        process.ErrorDataReceived += (_, e) => File.AppendAllText(log, e.Data + Environment.NewLine);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"  platform: pid {process.Id} on 127.0.0.1:{port}, Production, log {log}");
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient http, Process server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"Gongkai.Web exited with {server.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync("/api/portal/agencies");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("Gongkai.Web did not answer within 60 s.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }

    private static void Run(string file, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed.");
        }
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class LoopResult
    {
        public List<double> Latencies { get; } = [];

        public List<string> Statuses { get; } = [];

        public int Errors { get; set; }
    }
}
