using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;

namespace Gongkai.Web.Infrastructure;

/// <summary>The claims a signed-in staff member carries.</summary>
internal static class StaffClaims
{
    public const string Agency = "gongkai:agency";

    public const string DisplayName = "gongkai:display-name";

    /// <summary>Present while the member must change the password set for them (a new account, a reset).</summary>
    public const string MustChangePassword = "gongkai:must-change-password";

    /// <summary>The identity a staff cookie holds: user name, display name, agency, security stamp and one role claim per role.</summary>
    public static ClaimsPrincipal Principal(StaffAccount account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(DisplayName, account.DisplayName),
            new(Agency, account.AgencyId.ToString(CultureInfo.InvariantCulture)),
            new(SecurityStamps.Claim, account.SecurityStamp),
        };
        if (account.MustChangePassword)
        {
            claims.Add(new(MustChangePassword, "1"));
        }

        claims.AddRange(Enum.GetValues<StaffRoles>()
            .Where(r => r != StaffRoles.None && account.Roles.HasFlag(r))
            .Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The agency the signed-in member belongs to; staff see only its requests.</summary>
    public static int AgencyId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.Parse(user.FindFirstValue(Agency) ?? throw new InvalidOperationException("Not a staff identity."), CultureInfo.InvariantCulture);
    }

    /// <summary>What the signed-in member may administer, for <see cref="StaffAdministration"/>.</summary>
    public static Administrator Administrator(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = Enum.GetValues<StaffRoles>().Where(r => r != StaffRoles.None && user.IsInRole(r.ToString())).Aggregate(StaffRoles.None, (a, r) => a | r);
        return new Administrator(user.Identity?.Name ?? "", user.AgencyId(), roles);
    }

    public static string StaffName(this ClaimsPrincipal user) => user?.FindFirstValue(DisplayName) ?? user?.Identity?.Name ?? "";
}
