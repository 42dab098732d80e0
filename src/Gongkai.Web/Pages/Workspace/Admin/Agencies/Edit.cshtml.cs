using Gongkai.Data;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Admin.Agencies;

/// <summary>修改单位: name, parent, level and code of one agency (平台管理员).</summary>
public sealed class EditModel(StaffAdministration admin) : PageModel
{
    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var rows = await admin.AgenciesAsync(cancellationToken);
        if (rows.SingleOrDefault(r => r.Id == id) is not { } agency)
        {
            return NotFound();
        }

        Form = new AgencyForm { Name = agency.Name, ParentId = agency.ParentId, Level = agency.Level, DivisionCode = agency.DivisionCode };
        Form.Parents = Others(rows, agency);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await admin.UpdateAgencyAsync(User.Administrator(), id, Form.Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Done"] = $"已保存单位「{result.Value!.Name}」。";
            return Redirect("/workspace/admin/agencies");
        }

        var rows = await admin.AgenciesAsync(cancellationToken);
        if (rows.SingleOrDefault(r => r.Id == id) is not { } agency)
        {
            return NotFound();
        }

        Form.Error = result.Error;
        Form.Parents = Others(rows, agency);
        return Page();
    }

    // A unit cannot sit under itself or under one of its own units.
    private static List<AgencyRow> Others(IReadOnlyList<AgencyRow> rows, AgencyRow agency) =>
        [.. rows.Where(r => !r.TreePath.StartsWith(agency.TreePath, StringComparison.Ordinal))];
}
