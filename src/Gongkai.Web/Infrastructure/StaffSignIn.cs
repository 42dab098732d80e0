using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Checks a staff member's user name and password, for the sign-in page and the API alike: after
/// <see cref="MaxFailures"/> failures in a row the account is locked for <see cref="LockoutMinutes"/> minutes, and
/// the message never says which part was wrong.
/// </summary>
internal static partial class StaffSignIn
{
    public const int MaxFailures = 5;

    public const int LockoutMinutes = 15;

    /// <summary>The account when the password is right, else the Chinese reason to show.</summary>
    public static async Task<(StaffAccount? Account, string? Error)> VerifyAsync(
        GongkaiDb db, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, ILogger log, string userName, string password)
    {
        var name = userName.Trim();
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == name).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (account?.LockedUntil is { } until && until > now)
        {
            return (null, $"账号因连续{MaxFailures}次登录失败已被锁定，请{Math.Ceiling((until - now).TotalMinutes)}分钟后再试。");
        }

        var verified = account is not null && !string.IsNullOrEmpty(password)
            && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
        if (account is null || !verified)
        {
            if (account is not null)
            {
                account.FailedSignIns++;
                if (account.FailedSignIns >= MaxFailures)
                {
                    account.LockedUntil = now.AddMinutes(LockoutMinutes);
                    account.FailedSignIns = 0;
                    LogLocked(log, account.UserName, MaxFailures);
                }

                await db.SaveChangesAsync().ConfigureAwait(false);
            }

            return (null, account?.LockedUntil is { } locked && locked > now
                ? $"账号因连续{MaxFailures}次登录失败已被锁定，请{LockoutMinutes}分钟后再试。"
                : "用户名或密码不正确。");
        }

        if (account.FailedSignIns != 0 || account.LockedUntil is not null)
        {
            account.FailedSignIns = 0;
            account.LockedUntil = null;
            await db.SaveChangesAsync().ConfigureAwait(false);
        }

        return (account, null);
    }

    /// <summary>Where a member lands after signing in: a 监督员 without an agency role on the oversight pages.</summary>
    public static string Home(StaffAccount account) =>
        account.Roles == StaffRoles.Supervisor ? "/oversight" : "/workspace";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff account {UserName} locked after {Failures} failed sign-ins")]
    private static partial void LogLocked(ILogger logger, string userName, int failures);
}
