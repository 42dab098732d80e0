namespace Gongkai.Data;

/// <summary>
/// One failed attempt that a limit counts: a wrong 查询码 and phone digits on the portal, or a refused staff sign-in.
/// Kept in the database so that the limits hold across requests and across the processes behind one load balancer.
/// </summary>
public sealed class FailedAttempt
{
    public long Id { get; set; }

    /// <summary>What is limited and by what: <c>track-code</c>, <c>track-address</c>, <c>signin-address</c>.</summary>
    public required string Scope { get; set; }

    /// <summary>A SHA-256 digest of the code or address counted (neither is stored as typed).</summary>
    public required string Key { get; set; }

    /// <summary>When it failed, in Unix milliseconds (a plain integer both providers compare the same way).</summary>
    public long AtMs { get; set; }
}
