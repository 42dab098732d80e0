using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace;

/// <summary>登录: user name and password checked by <see cref="StaffSignIn"/>.</summary>
public sealed class SignInModel(GongkaiDb db, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, PlatformLimits limits, ILogger<SignInModel> log) : PageModel
{
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
        var verified = await StaffSignIn.VerifyAsync(db, hasher, clock, limits, log, ClientAddress.Of(HttpContext), UserName, Password);
        if (verified.Value is not { } account)
        {
            Error = verified.Error;
            return Page();
        }

        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            StaffClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : StaffSignIn.Home(account));
    }
}
