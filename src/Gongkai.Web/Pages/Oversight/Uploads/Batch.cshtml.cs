using Gongkai.Data;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Oversight.Uploads;

/// <summary>一批导入: every file of the batch, its state and why it failed; refreshes itself until the batch is done.</summary>
public sealed class BatchModel(GongkaiDb db) : PageModel
{
    internal ImportProgressView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, User, cancellationToken);
        if (await ImportProgress.LoadAsync(db, scope, id, withItems: true, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
