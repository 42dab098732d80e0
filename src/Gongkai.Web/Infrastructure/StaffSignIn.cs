using Gongkai.Data;
using Gongkai.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Checks a staff member's user name and password, for the sign-in page and the API alike. An unknown user and a
/// wrong password get the same answer, after the same work (a password hash is checked either way). No account is
/// ever locked, so nobody can lock its owner out: instead, once <see cref="PlatformLimits.SignInFreeFailures"/>
/// attempts from one client address have failed within <see cref="PlatformLimits.SignInWindow"/>, the next attempt
/// from that address must wait one second after the last failure, and the wait doubles with each further failure, up
/// to <see cref="PlatformLimits.SignInMaxDelay"/>. The owner signing in from elsewhere is not slowed.
/// </summary>
internal static partial class StaffSignIn
{
    public const string Refused = "用户名或密码不正确。";

    // Checked when the user name is unknown, so that the answer takes as long as for a wrong password.
    private static readonly StaffAccount Nobody = new() { UserName = "", DisplayName = "", PasswordHash = "" };

    private static string? _nobodyHash;

    /// <summary>The account when the password is right, else the Chinese reason to show.</summary>
    public static async Task<Result<StaffAccount>> VerifyAsync(
        GongkaiDb db, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, PlatformLimits limits, ILogger log,
        string clientAddress, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(limits);
        var failures = new FailedAttemptLog(db, clock);
        var recent = await failures.RecentAsync(FailedAttemptLog.SignInAddress, clientAddress, limits.SignInWindow, CancellationToken.None).ConfigureAwait(false);
        if (Wait(recent, failures.Now, limits) is { } wait)
        {
            return Result.Fail<StaffAccount>($"登录失败次数过多，请{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))}秒后再试。", FailureKind.TooMany);
        }

        var name = (userName ?? "").Trim();
        var account = name.Length == 0 || TextInput.HasControlCharacter(name)
            ? null
            : await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == name).ConfigureAwait(false);
        var hash = account?.PasswordHash ?? (_nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
        var verified = !string.IsNullOrEmpty(password)
            && hasher.VerifyHashedPassword(account ?? Nobody, hash, password) != PasswordVerificationResult.Failed
            && account is not null;
        if (!verified)
        {
            await failures.RecordAsync([(FailedAttemptLog.SignInAddress, clientAddress)], CancellationToken.None).ConfigureAwait(false);
            if (recent.Count + 1 == limits.SignInFreeFailures)
            {
                LogThrottled(log, clientAddress, limits.SignInFreeFailures);
            }

            return Result.Fail<StaffAccount>(Refused, FailureKind.Forbidden);
        }

        if (account!.Disabled)
        {
            return Result.Fail<StaffAccount>("该账号已停用，请联系本单位管理员。", FailureKind.Forbidden);
        }

        if (string.IsNullOrEmpty(account.SecurityStamp))
        {
            account.SecurityStamp = SecurityStamps.New();
            await db.SaveChangesAsync().ConfigureAwait(false);
        }

        return Result.Ok(account);
    }

    /// <summary>How long the address must still wait, or null when it may try now.</summary>
    public static TimeSpan? Wait(IReadOnlyList<long> recentFailures, long nowMs, PlatformLimits limits)
    {
        ArgumentNullException.ThrowIfNull(recentFailures);
        ArgumentNullException.ThrowIfNull(limits);
        var extra = recentFailures.Count - limits.SignInFreeFailures;
        if (extra < 0)
        {
            return null;
        }

        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(extra, 30)), limits.SignInMaxDelay.TotalSeconds));
        var left = TimeSpan.FromMilliseconds(recentFailures[^1] + (long)delay.TotalMilliseconds - nowMs);
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>Where a member lands after signing in: a 监督员 without an agency role on the oversight pages.</summary>
    public static string Home(StaffAccount account) =>
        account.MustChangePassword ? PasswordChangeFirst.Page
        : account.Roles == StaffRoles.Supervisor ? "/oversight"
        : account.Roles == StaffRoles.PlatformAdmin ? "/workspace/admin/agencies"
        : "/workspace";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-ins from {Address} slowed down after {Failures} failures")]
    private static partial void LogThrottled(ILogger logger, string address, int failures);
}
