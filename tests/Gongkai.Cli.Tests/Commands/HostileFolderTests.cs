using System.Diagnostics;
using System.Text.Json.Nodes;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// The hostile folder cases of shared/corpus/hostile/make_dir_cases.sh, built in a temporary folder and removed
/// after: symbolic-link loops (once a walk without end, once one report printed 41 times), a FIFO named .txt (a
/// read blocked for ever), a link to /dev/zero (4.2 GB, then a crash), a file name that is not UTF-8 (reported
/// missing); and a file reached by two names, read once. Each ends with a clear exit code and no stack trace, alone and among good reports, which are all read.
/// </summary>
public sealed class HostileFolderTests : IDisposable
{
    private static readonly string Report = Path.Combine(Corpus.Seeds, "000_6936dc3b40e04b6e.txt");

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"gongkai-hostile-{Guid.NewGuid():N}");

    public HostileFolderTests()
    {
        Directory.CreateDirectory(_root);
        Shell($"""
            cd "{_root}" &&
            mkdir -p loop2/sub && cp "{Report}" loop2/sub/report.txt && ln -sfn .. loop2/sub/loop && ln -sfn . loop2/self &&
            mkdir -p loop1/sub && cp "{Report}" loop1/sub/r.txt && ln -sfn .. loop1/sub/up &&
            mkdir -p fifo && mkfifo fifo/pipe.txt &&
            mkdir -p devzero && ln -sfn /dev/zero devzero/zero.txt &&
            mkdir -p badname && cp "{Report}" "$(printf 'badname/bad\377\376name.txt')" &&
            mkdir -p twice && cp "{Report}" twice/report.txt && ln -sfn report.txt twice/same.txt
            """);
    }

    public void Dispose() => Shell($"rm -rf \"{_root}\"");

    [Theory]
    [InlineData("loop2", 2, 1, "符号链接构成循环")]
    [InlineData("loop1", 2, 1, "符号链接构成循环")]
    [InlineData("fifo", 2, 0, "不是普通文件")]
    [InlineData("devzero", 2, 0, "不是普通文件")]
    [InlineData("badname", 2, 0, "文件名含有无法识别的字符")]
    [InlineData("twice", 0, 1, "")]
    public void Folder_case_alone_ends_with_its_reason(string folder, int exit, int reports, string reason)
    {
        var (code, stdout, stderr) = Timed("parse", Path.Combine(_root, folder), "--format", "jsonl");
        Assert.Equal(exit, code);
        Assert.Equal(reports, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Each_loop_is_reported_once_and_each_report_read_once()
    {
        var (_, stdout, stderr) = Timed("parse", Path.Combine(_root, "loop2"), "--format", "jsonl");
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, stderr.Split('\n').Count(l => l.Contains("符号链接构成循环", StringComparison.Ordinal)));
    }

    [Fact]
    public void Good_reports_beside_every_folder_case_are_all_read()
    {
        foreach (var seed in Corpus.SeedTexts())
        {
            File.Copy(seed, Path.Combine(_root, Path.GetFileName(seed)));
        }

        var (code, stdout, stderr) = Timed("parse", _root, "--format", "jsonl");
        Assert.Equal(2, code);
        var sources = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["source"]!.GetValue<string>()).ToList();
        Assert.All(Corpus.SeedTexts(), seed => Assert.Contains(Path.Combine(_root, Path.GetFileName(seed)), sources));
        // The seeds, and the copies in loop1, loop2 and badname's readable neighbours: each file once.
        Assert.Equal(sources.Count, sources.Distinct(StringComparer.Ordinal).Count());
        AssertNoStackTrace(stderr);
    }

    [Fact]
    public void Check_exits_2_on_a_file_it_cannot_read()
    {
        var (code, _, stderr) = Timed("check", Path.Combine(_root, "fifo", "pipe.txt"));
        Assert.Equal(2, code);
        AssertNoStackTrace(stderr);
    }

    private static (int Exit, string Stdout, string Stderr) Timed(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var result = CliProcess.Run(args);
        // A guard against a hang (the FIFO once blocked for ever), not a speed target.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 90);
        return result;
    }

    internal static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static void Shell(string script)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
