using Gongkai.Domain.Reports;

namespace Gongkai.Data;

/// <summary>
/// 单位: one unit of the register (单位名录) — a 行政机关 that answers disclosure requests and publishes its own annual
/// report, or a region's government above others. The platform's agencies and the units a supervisor oversees are
/// the same tree.
/// </summary>
public sealed class Agency
{
    public int Id { get; set; }

    /// <summary>单位名称: the full official name.</summary>
    public required string Name { get; set; }

    public AgencyLevel Level { get; set; }

    /// <summary>The government or department above it; null for the top of a region.</summary>
    public int? ParentId { get; set; }

    public Agency? Parent { get; set; }

    /// <summary>别名: short names found in report titles (区统计局 for 某某区统计局), separated by <c>;</c>.</summary>
    public string Aliases { get; set; } = "";

    /// <summary>行政区划代码 (GB/T 2260, six digits) for a government of county level or above; 9 or 12 digits for 乡镇.</summary>
    public string? DivisionCode { get; set; }

    /// <summary>年报截止 set by a local rule (<c>MM-DD</c>), for units the 条例 gives no date; null for the statutory one.</summary>
    public string? LocalDeadline { get; set; }

    /// <summary>起始年度: the first year it is expected to publish; null for every year.</summary>
    public int? FirstYear { get; set; }

    /// <summary>终止年度: the last year it is expected to publish (a unit merged or abolished); null while it exists.</summary>
    public int? LastYear { get; set; }

    /// <summary>The ids from the top of the tree down to this unit, as <c>/1/2/7/</c>: a subtree is a prefix.</summary>
    public string TreePath { get; set; } = "/";

    /// <summary>The aliases as a list.</summary>
    public IEnumerable<string> AliasList => Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether the unit is expected to publish a report for <paramref name="year"/>.</summary>
    public bool ExpectedIn(int year) => (FirstYear is not { } f || year >= f) && (LastYear is not { } l || year <= l);

    /// <summary>The publication deadline of its report for <paramref name="year"/> (条例第四十九条).</summary>
    public PublicationDeadline DeadlineFor(int year) => PublicationDeadline.For(Level, year, LocalMonthDay);

    private (int Month, int Day)? LocalMonthDay =>
        LocalDeadline is { Length: 5 } d && int.TryParse(d[..2], out var m) && int.TryParse(d[3..], out var day) ? (m, day) : null;
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

    /// <summary>监督员: oversees the published annual reports of every unit below the account's own (政务公开办, 第三方评估).</summary>
    Supervisor = 16,

    /// <summary>平台管理员: manages every agency of the platform and creates their administrators.</summary>
    PlatformAdmin = 32,
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

    /// <summary>
    /// 安全戳: changes when the member signs out (or the password changes); a staff cookie carries the stamp it was
    /// issued with and is refused once they differ, so a copied cookie stops working at sign-out.
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>须修改密码: set for a new account and after a reset; nothing else opens until the member sets their own.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>已停用: cannot sign in; kept so that the records it signed keep their name.</summary>
    public bool Disabled { get; set; }
}
