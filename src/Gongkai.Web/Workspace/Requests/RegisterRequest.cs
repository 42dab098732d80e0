using Gongkai.Data;
using Gongkai.Domain.Requests;

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

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Email { get; set; }

    public string? Description { get; set; }

    public InformationForm Form { get; set; } = InformationForm.Paper;

    public ReceivingMethod Receiving { get; set; } = ReceivingMethod.InPerson;
}

/// <summary>登记 (条例第四十五条): registers an application taken in by staff and gives it a 查询码.</summary>
public static class RegisterRequest
{
    /// <summary>The new record, or the messages that stop it (blank fields, then the domain's refusal).</summary>
    public static (RequestRecord? Record, IReadOnlyList<string> Errors) Run(
        GongkaiDb db, RequestPolicy policy, TimeProvider clock, int agencyId, RegisterInput input, string actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        if (!Enum.IsDefined(input.Channel))
        {
            errors.Add("请选择申请方式");
        }

        if (!Enum.IsDefined(input.ApplicantKind))
        {
            errors.Add("请选择申请人类型");
        }

        if (!Enum.IsDefined(input.Form) || !Enum.IsDefined(input.Receiving))
        {
            errors.Add("请选择信息的提供形式和获取方式");
        }

        if (input.ArrivedOn is null)
        {
            errors.Add("请填写申请提交或到达的日期");
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && !input.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("电子邮箱格式不正确");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var applicant = new ApplicantDetails(
            input.ApplicantKind, (input.Name ?? "").Trim(), (input.IdNumber ?? "").Trim(), (input.Phone ?? "").Trim(),
            (input.Address ?? "").Trim(), string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim());
        var received = input.ConfirmedOn ?? input.ArrivedOn!.Value;
        var code = TrackingCodes.New(received.Year);
        var registered = new Registered(
            input.ArrivedOn!.Value,
            code,
            applicant.ToApplicant(),
            new RequestedInformation((input.Description ?? "").Trim(), input.Form, input.Receiving),
            input.Channel,
            input.ConfirmedOn);

        var result = DisclosureRequest.Register(registered, policy);
        if (result.Value is not { } request)
        {
            return (null, [result.Error!]);
        }

        var record = RequestLog.Create(request, agencyId, applicant, actor, clock.GetUtcNow());
        db.Requests.Add(record);
        return (record, []);
    }
}
