using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Portal;

/// <summary>What the applicant is told once an online application is registered.</summary>
/// <param name="TrackingCode">查询码.</param>
/// <param name="ReceivedOn">收到申请之日 (条例第三十一条).</param>
/// <param name="DueOn">答复期限; null when it runs into a year the calendar cannot count.</param>
/// <param name="DueProvisional">Set when the 答复期限 is 暂定: counted into a year whose holiday notice is not loaded yet.</param>
internal sealed record ApplicationReceipt(string TrackingCode, DateOnly ReceivedOn, DateOnly? DueOn, Provisional? DueProvisional = null);

/// <summary>
/// 在线提交申请, shared by the portal page and <c>POST /api/portal/requests</c>: checks the form, registers the request
/// through the domain as received over the internet with today as the day both sides confirm it (条例第三十一条第（四）项:
/// the portal confirms on submission), stores it with its log and the optional 身份证明 file, and returns the
/// tracking code and the 20-working-day deadline (条例第三十三条). A checked application takes a permit of the
/// <see cref="SubmissionQuota"/> before it is stored; a failed check takes none.
/// </summary>
internal sealed class SubmitApplication(GongkaiDb db, RequestPolicy policy, TimeProvider clock, SubmissionQuota quota)
{
    /// <summary>The actor recorded on every event of an online application.</summary>
    public const string Actor = "portal";

    /// <summary>The receipt; or the errors by field; or the submission limit's refusal (<see cref="FailureKind.TooMany"/>).</summary>
    public async Task<Result<ApplicationReceipt>> HandleAsync(
        ApplicationInput input, IdentityProofFile? proof, string clientAddress, CancellationToken cancellationToken)
    {
        var today = policy.Today;
        var check = ApplicationRules.Check(input, today);
        if (input.AgencyId is int agencyId && agencyId > 0 && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            var errors = new Dictionary<string, string[]>(check.FieldErrors, StringComparer.Ordinal);
            errors.TryAdd(ApplicationFields.AgencyId, ["所选行政机关不存在，请从列表中选择"]);
            return Result.Fail<ApplicationReceipt>(errors);
        }

        if (check.Value is not { } application)
        {
            return check.As<ApplicationReceipt>();
        }

        if (!quota.TryTake(clientAddress))
        {
            return Result.Fail<ApplicationReceipt>(quota.Refusal, FailureKind.TooMany);
        }

        var code = TrackingCodes.New(today.Year);
        while (await db.Requests.AnyAsync(r => r.TrackingCode == code, cancellationToken))
        {
            code = TrackingCodes.New(today.Year);
        }

        var registered = new Registered(today, code, application.Applicant.ToApplicant(), application.Information, SubmissionChannel.Online, ConfirmedOn: today);
        var result = DisclosureRequest.Register(registered, policy);
        if (result.Value is not { } request)
        {
            return Result.Fail<ApplicationReceipt>(new Dictionary<string, string[]> { [ApplicationFields.Description] = [result.Error!] });
        }

        var record = RequestLog.Create(request, application.AgencyId, application.Applicant, Actor, clock.GetUtcNow());
        if (proof is not null)
        {
            record.Attachments.Add(new AttachmentRecord
            {
                TrackingCode = code,
                FileName = proof.FileName,
                ContentType = proof.ContentType,
                Content = proof.Content,
            });
        }

        db.Requests.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var (due, provisional) = DueOn(request);
        return Result.Ok(new ApplicationReceipt(code, request.ReceivedOn, due, provisional));
    }

    private static (DateOnly? Due, Provisional? Provisional) DueOn(DisclosureRequest request)
    {
        var deadlines = request.Deadlines;
        return (deadlines.AnswerDue, deadlines.AnswerDueProvisional ? deadlines.Provisional : null);
    }
}
