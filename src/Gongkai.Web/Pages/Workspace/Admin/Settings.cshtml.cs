using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Admin;

/// <summary>单位设置: an agency's aliases, local report deadline and years (its 管理员, or the 平台管理员 for any agency).</summary>
public sealed class SettingsModel(GongkaiDb db, StaffAdministration admin) : PageModel
{
    [FromRoute(Name = "agency")]
    public int? AgencyRoute { get; set; }

    public int Agency => AgencyRoute ?? User.AgencyId();

    public string AgencyName { get; private set; } = "";

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public string? Aliases { get; set; }

    [BindProperty]
    public string? LocalDeadline { get; set; }

    [BindProperty]
    public int? FirstYear { get; set; }

    [BindProperty]
    public int? LastYear { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.Administrator().ManagesAccountsOf(Agency))
        {
            return Forbid();
        }

        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Agency, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        AgencyName = agency.Name;
        Aliases = string.Join('\n', agency.AliasList);
        LocalDeadline = agency.LocalDeadline;
        FirstYear = agency.FirstYear;
        LastYear = agency.LastYear;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await admin.UpdateSettingsAsync(User.Administrator(), Agency, new AgencySettingsInput(Aliases, LocalDeadline, FirstYear, LastYear), cancellationToken);
        if (result.Value is { } agency)
        {
            Done = "设置已保存。";
            return RedirectToPage(new { agency = agency.Id });
        }

        if (!User.Administrator().ManagesAccountsOf(Agency))
        {
            return Forbid();
        }

        Error = result.Error;
        AgencyName = await db.Agencies.AsNoTracking().Where(a => a.Id == Agency).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
        return Page();
    }
}
