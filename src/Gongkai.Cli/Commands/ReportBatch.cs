using Gongkai.Documents;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// Reads many files on all cores and hands the results back in input order, a chunk at a time, so that thousands
/// of files go through one process in bounded memory. Shows a progress bar on stderr when it is a terminal.
/// </summary>
internal static class ReportBatch
{
    private const int ChunkSize = 256;

    public static void Run(IReadOnlyList<string> files, Func<string, ReadResult> read, Action<ReadResult> consume)
    {
        var showProgress = files.Count >= 50 && !Console.IsErrorRedirected;
        if (!showProgress)
        {
            Process(files, read, consume, null);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("读取报告", maxValue: files.Count);
                Process(files, read, consume, n => task.Increment(n));
            });
    }

    private static void Process(IReadOnlyList<string> files, Func<string, ReadResult> read, Action<ReadResult> consume, Action<int>? progress)
    {
        var results = new ReadResult[Math.Min(ChunkSize, files.Count)];
        for (var start = 0; start < files.Count; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, files.Count - start);
            Parallel.For(0, count, i => results[i] = read(files[start + i]));
            for (var i = 0; i < count; i++)
            {
                consume(results[i]);
            }

            progress?.Invoke(count);
        }
    }
}
