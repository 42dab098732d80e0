using Gongkai.Domain.Requests;

namespace Gongkai.Web.Portal;

/// <summary>
/// 政府信息公开申请表 as typed on the portal page or posted to the API: every item of 条例第二十九条第二款, as text,
/// checked by <see cref="ApplicationRules"/>. Choices use the API's camelCase names (see <see cref="Choices"/>).
/// </summary>
internal sealed record ApplicationInput(
    int? AgencyId,
    string? ApplicantType,
    string? Name,
    string? IdNumber,
    string? Phone,
    string? Address,
    string? Email,
    string? Description,
    string? Form,
    string? Delivery);

/// <summary>The field keys of validation messages, shared by the page and the API's ProblemDetails.</summary>
internal static class ApplicationFields
{
    public const string AgencyId = "agencyId";
    public const string ApplicantType = "applicant.type";
    public const string Name = "applicant.name";
    public const string IdNumber = "applicant.idNumber";
    public const string Phone = "applicant.phone";
    public const string Address = "applicant.address";
    public const string Email = "email";
    public const string Description = "description";
    public const string Form = "form";
    public const string Delivery = "delivery";
    public const string Attachment = "attachment";
    public const string ArrivedOn = "arrivedOn";
    public const string ConfirmedOn = "confirmedOn";
}

/// <summary>The camelCase names the form and the API accept, with their Chinese labels.</summary>
internal static class Choices
{
    public static readonly IReadOnlyList<(string Value, ApplicantKind Kind, string Label)> ApplicantTypes =
    [
        ("naturalPerson", ApplicantKind.NaturalPerson, "自然人"),
        ("commercialEnterprise", ApplicantKind.CommercialEnterprise, "法人或其他组织·商业企业"),
        ("researchInstitution", ApplicantKind.ResearchInstitution, "法人或其他组织·科研机构"),
        ("socialWelfareOrganization", ApplicantKind.SocialWelfareOrganization, "法人或其他组织·社会公益组织"),
        ("legalServiceAgency", ApplicantKind.LegalServiceAgency, "法人或其他组织·法律服务机构"),
        ("otherOrganization", ApplicantKind.OtherOrganization, "法人或其他组织·其他"),
    ];

    /// <summary>形式要求 (条例第二十九条第二款第（三）项).</summary>
    public static readonly IReadOnlyList<(string Value, InformationForm Form, string Label)> Forms =
    [
        ("paper", InformationForm.Paper, "纸质"),
        ("electronic", InformationForm.Electronic, "电子数据"),
        ("inspection", InformationForm.Inspection, "查阅"),
        ("copying", InformationForm.Copying, "抄录"),
    ];

    /// <summary>获取信息的方式、途径 (条例第二十九条第二款第（三）项).</summary>
    public static readonly IReadOnlyList<(string Value, ReceivingMethod Method, string Label)> Deliveries =
    [
        ("inPerson", ReceivingMethod.InPerson, "当面领取"),
        ("post", ReceivingMethod.Post, "邮寄"),
        ("email", ReceivingMethod.Email, "电子邮件"),
        ("online", ReceivingMethod.Online, "网上获取"),
    ];

    public static ApplicantKind? ParseApplicantKind(string? value) =>
        ApplicantTypes.Where(t => t.Value == value?.Trim()).Select(t => (ApplicantKind?)t.Kind).FirstOrDefault();

    public static InformationForm? ParseForm(string? value) =>
        Forms.Where(t => t.Value == value?.Trim()).Select(t => (InformationForm?)t.Form).FirstOrDefault();

    public static ReceivingMethod? ParseDelivery(string? value) =>
        Deliveries.Where(t => t.Value == value?.Trim()).Select(t => (ReceivingMethod?)t.Method).FirstOrDefault();

    public static string Label(InformationForm form) => Forms.First(f => f.Form == form).Label;

    public static string Label(ReceivingMethod method) => Deliveries.First(f => f.Method == method).Label;
}
