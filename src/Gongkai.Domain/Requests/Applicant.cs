using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// 申请人类型: 自然人, or one of the five kinds of 法人或其他组织 that 表三 counts in its own column.
/// The numeric value is the 0-based 表三 column (report-json.md).
/// </summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson = 0,

    /// <summary>法人或其他组织·商业企业.</summary>
    CommercialEnterprise = 1,

    /// <summary>法人或其他组织·科研机构.</summary>
    ResearchInstitution = 2,

    /// <summary>法人或其他组织·社会公益组织.</summary>
    SocialWelfareOrganization = 3,

    /// <summary>法人或其他组织·法律服务机构.</summary>
    LegalServiceAgency = 4,

    /// <summary>法人或其他组织·其他.</summary>
    OtherOrganization = 5,
}

/// <summary>表三 columns and printed names of <see cref="ApplicantKind"/>.</summary>
public static class ApplicantKinds
{
    /// <summary>The 0-based 表三 column the applicant is counted in (总计 is column 6).</summary>
    public static int Column(this ApplicantKind kind) =>
        Enum.IsDefined(kind) ? (int)kind : throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary>自然人, 商业企业, …, 其他: the column label as 表三 prints it.</summary>
    public static string Label(this ApplicantKind kind) => ReportTemplate.ApplicantColumns[kind.Column()].Label;

    /// <summary>Whether the applicant is a 法人或其他组织.</summary>
    public static bool IsOrganization(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}

/// <summary>
/// 申请人 as 条例第二十九条第二款第（一）项 requires: "申请人的姓名或者名称、身份证明、联系方式". Blank fields are
/// allowed here and refused when the request is registered, with a message naming the missing item.
/// </summary>
public sealed record Applicant(ApplicantKind Kind, string Name, string IdentityProof, string Contact);

/// <summary>形式要求 (条例第二十九条第二款第（三）项、第四十条): the form the information is wanted in.</summary>
public enum InformationForm
{
    /// <summary>纸质.</summary>
    Paper,

    /// <summary>电子数据.</summary>
    Electronic,

    /// <summary>查阅.</summary>
    Inspection,

    /// <summary>抄录.</summary>
    Copying,
}

/// <summary>获取信息的方式、途径 (条例第二十九条第二款第（三）项): how the applicant wants to receive it.</summary>
public enum ReceivingMethod
{
    /// <summary>当面领取.</summary>
    InPerson,

    /// <summary>邮寄.</summary>
    Post,

    /// <summary>电子邮件.</summary>
    Email,

    /// <summary>网上获取.</summary>
    Online,
}

/// <summary>The names of <see cref="InformationForm"/> and <see cref="ReceivingMethod"/> as the form and the letters print them.</summary>
public static class RequestedInformationLabels
{
    public static string Label(this InformationForm form) => form switch
    {
        InformationForm.Paper => "纸质",
        InformationForm.Electronic => "电子数据",
        InformationForm.Inspection => "查阅",
        InformationForm.Copying => "抄录",
        _ => form.ToString(),
    };

    public static string Label(this ReceivingMethod method) => method switch
    {
        ReceivingMethod.InPerson => "当面领取",
        ReceivingMethod.Post => "邮寄",
        ReceivingMethod.Email => "电子邮件",
        ReceivingMethod.Online => "网上获取",
        _ => method.ToString(),
    };
}

/// <summary>
/// 申请公开的政府信息 (条例第二十九条第二款第（二）、（三）项): "名称、文号或者便于行政机关查询的其他特征性描述", and the
/// form and way the applicant wants it.
/// </summary>
public sealed record RequestedInformation(string Description, InformationForm Form, ReceivingMethod Receiving);
