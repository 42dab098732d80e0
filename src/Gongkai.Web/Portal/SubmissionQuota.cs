using System.Threading.RateLimiting;

namespace Gongkai.Web.Portal;

/// <summary>
/// The portal's submission limit, form and API together: accepted applications per client address per minute. Only
/// an application that passed every check takes a permit, so a citizen correcting mistakes is never stopped, and a
/// refused one is answered with the form as typed (page) or a 429 in Chinese (API); nothing is saved.
/// </summary>
public sealed class SubmissionQuota : IDisposable
{
    public const string Setting = "Gongkai:PortalSubmissionsPerMinute";

    private readonly PartitionedRateLimiter<string> limiter;

    public SubmissionQuota(int perMinute)
    {
        if (perMinute < 1)
        {
            throw new InvalidOperationException($"{Setting} must be at least 1.");
        }

        PerMinute = perMinute;
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
    }

    public int PerMinute { get; }

    /// <summary>The Chinese answer when the limit is reached.</summary>
    public string Refusal => $"提交过于频繁：同一网络地址每分钟最多提交{PerMinute}件申请，请一分钟后再提交。";

    public static SubmissionQuota From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(configuration.GetValue(Setting, 10));
    }

    /// <summary>Takes a permit for an accepted application from <paramref name="clientAddress"/>; false when none is left.</summary>
    public bool TryTake(string clientAddress)
    {
        using var lease = limiter.AttemptAcquire(clientAddress);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
