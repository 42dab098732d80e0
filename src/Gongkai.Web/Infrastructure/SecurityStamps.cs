using System.Security.Claims;
using System.Security.Cryptography;
using Gongkai.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Sessions that end when the member signs out: the staff cookie carries the account's <see cref="StaffAccount.SecurityStamp"/>,
/// checked against the database on each request; signing out gives the account a new stamp, so the cookie (and any
/// copy of it) is refused from then on.
/// </summary>
internal static class SecurityStamps
{
    public const string Claim = "gongkai:stamp";

    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The cookie handler's check on each request.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(Claim);
        string? current = null;
        if (name is not null && !string.IsNullOrEmpty(stamp))
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<GongkaiDb>();
            current = await db.StaffAccounts.AsNoTracking().Where(a => a.UserName == name).Select(a => a.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        }

        if (string.IsNullOrEmpty(current) || !string.Equals(current, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>Ends every session of <paramref name="userName"/>: the stamp its cookies carry no longer matches.</summary>
    public static async Task RevokeAsync(GongkaiDb db, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        if (account is not null)
        {
            account.SecurityStamp = New();
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
