using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Api;

/// <summary>The public's API: the agencies that take applications, submission, and tracking by code.</summary>
internal static class PortalApi
{
    private const string SubmitDescription =
        "按《政府信息公开条例》第二十九条提交申请。applicant.type：naturalPerson（自然人，idNumber 为18位居民身份证号码）、" +
        "commercialEnterprise（商业企业）、researchInstitution（科研机构）、socialWelfareOrganization（社会公益组织）、" +
        "legalServiceAgency（法律服务机构）、otherOrganization（其他）——法人或其他组织的 idNumber 为18位统一社会信用代码。" +
        "form（形式要求）：paper（纸质）、electronic（电子数据）、inspection（查阅）、copying（抄录）。" +
        "delivery（获取方式）：inPerson（当面领取）、post（邮寄）、email（电子邮件，须填 email）、online（网上获取）。" +
        "phone 为11位手机号码或带区号的固定电话。成功时返回 201、查询码、收到申请之日（条例第三十一条第（四）项，提交即确认）和" +
        "答复期限（20个工作日，条例第三十三条；节假日数据缺失时为 null）。字段有误返回 400，errors 的键如 applicant.idNumber。" +
        "同一地址每分钟受理的申请达到上限（默认10件）后返回 429；未通过校验的提交不计入。";

    private const string TrackDescription =
        "按查询码查询办理进度。不带 verify 时只返回状态、日期和办理结果，不含任何申请人信息；" +
        "verify 为申请时所留联系电话的后四位，正确时另返回打码的申请人姓名和办理步骤；verify 错误与查询码不存在一样返回 404。" +
        "同一查询码核验失败5次、同一地址查询失败20次后，15分钟内返回 429。" +
        "status 取值：inProgress、awaitingCorrection、consulting、awaitingPayment、decided、delivered、closed。";

    public static void MapPortalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/portal").WithTags("portal");
        group.MapGet("/agencies", ListAgencies)
            .WithSummary("受理申请的行政机关列表");
        group.MapPost("/requests", Submit)
            .WithSummary("在线提交政府信息公开申请")
            .WithDescription(SubmitDescription)
            .Accepts<SubmissionBody>("application/json")
            .WithMetadata(new RequestSizeLimitAttribute(PlatformLimits.PortalApiBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/requests/{trackingCode}", Track)
            .WithName("PortalTrackRequest")
            .WithSummary("查询申请办理进度")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithDescription(TrackDescription);
    }

    /// <summary>Every agency, in region order, with the id an application names.</summary>
    public static async Task<Ok<AgencyItem[]>> ListAgencies(GongkaiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Agencies.OrderBy(a => a.Id).Select(a => new AgencyItem(a.Id, a.Name)).ToArrayAsync(cancellationToken));

    /// <summary>在线提交申请 (条例第二十九条).</summary>
    public static async Task<Results<Created<ReceiptBody>, ValidationProblem, ProblemHttpResult>> Submit(
        HttpRequest request, GongkaiDb db, RequestPolicy policy, TimeProvider clock, SubmissionQuota quota,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        SubmissionBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<SubmissionBody>(request.Body, json.Value.SerializerOptions, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return TypedResults.Problem(
                title: "请求内容无法识别",
                detail: "请求正文不是有效的JSON，或字段类型不符（agencyId 为数字，其余字段为文本）。",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var input = new ApplicationInput(
            body.AgencyId, body.Applicant?.Type, body.Applicant?.Name, body.Applicant?.IdNumber, body.Applicant?.Phone,
            body.Applicant?.Address, body.Email, body.Description, body.Form, body.Delivery);
        var submitted = await new SubmitApplication(db, policy, clock, quota)
            .HandleAsync(input, proof: null, ClientAddress.Of(request.HttpContext), cancellationToken);
        if (submitted.Kind == FailureKind.TooMany)
        {
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(title: "操作过于频繁", detail: submitted.Error, statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (submitted.Value is not { } receipt)
        {
            return TypedResults.ValidationProblem(submitted.FieldErrors, title: "申请内容有误", detail: "请按各字段的提示修改后重新提交。");
        }

        return TypedResults.Created(
            $"/api/portal/requests/{Uri.EscapeDataString(receipt.TrackingCode)}",
            new ReceiptBody(receipt.TrackingCode, receipt.ReceivedOn, receipt.DueOn, receipt.DueProvisional is not null, receipt.DueProvisional?.Reason));
    }

    /// <summary>申请查询: status and dates; with the phone's last four digits also the masked name and the steps.</summary>
    public static async Task<Results<Ok<TrackingBody>, ProblemHttpResult>> Track(
        string trackingCode, [FromQuery] string? verify, HttpContext http, GongkaiDb db, RequestPolicy policy, PlatformLimits limits,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await new TrackApplication(db, policy, limits, clock).HandleAsync(
            trackingCode, verify, requireVerify: false, ClientAddress.Of(http), cancellationToken);
        if (result.Value is not { } found)
        {
            var (title, status) = result.Kind switch
            {
                FailureKind.NotFound => ("未找到申请", StatusCodes.Status404NotFound),
                FailureKind.TooMany => ("操作过于频繁", StatusCodes.Status429TooManyRequests),
                _ => ("查询内容有误", StatusCodes.Status400BadRequest),
            };
            return TypedResults.Problem(title: title, detail: result.Error, statusCode: status);
        }

        return TypedResults.Ok(new TrackingBody(
            found.TrackingCode,
            found.Status,
            found.StatusLabel,
            found.AgencyName,
            found.ReceivedOn,
            found.DueOn,
            found.DueProvisional is not null,
            found.DueProvisional?.Reason,
            found.AnsweredOn,
            found.Outcome,
            found.OutcomeLabel,
            found.LegalBasis,
            found.ApplicantName,
            found.Steps?.Select(s => new StepBody(s.On, s.Text)).ToArray()));
    }

    public sealed record AgencyItem(int Id, string Name);

    /// <summary>The application as posted; <c>form</c> and <c>delivery</c> take the camelCase names listed in the description.</summary>
    public sealed record SubmissionBody(int? AgencyId, ApplicantBody? Applicant, string? Description, string? Form, string? Delivery, string? Email);

    /// <summary>申请人: type, 姓名或者名称, 身份证明号码, 联系电话, 通信地址.</summary>
    public sealed record ApplicantBody(string? Type, string? Name, string? IdNumber, string? Phone, string? Address);

    /// <summary>
    /// 查询码, 收到申请之日 and 答复期限 (yyyy-MM-dd); <c>dueProvisional</c> when the date is 暂定, with the reason in
    /// <c>dueNote</c>.
    /// </summary>
    public sealed record ReceiptBody(string TrackingCode, DateOnly ReceivedOn, DateOnly? DueOn, bool DueProvisional, string? DueNote);

    public sealed record StepBody(DateOnly On, string Text);

    public sealed record TrackingBody(
        string TrackingCode,
        RequestStatus Status,
        string StatusLabel,
        string Agency,
        DateOnly ReceivedOn,
        DateOnly? DueOn,
        bool DueProvisional,
        string? DueNote,
        DateOnly? AnsweredOn,
        Outcome? Outcome,
        string? OutcomeLabel,
        string? LegalBasis,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ApplicantName,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StepBody[]? Steps);
}
