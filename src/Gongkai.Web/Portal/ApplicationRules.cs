using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Portal;

/// <summary>An application that passed <see cref="ApplicationRules.Check"/>: values cleaned and typed.</summary>
internal sealed record CheckedApplication(int AgencyId, ApplicantDetails Applicant, RequestedInformation Information);

/// <summary>
/// The one rule set of an application, item by item of 条例第二十九条第二款, for the portal's form and API and for
/// the workspace's registration of a paper, letter, fax or oral application alike; each failure a Chinese message
/// under the field's key (<see cref="ApplicationFields"/>). The only difference: staff, who see the document itself,
/// may register an applicant holding an identity document other than the 居民身份证 (<c>otherDocument</c>). Whether
/// the agency exists is checked against the database by <see cref="SubmitApplication"/>.
/// </summary>
internal static class ApplicationRules
{
    public const int MaxName = 100;
    public const int MaxIdNumber = 30;
    public const int MaxPhone = 30;
    public const int MaxAddress = 200;
    public const int MaxEmail = 254;
    public const int MaxDescription = 4000;

    /// <summary>
    /// The earliest date an application may have arrived: the day the 2019 revision of 条例 came into force, which
    /// is also where the working-day calendar begins.
    /// </summary>
    public static readonly DateOnly EarliestArrival = new(2019, 5, 15);

    /// <summary>
    /// The portal's application (form or API): choices as their camelCase names; a refusal carries every field's
    /// message (keys of <see cref="ApplicationFields"/>).
    /// </summary>
    public static Result<CheckedApplication> Check(ApplicationInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string key, string message) => errors.TryAdd(key, [message]);

        if (input.AgencyId is not > 0)
        {
            Fail(ApplicationFields.AgencyId, "请选择受理申请的行政机关");
        }

        var kind = Plain(input.ApplicantType, ApplicationFields.ApplicantType, "申请人类型", errors) is { } typed ? Choices.ParseApplicantKind(typed) : null;
        if (kind is null && !errors.ContainsKey(ApplicationFields.ApplicantType))
        {
            Fail(ApplicationFields.ApplicantType, string.IsNullOrWhiteSpace(input.ApplicantType)
                ? "请选择申请人类型（自然人或法人或其他组织）"
                : "申请人类型无效，应为自然人或法人或其他组织中的商业企业、科研机构、社会公益组织、法律服务机构、其他");
        }

