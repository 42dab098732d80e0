using System.Globalization;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// Who asks for an administrative change: the 平台管理员 may change every agency and account, an agency's 管理员 only
/// the accounts of its own agency below 管理员; the command line run on the server (<see cref="Operator"/>) may do
/// everything, including making the first 平台管理员.
/// </summary>
public sealed record Administrator(string UserName, int? AgencyId, StaffRoles Roles)
{
    /// <summary>The operator of the server, running <c>gongkai admin</c> against the database.</summary>
    public static Administrator Operator { get; } = new("gongkai-admin", null, StaffRoles.PlatformAdmin);

    public bool IsOperator => AgencyId is null;

    public bool IsPlatformAdmin => Roles.HasFlag(StaffRoles.PlatformAdmin);

    /// <summary>Whether the administrator may manage the accounts of <paramref name="agencyId"/>.</summary>
    public bool ManagesAccountsOf(int agencyId) => IsPlatformAdmin || (Roles.HasFlag(StaffRoles.Admin) && AgencyId == agencyId);

    /// <summary>The roles the administrator may give or take: an agency's 管理员 only the ones that handle applications.</summary>
    public StaffRoles Grantable => IsOperator ? StaffRoleNames.All
        : IsPlatformAdmin ? StaffRoleNames.All & ~StaffRoles.PlatformAdmin
        : StaffRoles.Registrar | StaffRoles.Handler | StaffRoles.Approver;
}

/// <summary>The Chinese names of <see cref="StaffRoles"/>, and which roles see the applications an agency receives.</summary>
public static class StaffRoleNames
{
    public static StaffRoles All => StaffRoles.Registrar | StaffRoles.Handler | StaffRoles.Approver | StaffRoles.Admin | StaffRoles.Supervisor | StaffRoles.PlatformAdmin;

    /// <summary>The roles whose members see and handle the agency's applications in the workspace.</summary>
    public static StaffRoles HandleApplications => StaffRoles.Registrar | StaffRoles.Handler | StaffRoles.Approver | StaffRoles.Admin;

    public static string Label(this StaffRoles role) => role switch
    {
        StaffRoles.Registrar => "登记员",
        StaffRoles.Handler => "承办人",
        StaffRoles.Approver => "负责人",
        StaffRoles.Admin => "管理员",
        StaffRoles.Supervisor => "监督员",
        StaffRoles.PlatformAdmin => "平台管理员",
        _ => string.Join("、", Each(role).Select(r => r.Label())),
    };

    /// <summary>The single roles of a set, in their order.</summary>
    public static IEnumerable<StaffRoles> Each(StaffRoles roles) =>
        Enum.GetValues<StaffRoles>().Where(r => r != StaffRoles.None && roles.HasFlag(r));

    /// <summary>Reads 「登记员,承办人」 or 「registrar,handler」 (comma, 、 or space separated); null with the unknown name.</summary>
    public static (StaffRoles Roles, string? Unknown) Parse(string? text)
    {
        var roles = StaffRoles.None;
        foreach (var part in (text ?? "").Split([',', '，', '、', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = Each(All).FirstOrDefault(r => r.Label() == part || string.Equals(r.ToString(), part, StringComparison.OrdinalIgnoreCase));
            if (found == StaffRoles.None)
            {
                return (StaffRoles.None, part);
            }

            roles |= found;
        }

        return (roles, null);
    }
}

/// <summary>What an agency is registered as: 名称, 上级单位, 层级, 行政区划代码.</summary>
public sealed record AgencyInput(string? Name, int? ParentId, AgencyLevel Level, string? DivisionCode);

/// <summary>An agency's own settings: the short names reports use for it and its publication years and deadline.</summary>
public sealed record AgencySettingsInput(string? Aliases, string? LocalDeadline, int? FirstYear, int? LastYear);

/// <summary>One agency as the administration lists it, with its staff counted.</summary>
public sealed record AgencyRow(int Id, string Name, AgencyLevel Level, string? DivisionCode, int? ParentId, string? ParentName, string TreePath, int Staff, int Handlers)
{
    /// <summary>无人办理: applications sent to it are seen by nobody (every agency is offered on the portal).</summary>
    public bool NobodyHandles => Handlers == 0;
}

/// <summary>
/// 机构与账号管理: agencies, staff accounts, roles and passwords, for the administration pages and <c>gongkai admin</c>
/// alike. Every change is checked against what <see cref="Administrator"/> may do; a refusal is a Chinese reason and
/// leaves the database as it was.
/// </summary>
public sealed class StaffAdministration(GongkaiDb db)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 8;

    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    /// <summary>Every agency with its staff counted, in tree order.</summary>
    public async Task<IReadOnlyList<AgencyRow>> AgenciesAsync(CancellationToken cancellationToken = default)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.TreePath).ToListAsync(cancellationToken).ConfigureAwait(false);
        var accounts = await db.StaffAccounts.AsNoTracking().Where(s => !s.Disabled).Select(s => new { s.AgencyId, s.Roles }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = agencies.ToDictionary(a => a.Id, a => a.Name);
        return [.. agencies.Select(a => new AgencyRow(
            a.Id, a.Name, a.Level, a.DivisionCode, a.ParentId, a.ParentId is { } p ? names.GetValueOrDefault(p) : null, a.TreePath,
            accounts.Count(s => s.AgencyId == a.Id),
            accounts.Count(s => s.AgencyId == a.Id && (s.Roles & StaffRoleNames.HandleApplications) != 0)))];
    }

