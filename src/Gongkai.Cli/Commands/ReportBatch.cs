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

    public static void Run(IReadOnlyList<string> files, Func<string, FileReading> read, Action<FileReading> consume)
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

    // Chunk k+1 is read on the pool while chunk k is handed back on this thread, so that writing the output does
    // not leave the cores idle; two chunks are in memory at most.
    private static void Process(IReadOnlyList<string> files, Func<string, FileReading> read, Action<FileReading> consume, Action<int>? progress)
    {
        Task<FileReading[]>? next = files.Count > 0 ? ReadChunk(files, 0, read) : null;
        for (var start = 0; next is not null; start += ChunkSize)
        {
            var results = next.GetAwaiter().GetResult();
            next = start + ChunkSize < files.Count ? ReadChunk(files, start + ChunkSize, read) : null;
            foreach (var result in results)
            {
                consume(result);
            }

            progress?.Invoke(results.Length);
        }
    }

    private static Task<FileReading[]> ReadChunk(IReadOnlyList<string> files, int start, Func<string, FileReading> read) => Task.Run(() =>
    {
        var results = new FileReading[Math.Min(ChunkSize, files.Count - start)];
        Parallel.For(0, results.Length, i => results[i] = read(files[start + i]));
        return results;
    });
}
