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
