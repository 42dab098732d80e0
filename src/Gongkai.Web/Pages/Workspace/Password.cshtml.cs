using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace;

/// <summary>修改密码: the member's own; required before anything else after an administrator set it (<see cref="PasswordChangeFirst"/>).</summary>
public sealed class PasswordModel(StaffAdministration admin) : PageModel
{
    public bool Required => User.HasClaim(c => c.Type == StaffClaims.MustChangePassword);

    public string? Error { get; private set; }

    [TempData]
    public string? Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? newPassword, string? repeated, CancellationToken cancellationToken)
    {
        var result = await admin.ChangeOwnPasswordAsync(User.Identity?.Name ?? "", current, newPassword, repeated, cancellationToken);
        if (result.Value is not { } account)
        {
            Error = result.Error;
            return Page();
        }

        // The change gave the account a new stamp, ending every other session; this one continues on a new cookie.
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            StaffClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        if (Required)
        {
            return LocalRedirect(StaffSignIn.Home(account));
        }

        Changed = "密码已修改。";
        return RedirectToPage();
    }
}
