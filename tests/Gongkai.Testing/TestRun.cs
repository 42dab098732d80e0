using System.Diagnostics;
using System.Text;

namespace Gongkai.Testing;

/// <summary>
/// The one temporary folder of a test run (<c>/tmp/gongkai-tests-PID-…</c>): every database file, throwaway server
/// and scratch folder of the tests lives under it, and it is removed when the run ends, failed tests or not. Two
/// things remove it: the run itself on exit (<see cref="AppDomain.ProcessExit"/>), and, in case the test host is
/// killed before that runs, a small watcher started with it that waits for the host process to end, runs the
/// stop commands registered with <see cref="OnExit"/> (a PostgreSQL server's <c>pg_ctl stop</c>) and deletes the folder.
/// </summary>
public static class TestRun
{
    private static readonly Lazy<string> Root = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly List<(Action Cleanup, string Command)> Cleanups = [];
    private static readonly Lock Gate = new();
    private static bool _cleaned;

    /// <summary>The run's folder, created on first use.</summary>
    public static string Folder => Root.Value;

    /// <summary>A new empty folder under the run's folder.</summary>
    public static string NewFolder(string prefix)
    {
        var dir = Path.Combine(Folder, prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// Registers what to undo when the run ends: <paramref name="cleanup"/> in this process, and the same as a shell
    /// <paramref name="command"/> for the watcher when the process did not get to run it. Cleanups run last first.
    /// </summary>
    public static void OnExit(Action cleanup, string command)
    {
        ArgumentNullException.ThrowIfNull(cleanup);
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        lock (Gate)
        {
            Cleanups.Add((cleanup, command));
            File.AppendAllText(Path.Combine(Folder, "on-exit.sh"), command + "\n", Encoding.UTF8);
        }
    }

    /// <summary>Undoes everything registered and deletes the run's folder; run on exit, safe to call twice.</summary>
    public static void CleanUp()
    {
        List<(Action Cleanup, string Command)> cleanups;
        lock (Gate)
        {
            if (_cleaned || !Root.IsValueCreated)
            {
                return;
            }

            _cleaned = true;
            cleanups = [.. Cleanups];
        }

        cleanups.Reverse();
        foreach (var (cleanup, _) in cleanups)
        {
            try
            {
                cleanup();
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                Console.Error.WriteLine($"Test run clean-up: {ex.Message}");
            }
        }

        try
        {
            Directory.Delete(Root.Value, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Test run clean-up: {ex.Message}");
        }
    }

    private static string Create()
    {
        var dir = Directory.CreateTempSubdirectory($"gongkai-tests-{Environment.ProcessId}-").FullName;

        // Traversable by others: as root the throwaway PostgreSQL server runs as the postgres user inside it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanUp();
        StartWatcher(dir);
        return dir;
    }

    // setsid puts the watcher in its own session, so stopping the test host's process group does not stop it.
    private static void StartWatcher(string dir)
    {
        var script = $"""
            exec >/dev/null 2>&1 </dev/null
            while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done
            if [ -d '{dir}' ]; then
              [ -f '{dir}/on-exit.sh' ] && tac '{dir}/on-exit.sh' | sh
              rm -rf '{dir}'
            fi
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "sh", "-c", script })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var watcher = Process.Start(start);
            watcher?.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.Error.WriteLine($"Test run: no watcher ({ex.Message}); the folder is removed on a normal exit only.");
        }
    }
}
