using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// 申请查询: tracking code and the last four digits of the phone, posted (never in the address). A wrong code and a
/// wrong pair of digits get the same "未找到" answer.
/// </summary>
public sealed class TrackModel(GongkaiDb db, Gongkai.Domain.Requests.RequestPolicy policy, Gongkai.Web.Infrastructure.PlatformLimits limits, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? TrackingCode { get; set; }

    [BindProperty]
    public string? PhoneLastFour { get; set; }

    internal TrackedApplication? Found { get; private set; }

    public bool NothingFound { get; private set; }

    public string? InputError { get; private set; }

    /// <summary>The corrected text as typed, kept when the correction is refused.</summary>
    [BindProperty]
    public string? CorrectionText { get; set; }

    /// <summary>What was done: "补正已提交" etc.</summary>
    public string? Done { get; private set; }

    /// <summary>The digits just verified, carried by the download forms so that each download is verified again.</summary>
    public string? VerifiedDigits { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var digits = (PhoneLastFour ?? "").Trim();
        if (Gongkai.Web.Infrastructure.TextInput.HasControlCharacter(TrackingCode))
        {
            InputError = Gongkai.Web.Infrastructure.TextInput.ControlCharacterMessage("查询码");
            TrackingCode = null;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(TrackingCode) || digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            InputError = "请输入查询码和申请时所留联系电话的后四位数字。";
            return Page();
        }

        await VerifyAsync(digits, cancellationToken);
        return Page();
    }

    /// <summary>
    /// 电子送达: the signed 答复告知书 as Word or PDF, for the verified applicant; the first download by an applicant who
    /// chose to receive the information by email or online is recorded as the delivery.
    /// </summary>
    public async Task<IActionResult> OnPostLetterAsync(string? format, CancellationToken cancellationToken)
    {
        if (!await VerifyAsync((PhoneLastFour ?? "").Trim(), cancellationToken) || Found!.LetterNumber is null)
        {
            return Page();
        }

        var letter = await new ElectronicDelivery(db, policy, clock).LetterAsync(Found.TrackingCode, cancellationToken);
        if (letter is null)
        {
            return Page();
        }

        var docx = Gongkai.Documents.Writers.DocxLetterWriter.Write(letter);
        if (format != "pdf")
        {
            return File(docx, Gongkai.Web.Workspace.Requests.LetterFiles.DocxType, Gongkai.Web.Workspace.Requests.LetterFiles.Name(Found.TrackingCode, letter, "docx"));
        }

        var converted = await Gongkai.Documents.Writers.PdfConversion.FromDocxAsync(docx, cancellationToken: cancellationToken);
        if (converted.Value is not { } pdf)
        {
            InputError = converted.Error + "。";
            await VerifyAsync((PhoneLastFour ?? "").Trim(), cancellationToken);
            return Page();
        }

        return File(pdf, "application/pdf", Gongkai.Web.Workspace.Requests.LetterFiles.Name(Found.TrackingCode, letter, "pdf"));
    }

    /// <summary>A file released with the signed reply, for the verified applicant.</summary>
    public async Task<IActionResult> OnPostFileAsync(int id, CancellationToken cancellationToken)
    {
        if (!await VerifyAsync((PhoneLastFour ?? "").Trim(), cancellationToken))
        {
            return Page();
        }

        var file = await new ElectronicDelivery(db, policy, clock).FileAsync(Found!.TrackingCode, id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, "application/octet-stream", file.FileName);
    }

    /// <summary>补正 online (条例第三十条): the corrected text and an optional file; the typed text is kept on any error.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var digits = (PhoneLastFour ?? "").Trim();
        if (!await VerifyAsync(digits, cancellationToken))
        {
            return Page();
        }

        var corrected = await new OnlineCorrection(db, policy, clock).CorrectAsync(Found!.TrackingCode, CorrectionText, file, cancellationToken);
        return await AfterAsync(corrected, "补正已提交，答复期限自今日起重新计算（条例第三十条）。", digits, cancellationToken);
    }

    /// <summary>撤回: the applicant withdraws the application.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        var digits = (PhoneLastFour ?? "").Trim();
        if (!await VerifyAsync(digits, cancellationToken))
        {
            return Page();
        }

        var withdrawn = await new OnlineCorrection(db, policy, clock).WithdrawAsync(Found!.TrackingCode, cancellationToken);
        return await AfterAsync(withdrawn, "申请已撤回。", digits, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Result<Data.RequestRecord> step, string done, string digits, CancellationToken cancellationToken)
    {
        var error = step.Error;
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            CorrectionText = null;
            Done = done;
        }

        // The page shows the application as it is now.
        var code = Found!.TrackingCode;
        TrackingCode = code;
        await VerifyAsync(digits, cancellationToken);
        InputError = error;
        return Page();
    }

    // Looks the application up with the phone digits; counts a failure as every look-up does.
    private async Task<bool> VerifyAsync(string digits, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(TrackingCode) || digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            InputError = "请输入查询码和申请时所留联系电话的后四位数字。";
            return false;
        }

        var result = await new TrackApplication(db, policy, limits, clock).HandleAsync(
            TrackingCode, digits, requireVerify: true, Gongkai.Web.Infrastructure.ClientAddress.Of(HttpContext), cancellationToken);
        Found = result.Value;
        InputError ??= result.Kind == FailureKind.NotFound ? null : result.Error;
        NothingFound = Found is null && InputError is null;
        if (result.Kind == FailureKind.TooMany)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        PhoneLastFour = null;
        VerifiedDigits = Found is null ? null : digits;
        return Found is not null;
    }

    public static string Date(DateOnly d) => Domain.Calendar.ChineseDates.Format(d);
}
