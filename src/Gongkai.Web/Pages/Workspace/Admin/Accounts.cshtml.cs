using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Admin;

/// <summary>
/// 账号管理: the staff accounts of one agency — new ones with roles, roles changed, disabled, passwords reset. An
/// agency's 管理员 reaches only its own agency (another agency's page is refused); the 平台管理员 any agency.
/// </summary>
public sealed class AccountsModel(GongkaiDb db, StaffAdministration admin) : PageModel
{
    [FromRoute(Name = "agency")]
    public int? AgencyRoute { get; set; }

    public int Agency { get; private set; }

    public string AgencyName { get; private set; } = "";

    public Administrator Administrator => User.Administrator();

    public StaffRoles Grantable => Administrator.Grantable;

    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public string? NewUserName { get; set; }

    [BindProperty]
    public string? NewDisplayName { get; set; }

    [BindProperty]
    public IReadOnlyList<StaffRoles> NewRoles { get; set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? newPassword, CancellationToken cancellationToken)
    {
        var roles = NewRoles.Aggregate(StaffRoles.None, (x, r) => x | r);
        var result = await admin.CreateAccountAsync(Administrator, AgencyOf(), NewUserName, NewDisplayName, roles, newPassword, cancellationToken: cancellationToken);
        return await AfterAsync(result, a => $"已新建账号 {a.UserName}（{a.Roles.Label()}），本人首次登录时须修改密码。", cancellationToken);
    }

    public async Task<IActionResult> OnPostRolesAsync(string? userName, IReadOnlyList<StaffRoles>? roles, CancellationToken cancellationToken)
    {
        var wanted = (roles ?? []).Aggregate(StaffRoles.None, (x, r) => x | r);
        var result = await admin.ChangeRolesAsync(Administrator, userName, wanted, Grantable & ~wanted, cancellationToken);
        return await AfterAsync(result, a => $"账号 {a.UserName} 的角色已改为：{a.Roles.Label()}。", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(string? userName, bool disabled, CancellationToken cancellationToken)
    {
        var result = await admin.SetDisabledAsync(Administrator, userName, disabled, cancellationToken);
        return await AfterAsync(result, a => a.Disabled ? $"已停用账号 {a.UserName}。" : $"已启用账号 {a.UserName}。", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var result = await admin.ResetPasswordAsync(Administrator, userName, password, cancellationToken);
        return await AfterAsync(result, a => $"已重置账号 {a.UserName} 的密码，本人下次登录时须修改。", cancellationToken);
    }

    private int AgencyOf() => AgencyRoute ?? User.AgencyId();

    private async Task<IActionResult> AfterAsync(Domain.Result<StaffAccount> result, Func<StaffAccount, string> done, CancellationToken cancellationToken)
    {
        if (result.Value is { } account)
        {
            Done = done(account);
            return RedirectToPage(new { agency = AgencyOf() });
        }

        Error = result.Error;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Agency = AgencyOf();
        if (!Administrator.ManagesAccountsOf(Agency))
        {
            return Forbid();
        }

        var name = await db.Agencies.AsNoTracking().Where(a => a.Id == Agency).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        AgencyName = name;
        Accounts = await admin.AccountsAsync(Agency, cancellationToken);
        return Page();
    }
}
