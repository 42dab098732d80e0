using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// 在线申请: the application form of 条例第二十九条; on success the receipt goes to the confirmation page through
/// TempData (Post/Redirect/Get, nothing personal in the address). The body may be far larger than the 5 MB the
/// attachment may be, so that a file too large is refused beside its field with everything typed kept; so is an
/// application beyond the <see cref="SubmissionQuota"/> (answered 429 with the form as typed).
/// </summary>
[RequestSizeLimit(PlatformLimits.ApplyFormBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PlatformLimits.ApplyFormBytes)]
[ChecksOwnText]
public sealed class ApplyModel(GongkaiDb db, RequestPolicy policy, TimeProvider clock, SubmissionQuota quota) : PageModel
{
    [BindProperty]
    public int? AgencyId { get; set; }

    [BindProperty]
    public string? ApplicantType { get; set; } = "naturalPerson";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? IdNumber { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Form { get; set; } = "electronic";

    [BindProperty]
    public string? Delivery { get; set; } = "online";

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public IReadOnlyList<(int Id, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The submission limit's refusal when this application was not accepted for it, or null.</summary>
    public string? TooMany { get; private set; }

    /// <summary>The message for a field (keys of <see cref="ApplicationFields"/>), or null.</summary>
    public string? ErrorFor(string key) => Errors.TryGetValue(key, out var messages) ? string.Join("；", messages) : null;

    public async Task OnGetAsync() => await LoadAgenciesAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new ApplicationInput(AgencyId, ApplicantType, Name, IdNumber, Phone, Address, Email, Description, Form, Delivery);
        Result<IdentityProofFile>? proof = null;
        if (Attachment is { } file)
        {
            await using var stream = file.OpenReadStream();
            proof = await IdentityProofFile.ReadAsync(file.FileName, file.Length, stream, cancellationToken);
        }

        var submitted = proof is { IsSuccess: false }
            // The form is still checked so every mistake is shown at once; nothing is saved.
            ? Result.Fail<ApplicationReceipt>(new Dictionary<string, string[]>(ApplicationRules.Check(input, policy.Today).FieldErrors, StringComparer.Ordinal)
            {
                [ApplicationFields.Attachment] = [proof.Error!],
            })
            : await new SubmitApplication(db, policy, clock, quota).HandleAsync(input, proof?.Value, ClientAddress.Of(HttpContext), cancellationToken);
        if (submitted.Value is not { } receipt)
        {
            if (submitted.Kind == FailureKind.TooMany)
            {
                TooMany = submitted.Error;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = "60";
            }

            Errors = submitted.FieldErrors;
            await LoadAgenciesAsync();
            return Page();
        }

        TempData[AppliedModel.ReceiptKey] = AppliedModel.Pack(receipt);
        var agency = await db.Agencies.Where(a => a.Id == AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        TempData[AppliedModel.AgencyKey] = agency;
        if (!string.IsNullOrWhiteSpace(Email))
        {
            var mail = HttpContext.RequestServices.GetRequiredService<CodeMail>();
            var sent = await mail.SendAsync(new(Email.Trim(), Name?.Trim() ?? "", agency, receipt.TrackingCode, receipt.ReceivedOn, receipt.DueOn), cancellationToken);
            TempData[AppliedModel.MailKey] = sent.Error ?? $"查询码已发送至{Email.Trim()}。";
        }

        return RedirectToPage("/Portal/Applied");
    }

    private async Task LoadAgenciesAsync() =>
        Agencies = (await db.Agencies.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync())
            .Select(a => (a.Id, a.Name)).ToArray();
}
