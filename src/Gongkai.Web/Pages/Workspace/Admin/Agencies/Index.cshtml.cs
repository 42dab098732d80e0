using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Admin.Agencies;

/// <summary>The fields of an agency as a form shows them, with what was typed kept after a refusal.</summary>
public sealed class AgencyForm
{
    public string? Name { get; set; }

    public int? ParentId { get; set; }

    public AgencyLevel Level { get; set; } = AgencyLevel.Department;

    public string? DivisionCode { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string? Error { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<AgencyRow> Parents { get; set; } = [];

    public AgencyInput Input => new(Name, ParentId, Level, DivisionCode);
}

/// <summary>单位管理: every agency with its staff counted and the ones nobody handles marked; registering one (平台管理员).</summary>
public sealed class IndexModel(StaffAdministration admin) : PageModel
{
    public IReadOnlyList<AgencyRow> Rows { get; private set; } = [];

    public int Unattended => Rows.Count(r => r.NobodyHandles);

    [BindProperty]
    public AgencyForm Form { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await admin.CreateAgencyAsync(User.Administrator(), Form.Input, cancellationToken);
        if (result.Value is { } agency)
        {
            Done = $"已登记单位「{agency.Name}」。请为其新建管理员或承办人账号，否则收到的申请无人可见。";
            return RedirectToPage();
        }

        Form.Error = result.Error;
        await ListAsync(cancellationToken);
        return Page();
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        Rows = await admin.AgenciesAsync(cancellationToken);
        Form.Parents = Rows;
    }
}
