using Gongkai.Data;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Oversight.Uploads;

/// <summary>导入报告: upload files or a ZIP, watch them read, and the recent batches.</summary>
[RequestSizeLimit(ImportLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.RequestBytes, ValueCountLimit = ImportLimits.ZipEntries)]
public sealed class IndexModel(GongkaiDb db, TimeProvider clock, ImportSignal signal) : PageModel
{
    internal OversightScope Scope { get; private set; } = null!;

    internal IReadOnlyList<ImportProgressView> Recent { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        Recent = await ImportProgress.RecentAsync(db, Scope, 20, cancellationToken);
        return Page();
    }

    /// <summary>The upload: answers the page's script with the batch as JSON, a form post without script with the batch page.</summary>
    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        if (!Scope.CanImport)
        {
            return Forbid();
        }

        var upload = new List<UploadedFile>();
        foreach (var f in files ?? [])
        {
            upload.Add(await UploadedFile.ReadAsync(f, cancellationToken));
        }

        var script = Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (upload.Count == 0)
        {
            Error = "请选择要导入的文件或 ZIP 压缩包";
            Recent = await ImportProgress.RecentAsync(db, Scope, 20, cancellationToken);
            return script ? BadRequest(new { error = Error }) : Page();
        }

        var outcome = await ImportUpload.QueueAsync(db, Scope, upload, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken);
        signal.Queued();
        return script
            ? new JsonResult(new { batchId = outcome.BatchId, queued = outcome.Queued, refused = outcome.Refused })
            : Redirect($"/oversight/imports/{outcome.BatchId}");
    }
}