        var form = Plain(input.Form, ApplicationFields.Form, "提供形式", errors) is { } f ? Choices.ParseForm(f) : null;
        var delivery = Plain(input.Delivery, ApplicationFields.Delivery, "获取方式", errors) is { } d ? Choices.ParseDelivery(d) : null;
        var details = Applicant(kind, input.Name, input.IdNumber, input.Phone, input.Address, input.Email, delivery, otherDocument: false, today, errors);
        var information = Information(input.Description, form, delivery, errors);
        return errors.Count == 0 && details is not null && information is not null
            ? Result.Ok(new CheckedApplication(input.AgencyId!.Value, details, information))
            : Result.Fail<CheckedApplication>(errors);
    }

    /// <summary>
    /// 申请人 (条例第二十九条第二款第（一）项): name, identity document, phone, address and the optional e-mail,
    /// cleaned; null with the messages added to <paramref name="errors"/> when any is wrong.
    /// </summary>
    public static ApplicantDetails? Applicant(
        ApplicantKind? kind, string? nameInput, string? idInput, string? phoneInput, string? addressInput, string? emailInput,
        ReceivingMethod? delivery, bool otherDocument, DateOnly today, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var name = Field(nameInput, ApplicationFields.Name, "姓名或名称", errors, v => v.Trim(), v => v switch
        {
            "" => kind is { } k && k.IsOrganization() ? "请填写法人或其他组织的名称" : "请填写申请人姓名",
            { Length: > MaxName } => $"姓名或名称不能超过{MaxName}个字",
            _ => null,
        });
        var id = Field(idInput, ApplicationFields.IdNumber, "身份证明号码", errors, IdentityDocuments.Clean, v => v switch
        {
            "" => "请填写身份证明号码（条例第二十九条第二款第（一）项）",
            _ when kind == ApplicantKind.NaturalPerson && otherDocument => IdentityDocuments.IsOtherDocumentNumber(v)
                ? null
                : "其他身份证件号码无效：应为5至30位字母、数字或连字符",
            _ when kind == ApplicantKind.NaturalPerson => IdentityDocuments.IsResidentIdNumber(v, today)
                ? null
                : "居民身份证号码无效：应为18位，且校验位正确（最后一位可为X）",
            _ when kind is { } org && org.IsOrganization() => IdentityDocuments.IsUnifiedSocialCreditCode(v)
                ? null
                : "统一社会信用代码无效：应为18位数字或大写字母，且校验位正确",
            _ => null,
        });
        var phone = Field(phoneInput, ApplicationFields.Phone, "联系电话", errors, IdentityDocuments.CleanPhone, v => v switch
        {
            "" => "请填写联系电话",
            _ when v.Length > MaxPhone || !IdentityDocuments.IsMainlandPhone(v) => "联系电话无效：请填写11位手机号码，或带区号的固定电话（如010-12345678）",
            _ => null,
        });
        var address = Field(addressInput, ApplicationFields.Address, "通信地址", errors, v => v.Trim(), v => v switch
        {
            "" => "请填写通信地址",
            { Length: > MaxAddress } => $"通信地址不能超过{MaxAddress}个字",
            _ => null,
        });
        var email = Field(emailInput, ApplicationFields.Email, "电子邮箱", errors, v => v.Trim(), v => v switch
        {
            "" => delivery == ReceivingMethod.Email ? "选择以电子邮件获取信息时，须填写电子邮箱" : null,
            _ when v.Length > MaxEmail || !IdentityDocuments.IsEmail(v) => "电子邮箱格式不正确",
            _ => null,
        });

        return errors.Count == before && kind is { } valid
            ? new ApplicantDetails(valid, name, id, phone, address, email.Length == 0 ? null : email)
            : null;
    }

    /// <summary>所需政府信息 (第（二）项) and its 形式要求 (第（三）项).</summary>
    public static RequestedInformation? Information(string? descriptionInput, InformationForm? form, ReceivingMethod? delivery, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        void Fail(string key, string message) => errors.TryAdd(key, [message]);
        var before = errors.Count;
        var description = Field(descriptionInput, ApplicationFields.Description, "所需信息的描述", errors, v => v.Trim(), v => v switch
        {
            "" => "请填写所需政府信息的名称、文号或者便于查询的特征性描述（条例第二十九条第二款第（二）项）",
            { Length: > MaxDescription } => $"所需信息的描述不能超过{MaxDescription}个字",
            _ => null,
        });

        if (form is not { } f || !Enum.IsDefined(f))
        {
            Fail(ApplicationFields.Form, "请选择信息的提供形式：纸质、电子数据、查阅或抄录");
        }

        if (delivery is not { } d || !Enum.IsDefined(d))
        {
            Fail(ApplicationFields.Delivery, "请选择获取信息的方式：当面领取、邮寄、电子邮件或网上获取");
        }

        return errors.Count == before && form is { } chosenForm && delivery is { } chosenDelivery
            ? new RequestedInformation(description, chosenForm, chosenDelivery)
            : null;
    }

    /// <summary>
    /// The date an application arrived and, for the channels of 条例第三十一条第（三）、（四）项, the day both sides
    /// confirmed it: given, not before <see cref="EarliestArrival"/>, not after today, confirmation not before arrival.
    /// </summary>
    public static void Arrival(DateOnly? arrivedOn, DateOnly? confirmedOn, DateOnly today, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (arrivedOn is not { } arrived)
        {
            errors.TryAdd(ApplicationFields.ArrivedOn, ["请填写申请提交或到达的日期"]);
        }
        else if (arrived < EarliestArrival || arrived > today)
        {
            errors.TryAdd(ApplicationFields.ArrivedOn, [$"申请提交或到达的日期应在{Date(EarliestArrival)}（条例修订施行之日）至今天（{Date(today)}）之间"]);
        }

        if (confirmedOn is { } confirmed && (confirmed < EarliestArrival || confirmed > today))
        {
            errors.TryAdd(ApplicationFields.ConfirmedOn, [$"确认日期应在{Date(EarliestArrival)}至今天（{Date(today)}）之间"]);
        }
    }

    /// <summary>
    /// The value unless it holds a control character (NUL and the rest of C0/C1 except tab and line breaks, which no
    /// person types and PostgreSQL cannot store); then null and a message naming the field.
    /// </summary>
    public static string? Plain(string? value, string key, string label, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (TextInput.HasControlCharacter(value))
        {
            errors.TryAdd(key, [TextInput.ControlCharacterMessage(label)]);
            return null;
        }

        return value;
    }

    // The cleaned value, its message added under key when the rule or the control-character check refuses it.
    private static string Field(
        string? input, string key, string label, Dictionary<string, string[]> errors, Func<string, string> clean, Func<string, string?> rule)
    {
        if (TextInput.HasControlCharacter(input))
        {
            errors.TryAdd(key, [TextInput.ControlCharacterMessage(label)]);
            return "";
        }

        var value = clean(input ?? "");
        if (rule(value) is { } message)
        {
            errors.TryAdd(key, [message]);
        }

        return value;
    }

    private static string Date(DateOnly d) => Domain.Calendar.ChineseDates.Format(d);
}
