using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Oversight.Reports;

/// <summary>
/// 报告详情: one stored report with 表二/表三/表四, every doubtful cell and every cell a rule breaks highlighted with
/// the engine's message and the printed text it was read from, the versions and their original files; a 监督员
/// reviews each finding and corrects misread cells here.
/// </summary>
public sealed class DetailsModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    internal StoredReportView View { get; private set; } = null!;

    internal OversightScope Scope { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReviewAsync(int id, string findingKey, ReviewDecision decision, string? comment, CancellationToken cancellationToken)
    {
        if (await ReviewerAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var report = await db.PublishedReports.SingleAsync(r => r.Id == id, cancellationToken);
        Error = (await ReportCorrections.ReviewAsync(db, report, findingKey, decision, comment, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken)).Error;
        if (Error is not null)
        {
            return Page();
        }

        Message = $"已标记为「{decision.Label()}」";
        return Redirect($"/oversight/reports/{id}#findings");
    }

    public async Task<IActionResult> OnPostRectifyAsync(int id, string findingKey, Rectification state, string? note, CancellationToken cancellationToken)
    {
        if (await ReviewerAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var report = await db.PublishedReports.SingleAsync(r => r.Id == id, cancellationToken);
        Error = (await ReportCorrections.RectifyAsync(db, report, findingKey, state, note, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken)).Error;
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/oversight/reports/{id}#rectification");
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id, string cell, string? value, string? comment, CancellationToken cancellationToken)
    {
        if (await ReviewerAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var parts = (cell ?? "").Split('|');
        if (parts.Length != 3 || !int.TryParse(parts[2], out var column))
        {
            Error = "请选择要更正的单元格";
            return Page();
        }

        var report = await db.PublishedReports.SingleAsync(r => r.Id == id, cancellationToken);
        Error = (await ReportCorrections.CorrectAsync(db, report, parts[0], parts[1], column, value, comment, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken)).Error;
        if (Error is not null)
        {
            return Page();
        }

        Message = "已更正，生成了人工更正版本，规则已重新核对";
        return Redirect($"/oversight/reports/{id}");
    }

    /// <summary>Loads the report for a reviewer's post: not found outside the scope, forbidden to anyone but a 监督员.</summary>
    private async Task<IActionResult?> ReviewerAsync(int id, CancellationToken cancellationToken) =>
        !await LoadAsync(id, cancellationToken) ? NotFound() : Scope.CanReview ? null : Forbid();

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        var view = await LoadStoredReport.RunAsync(db, Scope, id, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
