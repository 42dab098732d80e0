using Gongkai.Data;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>待确认: files read but not placed with confidence; a 监督员 picks the unit and year and confirms in one click.</summary>
public sealed class PendingModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    internal OversightScope Scope { get; private set; } = null!;

    internal IReadOnlyList<PendingFile> Files { get; private set; } = [];

    internal IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int itemId, int agencyId, int year, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Error = (await PendingFiles.AssignAsync(db, Scope, itemId, agencyId, year, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken)).Error;
        if (Error is not null)
        {
            return Page();
        }

        Message = "已确认单位和年度，报告已入库";
        return Redirect("/oversight/pending");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        Files = await PendingFiles.ListAsync(db, Scope, cancellationToken);
        Units = [.. (await Scope.Units(db).AsNoTracking().OrderBy(u => u.TreePath).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Name))];
    }
}