    /// <summary>The accounts of an agency, by user name.</summary>
    public async Task<IReadOnlyList<StaffAccount>> AccountsAsync(int? agencyId, CancellationToken cancellationToken = default) =>
        await db.StaffAccounts.AsNoTracking().Include(s => s.Agency)
            .Where(s => agencyId == null || s.AgencyId == agencyId).OrderBy(s => s.AgencyId).ThenBy(s => s.UserName)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Finds an agency by its id (digits) or its exact name.</summary>
    public async Task<Agency?> FindAgencyAsync(string? idOrName, CancellationToken cancellationToken = default)
    {
        var text = (idOrName ?? "").Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await db.Agencies.SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        }

        return await db.Agencies.FirstOrDefaultAsync(a => a.Name == text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>登记单位: a new agency (平台管理员).</summary>
    public async Task<Result<Agency>> CreateAgencyAsync(Administrator by, AgencyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(input);
        if (!by.IsPlatformAdmin)
        {
            return Result.Fail<Agency>("只有平台管理员可以登记单位");
        }

        if (await CheckAgencyAsync(null, input, cancellationToken).ConfigureAwait(false) is { } error)
        {
            return Result.Fail<Agency>(error);
        }

        var agency = new Agency { Name = input.Name!.Trim(), ParentId = input.ParentId, Level = input.Level, DivisionCode = Blank(input.DivisionCode) };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AgencyTree.RebuildPathsAsync(db, cancellationToken).ConfigureAwait(false);
        return Result.Ok(agency);
    }

    /// <summary>修改单位: name, parent, level and code of an agency (平台管理员).</summary>
    public async Task<Result<Agency>> UpdateAgencyAsync(Administrator by, int agencyId, AgencyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(input);
        if (!by.IsPlatformAdmin)
        {
            return Result.Fail<Agency>("只有平台管理员可以修改单位");
        }

        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken).ConfigureAwait(false);
        if (agency is null)
        {
            return Result.Fail<Agency>($"没有编号为{agencyId}的单位");
        }

        if (await CheckAgencyAsync(agency, input, cancellationToken).ConfigureAwait(false) is { } error)
        {
            return Result.Fail<Agency>(error);
        }

        agency.Name = input.Name!.Trim();
        agency.ParentId = input.ParentId;
        agency.Level = input.Level;
        agency.DivisionCode = Blank(input.DivisionCode);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AgencyTree.RebuildPathsAsync(db, cancellationToken).ConfigureAwait(false);
        return Result.Ok(agency);
    }

    /// <summary>单位设置: aliases, local deadline and years (the agency's 管理员 or the 平台管理员).</summary>
    public async Task<Result<Agency>> UpdateSettingsAsync(Administrator by, int agencyId, AgencySettingsInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(input);
        if (!by.ManagesAccountsOf(agencyId))
        {
            return Result.Fail<Agency>("只能修改本单位的设置");
        }

        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken).ConfigureAwait(false);
        if (agency is null)
        {
            return Result.Fail<Agency>($"没有编号为{agencyId}的单位");
        }

