using Gongkai.Data;
using Gongkai.Documents.Writers;
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
/// The letters of a request, each to print and as DOCX and PDF under its 文号: the 答复告知书 (default) with its draft
/// → 审核 → 签发, the 补正通知书 (<c>?kind=correction</c>) and the 延期答复告知书 (<c>?kind=extension</c>).
/// </summary>
public sealed class LetterModel(GongkaiDb db, RequestPolicy policy, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public StepInput Step { get; set; } = new();

    public RequestFile Case { get; private set; } = null!;

    /// <summary>The letter shown: the 答复告知书 composed from the signed text, the draft or the generated text, or a notice.</summary>
    public OfficialLetter Letter { get; private set; } = null!;

    /// <summary>True for the 答复告知书, which has the draft → 审核 → 签发 steps.</summary>
    public bool IsReply { get; private set; }

    /// <summary>The text in the editor: what was posted when a save was refused, else the draft or the generated text.</summary>
    public string DraftText { get; private set; } = "";

    public bool CanHandle { get; private set; }

    public bool CanApprove { get; private set; }

    /// <summary>The steps the law allows on the request now (<see cref="DisclosureRequest.AllowedSteps"/>).</summary>
    public IReadOnlyList<RequestStep> Allowed { get; private set; } = [];

    /// <summary>Whether the page shows the form of a letter step: the domain allows it now and the member may record it.</summary>
    public bool Offers(RequestStep step) => StepForms.Shows(Allowed, step, CanHandle, CanApprove);

    /// <summary>Why a letter cannot be signed under the agency's settings, or null.</summary>
    public string? SettingsMissing { get; private set; }

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done is null ? null : $"已记录「{done}」。";
        return await LoadAsync(cancellationToken) ?? Page();
    }

    /// <summary>The letter as a Word document in the 公文 layout.</summary>
    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        return File(DocxLetterWriter.Write(Letter), LetterFiles.DocxType, LetterFiles.Name(Case.Record.TrackingCode, Letter, "docx"));
    }

    /// <summary>The letter as PDF, made by LibreOffice from the DOCX; a clear reason when it cannot be made.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var converted = await PdfConversion.FromDocxAsync(DocxLetterWriter.Write(Letter), cancellationToken: cancellationToken);
        if (converted.Value is not { } pdf)
        {
            Error = converted.Error;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        return File(pdf, "application/pdf", LetterFiles.Name(Case.Record.TrackingCode, Letter, "pdf"));
    }

    /// <summary>拟稿, 审核 or 签发 of the 答复告知书; a refusal keeps the text that was typed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Kind = null;
        if (!(await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded)
        {
            return Forbid();
        }

        if (Step.Type is not (StepInput.LetterDrafted or StepInput.LetterReviewed or StepInput.LetterSigned))
        {
            return BadRequest();
        }

        var approver = (await authorization.AuthorizeAsync(User, StaffPolicies.Approver)).Succeeded;
        var result = await RecordStep.RunAsync(
            db, policy, clock, User.AgencyId(), Code, Step, User.Identity?.Name ?? "", User.StaffName(), approver, cancellationToken);
        if (result.Value is { } recorded)
        {
            return Redirect($"/workspace/requests/{recorded.TrackingCode}/letter?done={Uri.EscapeDataString(StepInput.NameOf(Step.Type))}");
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
        db.ChangeTracker.Clear();
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var file = await LoadRequest.RunAsync(db, policy, User.AgencyId(), Code, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Case = file;
        CanHandle = (await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded;
        CanApprove = (await authorization.AuthorizeAsync(User, StaffPolicies.Approver)).Succeeded;
        Allowed = file.Request?.AllowedSteps() ?? [];
        var events = file.Timeline.Select(t => t.Event).ToList();
        switch (Kind)
        {
            case "correction" when events.OfType<CorrectionRequested>().LastOrDefault() is { } notice:
                Letter = ReplyLetter.CorrectionLetter(file.Record, file.AgencyName, notice);
                break;
            case "extension" when events.OfType<ExtensionApproved>().LastOrDefault() is { } extension:
                Letter = ReplyLetter.ExtensionLetter(file.Record, file.AgencyName, extension, file.Record.AnswerDue);
                break;
            case null or "" or "reply" when file.Request?.Decision is not null:
                var settings = (await db.LetterSettings.AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == file.Record.AgencyId, cancellationToken))?.ToSettings();
                SettingsMissing = (settings ?? new LetterSettings("", "", "")).Check();
                Letter = ReplyLetter.Compose(file.Record, file.AgencyName, file.Request, settings);
                IsReply = true;
                DraftText = Step.Type == StepInput.LetterDrafted && Step.Text is { } posted
                    ? posted
                    : file.Request.LetterDraft?.Text ?? ReplyLetter.Draft(file.Record, file.Request.Decision);
                break;
            default:
                return NotFound();
        }

        return null;
    }
}
