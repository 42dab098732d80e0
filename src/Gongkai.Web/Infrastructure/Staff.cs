using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;

namespace Gongkai.Web.Infrastructure;

/// <summary>Authorization policies of the workspace, one per role that gates an action.</summary>
internal static class StaffPolicies
{
    /// <summary>Any signed-in member of an agency's staff.</summary>
    public const string Staff = "staff";

    /// <summary>登记员 (or 管理员): registers applications.</summary>
    public const string Registrar = "registrar";

    /// <summary>承办人 (or 负责人, 管理员): records handling steps and decisions.</summary>
    public const string Handler = "handler";

    /// <summary>负责人 only: approves extensions (条例第三十三条第二款: 经政府信息公开工作机构负责人同意).</summary>
    public const string Approver = "approver";

    /// <summary>管理员 (or 平台管理员): the accounts of the agency and the annual report.</summary>
    public const string Admin = "admin";

    /// <summary>平台管理员 only: every agency of the platform and their administrators.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>监督员: imports and reviews the published reports of the units below the account's own.</summary>
    public const string Supervisor = "supervisor";
}

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

/// <summary>
/// The audit actor of a web request: the signed-in user name, <c>portal</c> for the public, <c>system</c> outside
/// a request (start-up, demo data).
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string Name => http.HttpContext switch
    {
        null => "system",
        { User.Identity: { IsAuthenticated: true, Name: { } name } } => name,
        _ => "portal",
    };
}