        var deadline = Blank(input.LocalDeadline);
        if (deadline is not null && !DateOnly.TryParseExact("2024-" + deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Result.Fail<Agency>($"年报截止「{deadline}」应写作 月-日，如 03-31；不填则按条例第四十九条的期限");
        }

        if (input.FirstYear is < 2008 or > 2100 || input.LastYear is < 2008 or > 2100)
        {
            return Result.Fail<Agency>("起始年度和终止年度应在2008年（条例施行）至2100年之间");
        }

        if (input.FirstYear is { } first && input.LastYear is { } last && last < first)
        {
            return Result.Fail<Agency>($"终止年度{last}早于起始年度{first}");
        }

        agency.Aliases = string.Join(';', (input.Aliases ?? "").Split([';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        agency.LocalDeadline = deadline;
        agency.FirstYear = input.FirstYear;
        agency.LastYear = input.LastYear;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(agency);
    }

    /// <summary>新建账号: with roles and a first password that must be changed at the first sign-in.</summary>
    public async Task<Result<StaffAccount>> CreateAccountAsync(
        Administrator by, int agencyId, string? userName, string? displayName, StaffRoles roles, string? password, bool mustChangePassword = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesAccountsOf(agencyId))
        {
            return Result.Fail<StaffAccount>("只能为本单位新建账号");
        }

        var name = (userName ?? "").Trim();
        if (name.Length is 0 or > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Result.Fail<StaffAccount>("用户名不能为空、不能含空格，最长64个字符");
        }

        var display = (displayName ?? "").Trim();
        if (display.Length is 0 or > 100)
        {
            return Result.Fail<StaffAccount>("请填写姓名（最长100个字符）");
        }

        if (roles == StaffRoles.None)
        {
            return Result.Fail<StaffAccount>("请至少选择一个角色");
        }

        if ((roles & ~by.Grantable) is var denied && denied != StaffRoles.None)
        {
            return Result.Fail<StaffAccount>($"无权授予角色：{denied.Label()}");
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken).ConfigureAwait(false))
        {
            return Result.Fail<StaffAccount>($"没有编号为{agencyId}的单位");
        }

        if (await db.StaffAccounts.AnyAsync(s => s.UserName == name, cancellationToken).ConfigureAwait(false))
        {
            return Result.Fail<StaffAccount>($"用户名「{name}」已被使用");
        }

        if (PasswordProblem(name, password) is { } weak)
        {
            return Result.Fail<StaffAccount>(weak);
        }

        var account = new StaffAccount
        {
            AgencyId = agencyId,
            UserName = name,
            DisplayName = display,
            PasswordHash = "",
            Roles = roles,
            SecurityStamp = NewStamp(),
            MustChangePassword = mustChangePassword,
        };
        account.PasswordHash = Hasher.HashPassword(account, password!);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(account);
    }

    /// <summary>授予、收回角色.</summary>
    public async Task<Result<StaffAccount>> ChangeRolesAsync(Administrator by, string? userName, StaffRoles grant, StaffRoles revoke, CancellationToken cancellationToken = default)
    {
        var managed = await ManagedAsync(by, userName, cancellationToken).ConfigureAwait(false);
        if (managed.Value is not { } account)
        {
            return managed;
        }

        if (((grant | revoke) & ~by.Grantable) is var denied && denied != StaffRoles.None)
        {
            return Result.Fail<StaffAccount>($"无权授予或收回角色：{denied.Label()}");
        }

        var roles = (account.Roles | grant) & ~revoke;
        if (roles == StaffRoles.None)
        {
            return Result.Fail<StaffAccount>($"账号「{account.UserName}」至少要保留一个角色；不再使用的账号请停用");
        }

        if (account.UserName == by.UserName && !roles.HasFlag(StaffRoles.PlatformAdmin) && by.IsPlatformAdmin && !by.IsOperator)
        {
            return Result.Fail<StaffAccount>("不能收回自己的平台管理员角色");
        }

        account.Roles = roles;
        account.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(account);
    }

    /// <summary>重置密码: the member must change it at the next sign-in; their sessions end.</summary>
    public async Task<Result<StaffAccount>> ResetPasswordAsync(Administrator by, string? userName, string? password, CancellationToken cancellationToken = default)
    {
        var managed = await ManagedAsync(by, userName, cancellationToken).ConfigureAwait(false);
        if (managed.Value is not { } account)
        {
            return managed;
        }

        if (PasswordProblem(account.UserName, password) is { } weak)
        {
            return Result.Fail<StaffAccount>(weak);
        }

        account.PasswordHash = Hasher.HashPassword(account, password!);
        account.MustChangePassword = true;
        account.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(account);
    }

    /// <summary>停用、启用: a disabled account cannot sign in and its sessions end.</summary>
    public async Task<Result<StaffAccount>> SetDisabledAsync(Administrator by, string? userName, bool disabled, CancellationToken cancellationToken = default)
    {
        var managed = await ManagedAsync(by, userName, cancellationToken).ConfigureAwait(false);
        if (managed.Value is not { } account)
        {
            return managed;
        }

        if (account.UserName == by.UserName)
        {
            return Result.Fail<StaffAccount>("不能停用自己的账号");
        }

        account.Disabled = disabled;
        account.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(account);
    }

    /// <summary>修改密码: the member's own, with the current one; clears <see cref="StaffAccount.MustChangePassword"/>.</summary>
    public async Task<Result<StaffAccount>> ChangeOwnPasswordAsync(string userName, string? current, string? password, string? repeated, CancellationToken cancellationToken = default)
    {
        var account = await db.StaffAccounts.SingleOrDefaultAsync(s => s.UserName == userName && !s.Disabled, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Result.Fail<StaffAccount>("账号不存在或已停用");
        }

        if (string.IsNullOrEmpty(current) || Hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return Result.Fail<StaffAccount>("当前密码不正确");
        }

        if (!string.Equals(password, repeated, StringComparison.Ordinal))
        {
            return Result.Fail<StaffAccount>("两次输入的新密码不一致");
        }

        if (string.Equals(password, current, StringComparison.Ordinal))
        {
            return Result.Fail<StaffAccount>("新密码不能与当前密码相同");
        }

        if (PasswordProblem(account.UserName, password) is { } weak)
        {
            return Result.Fail<StaffAccount>(weak);
        }

        account.PasswordHash = Hasher.HashPassword(account, password!);
        account.MustChangePassword = false;
        account.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(account);
    }

    /// <summary>Why a password is refused, or null: at least <see cref="MinPasswordLength"/> characters, letters and digits, not the user name.</summary>
    public static string? PasswordProblem(string userName, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
        {
            return $"密码至少{MinPasswordLength}位";
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            return "密码须同时包含字母和数字";
        }

        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return "密码不能包含用户名";
        }

        return null;
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<Result<StaffAccount>> ManagedAsync(Administrator by, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var name = (userName ?? "").Trim();
        var account = await db.StaffAccounts.SingleOrDefaultAsync(s => s.UserName == name, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Result.Fail<StaffAccount>($"没有用户名为「{name}」的账号", FailureKind.NotFound);
        }

        if (!by.ManagesAccountsOf(account.AgencyId))
        {
            return Result.Fail<StaffAccount>($"账号「{name}」不属于本单位，无权管理", FailureKind.Forbidden);
        }

        if ((account.Roles & ~by.Grantable) is var above && above != StaffRoles.None && account.UserName != by.UserName)
        {
            return Result.Fail<StaffAccount>($"账号「{name}」是{above.Label()}，只有平台管理员可以管理", FailureKind.Forbidden);
        }

        return Result.Ok(account);
    }

    private async Task<string?> CheckAgencyAsync(Agency? existing, AgencyInput input, CancellationToken cancellationToken)
    {
        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            return "请填写单位名称（最长200个字符）";
        }

        if (!Enum.IsDefined(input.Level))
        {
            return "请选择单位层级";
        }

        if (await db.Agencies.AnyAsync(a => a.Name == name && (existing == null || a.Id != existing.Id), cancellationToken).ConfigureAwait(false))
        {
            return $"已有名为「{name}」的单位";
        }

        if (Blank(input.DivisionCode) is { } code && !(code.Length is 6 or 9 or 12 && code.All(char.IsAsciiDigit)))
        {
            return $"行政区划代码「{code}」应为6位（县级以上）或9、12位（乡镇街道）数字";
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == parentId, cancellationToken).ConfigureAwait(false);
            if (parent is null)
            {
                return $"没有编号为{parentId}的上级单位";
            }

            if (existing is not null && parent.TreePath.StartsWith(existing.TreePath, StringComparison.Ordinal))
            {
                return $"「{parent.Name}」是「{existing.Name}」本身或其下级单位，不能作为上级单位";
            }
        }

        return null;
    }
}
