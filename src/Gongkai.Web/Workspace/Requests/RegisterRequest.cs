using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Portal;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>An application received on paper, in person, by letter, fax or orally, as the 登记 form takes it.</summary>
public sealed class RegisterInput
{
    public SubmissionChannel Channel { get; set; } = SubmissionChannel.InPerson;

    /// <summary>The day it was handed in, signed for or arrived.</summary>
    public DateOnly? ArrivedOn { get; set; }

    /// <summary>确认之日 (条例第三十一条第（三）、（四）项), for channels that need it.</summary>
    public DateOnly? ConfirmedOn { get; set; }

    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.NaturalPerson;

    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    /// <summary>
    /// A natural person holding another identity document than the 居民身份证 (护照, 港澳台居民通行证 …), which the
    /// registrar has seen.
    /// </summary>
    public bool OtherDocument { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Email { get; set; }

    public string? Description { get; set; }

    public InformationForm Form { get; set; } = InformationForm.Paper;

    public ReceivingMethod Receiving { get; set; } = ReceivingMethod.InPerson;
}

/// <summary>
/// 登记 (条例第四十五条): registers an application taken in by staff and gives it a 查询码. The application is checked
/// by the portal's rules (<see cref="ApplicationRules"/>: identity document, phone, address, e-mail, description and
/// their lengths, no control characters) and its dates by <see cref="ApplicationRules.Arrival"/>.
/// </summary>
public static class RegisterRequest
{
    /// <summary>The new record, or the messages that stop it (the rules' messages by field, or the domain's refusal).</summary>
    public static Result<RequestRecord> Run(
        GongkaiDb db, RequestPolicy policy, TimeProvider clock, int agencyId, RegisterInput input, string actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Channel))
        {
            errors.TryAdd("channel", ["请选择申请方式"]);
        }

        if (!Enum.IsDefined(input.ApplicantKind))
        {
            errors.TryAdd(ApplicationFields.ApplicantType, ["请选择申请人类型"]);
        }

        var today = policy.Today;
        ApplicationRules.Arrival(input.ArrivedOn, input.ConfirmedOn, today, errors);
        var applicant = ApplicationRules.Applicant(
            Enum.IsDefined(input.ApplicantKind) ? input.ApplicantKind : null, input.Name, input.IdNumber, input.Phone, input.Address, input.Email,
            input.Receiving, input.OtherDocument, today, errors);
        var information = ApplicationRules.Information(input.Description, input.Form, input.Receiving, errors);
        if (errors.Count > 0 || applicant is null || information is null)
        {
            return Result.Fail<RequestRecord>(errors);
        }

        var received = input.ConfirmedOn ?? input.ArrivedOn!.Value;
        var code = TrackingCodes.New(received.Year);
        var registered = new Registered(input.ArrivedOn!.Value, code, applicant.ToApplicant(), information, input.Channel, input.ConfirmedOn);
        var result = DisclosureRequest.Register(registered, policy);
        if (result.Value is not { } request)
        {
            return result.As<RequestRecord>();
        }

        var record = RequestLog.Create(request, agencyId, applicant, actor, clock.GetUtcNow());
        db.Requests.Add(record);
        return Result.Ok(record);
    }
}
