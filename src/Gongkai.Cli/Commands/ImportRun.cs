using System.Diagnostics;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// Sends the batches one request after another, then asks after each batch until the platform's background reader
/// has finished every file: a progress bar on a terminal, a plain line every few seconds otherwise.
/// </summary>
internal static class ImportRun
{
    /// <summary>How often the platform is asked how far it got.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a plain progress line is written when no one watches a terminal.</summary>
    private static readonly TimeSpan PlainLineInterval = TimeSpan.FromSeconds(5);

    /// <summary>Uploads and follows the batches into <paramref name="summary"/>; returns how many files the platform took.</summary>
    public static async Task<int> UploadAndFollowAsync(ImportClient client, IReadOnlyList<ImportRequestBatch> batches, ImportSummary summary, CancellationToken cancellationToken)
    {
        var fileCount = batches.Sum(b => b.Files.Count);
        var progress = new List<ProgressAnswer?>();
        var answers = new List<UploadAnswer>();
        var work = async (Action<int, int, int, IReadOnlyDictionary<string, int>> report) =>
        {
            var uploaded = 0;
            foreach (var batch in batches)
            {
                try
                {
                    var answer = await client.UploadAsync(batch, cancellationToken);
                    answers.Add(answer);
                    progress.Add(null);
                    summary.Refuse(answer.Refused);
                }
                catch (ImportServerException e)
                {
                    summary.NotSent(batches.Skip(answers.Count).SelectMany(b => b.Files).Select(f => f.Path), e.Message);
                    break;
                }

                uploaded += batch.Files.Count;
                report(uploaded, 0, answers.Sum(a => a.Queued), Empty);
            }

            var queued = answers.Sum(a => a.Queued);
            try
            {
                while (true)
                {
                    for (var i = 0; i < answers.Count; i++)
                    {
                        if (progress[i] is not { Done: true })
                        {
                            progress[i] = await client.ProgressAsync(answers[i].BatchId, items: false, cancellationToken);
                        }
                    }

                    var counts = Sum(progress);
                    report(uploaded, progress.Sum(p => p!.Finished), queued, counts);
                    if (progress.All(p => p!.Done))
                    {
                        break;
                    }

                    await Task.Delay(PollInterval, cancellationToken);
                }

                for (var i = 0; i < answers.Count; i++)
                {
                    var p = progress[i]!;
                    summary.Count(p.Counts);
                    if (p.Counts.GetValueOrDefault("failed") + p.Counts.GetValueOrDefault("unplaced") > 0)
                    {
                        summary.Files((await client.ProgressAsync(answers[i].BatchId, items: true, cancellationToken)).Items);
                    }
                }
            }
            catch (ImportServerException e)
            {
                summary.Lost($"文件已上传，但查询读取进度时出错：{e.Message}。可在平台的导入页面查看结果");
            }
        };

        if (!Console.IsOutputRedirected)
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var upload = ctx.AddTask("上传", maxValue: fileCount);
                    var read = ctx.AddTask("读取", maxValue: Math.Max(1, fileCount));
                    await work((uploaded, finished, queued, counts) =>
                    {
                        upload.Value = uploaded;
                        read.MaxValue = Math.Max(1, queued);
                        read.Value = finished;
                        read.Description = $"读取 {finished}/{queued}  {ImportSummary.Brief(counts)}";
                    });
                    upload.StopTask();
                    read.StopTask();
                });
        }
        else
        {
            var last = Stopwatch.StartNew();
            var lastLine = "";
            await work((uploaded, finished, queued, counts) =>
            {
                var line = finished == 0 && counts.Count == 0
                    ? $"已上传 {uploaded}/{fileCount} 个文件"
                    : $"已读取 {finished}/{queued} 个文件  {ImportSummary.Brief(counts)}";
                var complete = uploaded == fileCount && finished == queued && counts.Count > 0;
                if (line != lastLine && (last.Elapsed >= PlainLineInterval || complete || lastLine.Length == 0))
                {
                    Console.WriteLine(line);
                    lastLine = line;
                    last.Restart();
                }
            });
        }

        return answers.Sum(a => a.Queued);
    }

    private static readonly Dictionary<string, int> Empty = [];

    private static Dictionary<string, int> Sum(IEnumerable<ProgressAnswer?> answers)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (state, count) in answers.OfType<ProgressAnswer>().SelectMany(a => a.Counts))
        {
            sum[state] = sum.GetValueOrDefault(state) + count;
        }

        return sum;
    }
}
