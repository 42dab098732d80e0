using Gongkai.Data;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Portal;

/// <summary>An application that passed <see cref="ApplicationRules.Check"/>: values cleaned and typed.</summary>
internal sealed record CheckedApplication(int AgencyId, ApplicantDetails Applicant, RequestedInformation Information);

/// <summary>
/// The checks of an online application, item by item of 条例第二十九条第二款, each failure a Chinese message under
/// the field's key (<see cref="ApplicationFields"/>). Whether the agency exists is checked against the database by
/// <see cref="SubmitApplication"/>.
/// </summary>
internal static class ApplicationRules
{
    public const int MaxName = 100;
    public const int MaxAddress = 200;
    public const int MaxEmail = 254;
    public const int MaxDescription = 4000;

    public static (CheckedApplication? Application, Dictionary<string, string[]> Errors) Check(ApplicationInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string key, string message) => errors.TryAdd(key, [message]);

        if (input.AgencyId is not > 0)
        {
            Fail(ApplicationFields.AgencyId, "请选择受理申请的行政机关");
        }

        var kind = Choices.ParseApplicantKind(input.ApplicantType);
        if (kind is null)
        {
            Fail(ApplicationFields.ApplicantType, string.IsNullOrWhiteSpace(input.ApplicantType)
                ? "请选择申请人类型（自然人或法人或其他组织）"
                : "申请人类型无效，应为自然人或法人或其他组织中的商业企业、科研机构、社会公益组织、法律服务机构、其他");
        }

        var name = (input.Name ?? "").Trim();
        if (name.Length == 0)
        {
            Fail(ApplicationFields.Name, kind is { } k && k.IsOrganization() ? "请填写法人或其他组织的名称" : "请填写申请人姓名");
        }
        else if (name.Length > MaxName)
        {
            Fail(ApplicationFields.Name, $"姓名或名称不能超过{MaxName}个字");
        }

        var id = IdentityDocuments.Clean(input.IdNumber);
        if (id.Length == 0)
        {
            Fail(ApplicationFields.IdNumber, "请填写身份证明号码（条例第二十九条第二款第（一）项）");
        }
        else if (kind == ApplicantKind.NaturalPerson && !IdentityDocuments.IsResidentIdNumber(id, today))
        {
            Fail(ApplicationFields.IdNumber, "居民身份证号码无效：应为18位，且校验位正确（最后一位可为X）");
        }
        else if (kind is { } org && org.IsOrganization() && !IdentityDocuments.IsUnifiedSocialCreditCode(id))
        {
            Fail(ApplicationFields.IdNumber, "统一社会信用代码无效：应为18位数字或大写字母，且校验位正确");
        }

        var phone = IdentityDocuments.CleanPhone(input.Phone);
        if (phone.Length == 0)
        {
            Fail(ApplicationFields.Phone, "请填写联系电话");
        }
        else if (!IdentityDocuments.IsMainlandPhone(phone))
        {
            Fail(ApplicationFields.Phone, "联系电话无效：请填写11位手机号码，或带区号的固定电话（如010-12345678）");
        }

        var address = (input.Address ?? "").Trim();
        if (address.Length == 0)
        {
            Fail(ApplicationFields.Address, "请填写通信地址");
        }
        else if (address.Length > MaxAddress)
        {
            Fail(ApplicationFields.Address, $"通信地址不能超过{MaxAddress}个字");
        }

        var description = (input.Description ?? "").Trim();
        if (description.Length == 0)
        {
            Fail(ApplicationFields.Description, "请填写所需政府信息的名称、文号或者便于查询的特征性描述（条例第二十九条第二款第（二）项）");
        }
        else if (description.Length > MaxDescription)
        {
            Fail(ApplicationFields.Description, $"所需信息的描述不能超过{MaxDescription}个字");
        }

        var form = Choices.ParseForm(input.Form);
        if (form is null)
        {
            Fail(ApplicationFields.Form, "请选择信息的提供形式：纸质、电子数据、查阅或抄录");
        }

        var delivery = Choices.ParseDelivery(input.Delivery);
        if (delivery is null)
        {
            Fail(ApplicationFields.Delivery, "请选择获取信息的方式：当面领取、邮寄、电子邮件或网上获取");
        }

        var email = (input.Email ?? "").Trim();
        if (email.Length == 0 && delivery == ReceivingMethod.Email)
        {
            Fail(ApplicationFields.Email, "选择以电子邮件获取信息时，须填写电子邮箱");
        }
        else if (email.Length > 0 && (email.Length > MaxEmail || !IdentityDocuments.IsEmail(email)))
        {
            Fail(ApplicationFields.Email, "电子邮箱格式不正确");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var applicant = new ApplicantDetails(kind!.Value, name, id, phone, address, email.Length == 0 ? null : email);
        return (new CheckedApplication(input.AgencyId!.Value, applicant, new RequestedInformation(description, form!.Value, delivery!.Value)), errors);
    }
}
