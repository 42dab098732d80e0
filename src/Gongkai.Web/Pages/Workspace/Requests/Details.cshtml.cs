using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Requests;

/// <summary>
/// 申请详情: the applicant in full, the timeline, the next legal step with its deadline, and the forms of the steps
/// the state allows. Each form posts the version it was shown; a stale post is refused and the other change kept.
/// </summary>
public sealed class DetailsModel(GongkaiDb db, RequestPolicy policy, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public StepInput Step { get; set; } = new();

    public RequestFile Case { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public bool CanHandle { get; private set; }

    public bool CanApprove { get; private set; }

    /// <summary>The steps the law allows on the request now (<see cref="DisclosureRequest.AllowedSteps"/>).</summary>
    public IReadOnlyList<RequestStep> Allowed { get; private set; } = [];

    /// <summary>
    /// Whether the page shows the form of <paramref name="step"/>: the domain allows it now and the member may record it
    /// (a 负责人 for the steps that need one), or it was just posted and refused, so what was typed stays in view.
    /// </summary>
    public bool Offers(RequestStep step) =>
        StepForms.Shows(Allowed, step, CanHandle, CanApprove) || CanHandle && Error is not null && Step.Type == StepInput.Of(step);

    public DateOnly Today => policy.Today;

    /// <summary>The bound of a 第三十五条 reasonable deadline beyond the 第三十三条 due date, in working days.</summary>
    public int ReasonableDeadlineMaxWorkingDays => policy.ReasonableDeadlineMaxWorkingDays;

    /// <summary>The files handed in with the application (身份证明 scans), without their content.</summary>
    public IReadOnlyList<AttachmentItem> Attachments { get; private set; } = [];

    /// <summary>The applicant's online answers to a 补正通知, oldest first, without file content.</summary>
    public IReadOnlyList<CorrectionReplyItem> CorrectionReplies { get; private set; } = [];

    /// <summary>The files released to the applicant with the reply.</summary>
    public IReadOnlyList<AttachmentItem> Released { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(bool registered, int? mailed, string? done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var mail = mailed switch { 1 => "查询码已发送至申请人的电子邮箱。", 0 => "查询码邮件未能发送，请将回执交给申请人。", _ => "" };
        Done = registered ? $"申请已登记，查询码为 {Case.Record.TrackingCode}。{mail}请打印回执交给申请人。" : done is null ? null : $"已记录「{done}」。";
        return Page();
    }

    /// <summary>
    /// One attachment of an own-agency request, as a download (never shown inline). Each download of an applicant's
    /// identity proof is written to the audit log, since it is personal data (《个人信息保护法》第五十一条).
    /// </summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int id, CancellationToken cancellationToken)
    {
        var code = TrackingCodes.Normalize(Code);
        var agencyId = User.AgencyId();
        var file = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id && a.TrackingCode == code && db.Requests.Any(r => r.TrackingCode == code && r.AgencyId == agencyId))
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = db.Actor.Name,
            Action = "read",
            Entity = nameof(AttachmentRecord),
            EntityId = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = System.Text.Json.JsonSerializer.Serialize(new { file.TrackingCode }),
        });
        await db.SaveChangesAsync(cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The file of an online correction, as a download.</summary>
    public async Task<IActionResult> OnGetCorrectionFileAsync(int id, CancellationToken cancellationToken)
    {
        var code = TrackingCodes.Normalize(Code);
        var agencyId = User.AgencyId();
        var reply = await db.CorrectionReplies.AsNoTracking()
            .Where(c => c.Id == id && c.TrackingCode == code && c.Content != null && db.Requests.Any(r => r.TrackingCode == code && r.AgencyId == agencyId))
            .SingleOrDefaultAsync(cancellationToken);
        return reply is null ? NotFound() : File(reply.Content!, "application/octet-stream", reply.FileName);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded)
        {
            return Forbid();
        }

        var approver = (await authorization.AuthorizeAsync(User, StaffPolicies.Approver)).Succeeded;
        if (!ModelState.IsValid)
        {
            Error = "填写的内容格式不正确，请检查日期和数字";
        }
        else
        {
            var result = await RecordStep.RunAsync(
                db, policy, clock, User.AgencyId(), Code, Step, User.Identity?.Name ?? "", User.StaffName(), approver, cancellationToken);
            if (result.Value is { } recorded)
            {
                return Redirect($"/workspace/requests/{recorded.TrackingCode}?done={Uri.EscapeDataString(StepInput.NameOf(Step.Type))}");
            }

            if (result.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            if (result.Kind == FailureKind.Forbidden)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            Error = result.Error;
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(cancellationToken) ?? Page();
    }

    /// <summary>
    /// A file released to the applicant with the reply (条例第四十条), downloadable from the tracking page; only while
    /// the reply is decided and not yet delivered. A refused file keeps the page as it was.
    /// </summary>
    public async Task<IActionResult> OnPostReleaseAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded)
        {
            return Forbid();
        }

        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Case.Record.Status != RequestStatus.Decided)
        {
            Error = "只有已作出答复、尚未送达的申请才能上传提供给申请人的文件";
        }
        else if (file is null || file.Length == 0)
        {
            Error = "请选择要提供给申请人的文件";
        }
        else if (file.Length > ReleasedFiles.MaxBytes)
        {
            Error = $"文件「{file.FileName}」超过{ReleasedFiles.MaxBytes / 1048576}MB，请分成几个文件上传";
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            db.ReleasedFiles.Add(new ReleasedFileRecord
            {
                TrackingCode = Case.Record.TrackingCode,
                FileName = Path.GetFileName(file.FileName),
                ContentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Content = buffer.ToArray(),
                ReleasedAt = clock.GetUtcNow(),
                ReleasedBy = User.Identity?.Name ?? "",
            });
            await db.SaveChangesAsync(cancellationToken);
            return Redirect($"/workspace/requests/{Case.Record.TrackingCode}?done={Uri.EscapeDataString("上传提供的文件")}");
        }

        return Page();
    }

    /// <summary>The posted value of a field when the form of <paramref name="type"/> was the one refused, else the default.</summary>
    public string? Posted(string type, Func<StepInput, object?> field, object? fallback = null) =>
        Step.Type == type && field(Step) is { } v ? Format(v) : fallback is null ? null : Format(fallback);

    private static string? Format(object v) => v switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var file = await LoadRequest.RunAsync(db, policy, User.AgencyId(), Code, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Case = file;
        Attachments = await db.Attachments.AsNoTracking()
            .Where(a => a.TrackingCode == file.Record.TrackingCode)
            .OrderBy(a => a.Id)
            .Select(a => new AttachmentItem(a.Id, a.FileName, a.Content.Length))
            .ToListAsync(cancellationToken);
        CorrectionReplies = await db.CorrectionReplies.AsNoTracking()
            .Where(c => c.TrackingCode == file.Record.TrackingCode)
            .OrderBy(c => c.Id)
            .Select(c => new CorrectionReplyItem(c.Id, c.Text, c.FileName, c.SubmittedAt))
            .ToListAsync(cancellationToken);
        Released = await db.ReleasedFiles.AsNoTracking()
            .Where(a => a.TrackingCode == file.Record.TrackingCode)
            .OrderBy(a => a.Id)
            .Select(a => new AttachmentItem(a.Id, a.FileName, a.Content.Length))
            .ToListAsync(cancellationToken);
        CanHandle = (await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded;
        CanApprove = (await authorization.AuthorizeAsync(User, StaffPolicies.Approver)).Succeeded;
        Allowed = file.Request?.AllowedSteps() ?? [];
        return null;
    }
}

/// <summary>An online correction as listed on the request page.</summary>
public sealed record CorrectionReplyItem(int Id, string Text, string? FileName, DateTimeOffset SubmittedAt);

/// <summary>An attachment as listed on the request page: its name and size in bytes.</summary>
public sealed record AttachmentItem(int Id, string FileName, int Size)
{
    public string SizeText => Size >= 1024 * 1024 ? $"{Size / 1048576.0:0.0} MB" : $"{Math.Max(1, Size / 1024)} KB";
}
