using Gongkai.Cli.Commands;
using Gongkai.Documents;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>Many files are read on all cores, the next chunk while the last is written, and handed back in input order.</summary>
public sealed class ReportBatchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1000)]
    public void Results_come_back_once_each_in_input_order(int count)
    {
        var files = Enumerable.Range(0, count).Select(i => $"{i:D5}.txt").ToList();
        var consumed = new List<string>();
        // Reads that finish out of order: later files in a chunk are quicker than earlier ones.
        ReportBatch.Run(files, path =>
        {
            Thread.SpinWait(int.Parse(path[..5], System.Globalization.CultureInfo.InvariantCulture) % 7 * 2000);
            return FileReading.Failure(path, "测试");
        }, result => consumed.Add(result.Source));
        Assert.Equal(files, consumed);
    }

    [Fact]
    public void Reading_goes_on_while_results_are_written()
    {
        var files = Enumerable.Range(0, 512).Select(i => $"{i:D5}.txt").ToList();
        using var nextChunkRead = new ManualResetEventSlim();
        var overlapped = false;
        // On its own thread, as on the command's main thread: the reads go to the pool.
        var run = new Thread(() => ReportBatch.Run(files, path =>
        {
            if (string.CompareOrdinal(path, "00256.txt") >= 0)
            {
                nextChunkRead.Set();
            }

            return FileReading.Failure(path, "测试");
        }, result =>
        {
            // While the first result is being written, the second chunk is read (a bound, not a race: the pool may
            // be slow to give a thread while other tests hold them).
            if (result.Source == "00000.txt")
            {
                overlapped = nextChunkRead.Wait(TimeSpan.FromSeconds(20));
            }
        }));
        run.Start();
        run.Join();
        Assert.True(overlapped);
    }
}
