using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Gongkai.Testing;

/// <summary>
/// A throwaway PostgreSQL server for the tests: a new cluster in a folder of the run's (<see cref="TestRun"/>),
/// started on a free loopback port with trust authentication, stopped and removed on dispose and, at the latest,
/// when the run ends, even if it ends by a kill. Needs Debian's <c>postgresql</c> package (installed by
/// <c>.ci/run</c>); as root the server runs as the <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private bool _disposed;

    private PostgresServer(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> on this server as the superuser.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Creates the cluster and starts it; throws with the install hint when PostgreSQL is missing.</summary>
    public static PostgresServer Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: install Debian's postgresql package (.ci/run does).");
        }

        var dir = TestRun.NewFolder("pg-");
        if (IsRoot)
        {
            Run("chown", "postgres:postgres", dir);
        }

        var port = FreePort();
        var server = new PostgresServer(bin, dir, port);
        TestRun.OnExit(server.Dispose, server.StopCommand());
        server.RunAsOwner("initdb", "-D", Path.Combine(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        server.RunAsOwner(
            "pg_ctl", "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port.ToString(CultureInfo.InvariantCulture)} -h 127.0.0.1 -k {dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        return server;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (File.Exists(Path.Combine(_dir, "data", "postmaster.pid")))
            {
                RunAsOwner("pg_ctl", "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>The shell command that stops the server, for the run's watcher.</summary>
    private string StopCommand()
    {
        var stop = $"'{Path.Combine(_bin, "pg_ctl")}' -D '{Path.Combine(_dir, "data")}' -m immediate -w stop";
        return IsRoot ? $"runuser -u postgres -- {stop}" : stop;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private void RunAsOwner(string tool, params string[] args)
    {
        var path = Path.Combine(_bin, tool);
        if (IsRoot)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
