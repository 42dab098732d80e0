using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace;

/// <summary>
/// 登录: user name and password checked against the stored hash; after <see cref="MaxFailures"/> failures in a row
/// the account is locked for <see cref="LockoutMinutes"/> minutes, and the message never says which part was wrong.
/// </summary>
public sealed partial class SignInModel(GongkaiDb db, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, ILogger<SignInModel> log) : PageModel
{
    public const int MaxFailures = 5;

    public const int LockoutMinutes = 15;

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = UserName.Trim();
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == name);
        var now = clock.GetUtcNow();
        if (account?.LockedUntil is { } until && until > now)
        {
            Error = $"账号因连续{MaxFailures}次登录失败已被锁定，请{Math.Ceiling((until - now).TotalMinutes)}分钟后再试。";
            return Page();
        }

        var verified = account is not null && !string.IsNullOrEmpty(Password)
            && hasher.VerifyHashedPassword(account, account.PasswordHash, Password) != PasswordVerificationResult.Failed;
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

                await db.SaveChangesAsync();
            }

            Error = account?.LockedUntil is { } locked && locked > now
                ? $"账号因连续{MaxFailures}次登录失败已被锁定，请{LockoutMinutes}分钟后再试。"
                : "用户名或密码不正确。";
            return Page();
        }

        if (account.FailedSignIns != 0 || account.LockedUntil is not null)
        {
            account.FailedSignIns = 0;
            account.LockedUntil = null;
            await db.SaveChangesAsync();
        }

        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            StaffClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/workspace");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff account {UserName} locked after {Failures} failed sign-ins")]
    private static partial void LogLocked(ILogger logger, string userName, int failures);
}
