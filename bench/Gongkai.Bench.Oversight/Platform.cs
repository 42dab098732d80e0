using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gongkai.Data;
using Gongkai.Testing;

namespace Gongkai.Bench.Oversight;

/// <summary>
/// The Release build of Gongkai.Web run as deployed (Production environment, Kestrel on a free 127.0.0.1 port, its
/// import worker on) on the bench's database; stopped and its process tree ended on dispose.
/// </summary>
internal sealed class Platform : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TextWriter _log;

    private Platform(Process process, TextWriter logWriter, Uri address, string log)
    {
        _process = process;
        _log = logWriter;
        Address = address;
        Log = log;
    }

    public Uri Address { get; }

    public string Log { get; }

    /// <summary>The processor time the platform's process has used so far (all its threads).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<Platform> StartAsync(DatabaseProvider provider, string connectionString, bool build, bool worker)
    {
        var web = Path.Combine(Corpus.RepositoryRoot, "src", "Gongkai.Web");
        if (build)
        {
            Run("dotnet", Corpus.RepositoryRoot, "build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(web, "Gongkai.Web.csproj"));
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            Path.Combine(web, "bin", "Release", "net10.0", "Gongkai.Web.dll"), "--urls", $"http://127.0.0.1:{port}",
            "--Database:Provider", provider.ToString(), "--ConnectionStrings:Gongkai", connectionString, "--Gongkai:DemoData", "false",
            "--Gongkai:ImportWorker", worker ? "true" : "false",
        })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start Gongkai.Web.");
        var log = Path.Combine(Path.GetTempPath(), $"gongkai-bench-oversight-{port}.log");
        var writer = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => writer.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => writer.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var platform = new Platform(process, writer, new Uri($"http://127.0.0.1:{port}/"), log);
        Console.WriteLine($"platform: pid {process.Id} on 127.0.0.1:{port}, Release, Production, log {log}");
        await platform.WaitUntilUpAsync();
        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Gongkai.Web exited with {_process.ExitCode}; see {Log}.");
            }

            try
            {
                using var response = await http.GetAsync("api/portal/agencies");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Gongkai.Web did not answer within 120 s; see {Log}.");
    }

    private static void Run(string file, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
