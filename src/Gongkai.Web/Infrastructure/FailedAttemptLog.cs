using System.Security.Cryptography;
using System.Text;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Counts failed attempts in the database (<see cref="FailedAttempt"/>), so that a limit holds across requests and
/// across every platform process on the same database. Codes and addresses are stored as digests only.
/// </summary>
internal sealed class FailedAttemptLog(GongkaiDb db, TimeProvider clock)
{
    public const string TrackCode = "track-code";
    public const string TrackAddress = "track-address";
    public const string SignInAddress = "signin-address";

    /// <summary>The failures of <paramref name="value"/> in <paramref name="scope"/> within the last <paramref name="window"/>, oldest first.</summary>
    public async Task<List<long>> RecentAsync(string scope, string value, TimeSpan window, CancellationToken cancellationToken)
    {
        var key = Digest(scope, value);
        var since = Now - (long)window.TotalMilliseconds;
        return await db.FailedAttempts.AsNoTracking()
            .Where(a => a.Scope == scope && a.Key == key && a.AtMs > since)
            .OrderBy(a => a.AtMs)
            .Select(a => a.AtMs)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many failures of <paramref name="value"/> in <paramref name="scope"/> within the last <paramref name="window"/>.</summary>
    public Task<int> CountAsync(string scope, string value, TimeSpan window, CancellationToken cancellationToken)
    {
        var key = Digest(scope, value);
        var since = Now - (long)window.TotalMilliseconds;
        return db.FailedAttempts.CountAsync(a => a.Scope == scope && a.Key == key && a.AtMs > since, cancellationToken);
    }

    /// <summary>Records one failure under each (scope, value) pair, and forgets failures older than a day.</summary>
    public async Task RecordAsync(IEnumerable<(string Scope, string Value)> failures, CancellationToken cancellationToken)
    {
        var now = Now;
        foreach (var (scope, value) in failures)
        {
            db.FailedAttempts.Add(new FailedAttempt { Scope = scope, Key = Digest(scope, value), AtMs = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        var dayAgo = now - (long)TimeSpan.FromDays(1).TotalMilliseconds;
        await db.FailedAttempts.Where(a => a.AtMs < dayAgo).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The current time in Unix milliseconds.</summary>
    public long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string Digest(string scope, string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + value)));
}
