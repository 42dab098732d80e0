using Gongkai.Data;
using Gongkai.Data.Oversight;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>Wakes the worker of this process when files were queued, instead of waiting for its next look.</summary>
public sealed class ImportSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0, int.MaxValue);

    public void Queued() => _queued.Release(ImportWorker.Loops);

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _queued.Dispose();
}

/// <summary>
/// The background reader of the import queue, one per platform process (<c>Gongkai:ImportWorker</c>, on by default):
/// claims a handful of items at a time, reads them in parallel and places each, and stores the handful's results with
/// the items in one transaction. Two loops take turns: while one writes its handful, the other reads the next.
/// </summary>
internal sealed partial class ImportWorker(IServiceScopeFactory scopes, ImportSignal signal, TimeProvider clock, ILogger<ImportWorker> log) : BackgroundService
{
    /// <summary>Items claimed and stored in one transaction: at the reader's time budget a handful still ends well within the lease.</summary>
    private const int ClaimSize = 16;

    /// <summary>This process's name in <c>claimed_by</c>.</summary>
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Loops of this process taking handfuls from the queue at the same time.</summary>
    internal const int Loops = 2;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Loops).Select(_ => Task.Run(() => LoopAsync(stoppingToken), stoppingToken)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int done;
            try
            {
                done = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database that is briefly away must not end the worker; it tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailure(log, e);
                done = 0;
            }

            if (done == 0)
            {
                try
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and finishes one handful of items; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        var ids = await ImportQueue.ClaimAsync(db, Name, ClaimSize, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (ids.Count > 0)
        {
            await ImportProcessing.FinishAsync(db, ids, Name, clock.GetUtcNow(), new UnitCache(), cancellationToken).ConfigureAwait(false);
        }

        return ids.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The import worker failed a round; it will try again.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
