using Gongkai.Data;
using Gongkai.Data.Oversight;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>Wakes the worker of this process when files were queued, instead of waiting for its next look.</summary>
public sealed class ImportSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0, int.MaxValue);

    public void Queued() => _queued.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _queued.Dispose();
}

/// <summary>
/// The background reader of the import queue, one per platform process (<c>Gongkai:ImportWorker</c>, on by default):
/// claims a few items at a time, reads and places each, and stores each result with its item in one transaction.
/// </summary>
internal sealed partial class ImportWorker(IServiceScopeFactory scopes, ImportSignal signal, TimeProvider clock, ILogger<ImportWorker> log) : BackgroundService
{
    /// <summary>Items claimed at once.</summary>
    private const int ClaimSize = 8;

    /// <summary>This process's name in <c>claimed_by</c>.</summary>
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
        var units = new UnitCache();
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            await ImportProcessing.FinishAsync(db, id, Name, clock.GetUtcNow(), units, cancellationToken).ConfigureAwait(false);
        }

        return ids.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The import worker failed a round; it will try again.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
