using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Gongkai.Web.Oversight.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>监督: what the reports store holds for the signed-in member's scope, and where to go from here.</summary>
public sealed class IndexModel(GongkaiDb db, TimeProvider clock, ImportSignal signal) : PageModel
{
    internal OversightScope Scope { get; private set; } = null!;

    public int UnitCount { get; private set; }

    public int ReportCount { get; private set; }

    public int PendingCount { get; private set; }

    public int QueuedCount { get; private set; }

    /// <summary>The last year reports are due for: the research export's default.</summary>
    public int LastYear => clock.GetUtcNow().Year - 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        UnitCount = await Scope.Units(db).CountAsync(cancellationToken);
        ReportCount = await db.PublishedReports.CountAsync(r => Scope.Units(db).Any(u => u.Id == r.AgencyId), cancellationToken);
        PendingCount = (await PendingFiles.ListAsync(db, Scope, cancellationToken)).Count;
        QueuedCount = await db.ImportItems.CountAsync(i => (i.State == ImportState.Queued || i.State == ImportState.Reading)
            && db.ImportBatches.Any(b => b.Id == i.BatchId && Scope.Units(db).Any(u => u.Id == b.ScopeAgencyId)), cancellationToken);
    }

    /// <summary>重新读取: every stored report of the scope read again with the current engine; reviews and corrections stay.</summary>
    public async Task<IActionResult> OnPostRereadAsync(CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        if (!Scope.CanImport)
        {
            return Forbid();
        }

        var batch = await RereadAll.QueueAsync(db, Scope, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken);
        signal.Queued();
        return Redirect($"/oversight/imports/{batch}");
    }
}
