namespace Gongkai.Data;

/// <summary>行政机关的层级: 省、市、县、乡 governments, and a 部门 under one of them.</summary>
public enum AgencyLevel
{
    /// <summary>省级.</summary>
    Province,

    /// <summary>市级.</summary>
    City,

    /// <summary>县级.</summary>
    County,

    /// <summary>乡镇级.</summary>
    Township,

    /// <summary>部门.</summary>
    Department,
}

/// <summary>行政机关: one agency that answers disclosure requests and publishes its own annual report.</summary>
public sealed class Agency
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public AgencyLevel Level { get; set; }

    /// <summary>The government or department above it; null for the top of a region.</summary>
    public int? ParentId { get; set; }

    public Agency? Parent { get; set; }
}

/// <summary>Roles of agency staff; one account may hold several.</summary>
[Flags]
public enum StaffRoles
{
    None = 0,

    /// <summary>登记员: registers applications.</summary>
    Registrar = 1,

    /// <summary>承办人: handles them up to the decision.</summary>
    Handler = 2,

    /// <summary>负责人: approves extensions (条例第三十三条第二款) and signs decisions.</summary>
    Approver = 4,

    /// <summary>管理员: manages accounts and the annual report.</summary>
    Admin = 8,
}

/// <summary>工作人员账号: one member of an agency's staff.</summary>
public sealed class StaffAccount
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>Sign-in name, unique.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>ASP.NET Core <c>PasswordHasher</c> output; the password itself is never stored.</summary>
    public required string PasswordHash { get; set; }

    public StaffRoles Roles { get; set; }

    /// <summary>Failed sign-ins since the last success.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Sign-in refused until then after repeated failures.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}
