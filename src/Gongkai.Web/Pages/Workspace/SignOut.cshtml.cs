using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace;

/// <summary>
/// 退出: ends the staff session (a POST, so a link on another site cannot sign anyone out). The account's security
/// stamp changes, so the cookie stops working even where a copy of it was kept.
/// </summary>
public sealed class SignOutModel(GongkaiDb db) : PageModel
{
    public IActionResult OnGet() => Redirect("/workspace");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity is { IsAuthenticated: true, Name: { } name })
        {
            await SecurityStamps.RevokeAsync(db, name, cancellationToken);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
