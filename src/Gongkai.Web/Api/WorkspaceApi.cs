using System.Security.Claims;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Api;

/// <summary>
/// Agency staff's API, behind the staff cookie: their agency's requests (names masked in lists), one request in
/// full, and handling steps with optimistic concurrency (409 on a stale version, 400 with the law's refusal).
/// </summary>
internal static class WorkspaceApi
{
    public static void MapWorkspaceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workspace").WithTags("workspace").RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/requests", List);
        group.MapGet("/requests/{code}", Get);
        group.MapPost("/requests/{code}/events", Post).RequireAuthorization(StaffPolicies.Handler);
    }

    public static async Task<Ok<ListResponse>> List(
        GongkaiDb db, RequestPolicy policy, ClaimsPrincipal user, string? status, string? q, int? page, CancellationToken cancellationToken)
    {
        var result = await ListRequests.RunAsync(db, policy, user.AgencyId(), status, q, page ?? 1, cancellationToken);
        return TypedResults.Ok(new ListResponse(
            result.Total,
            result.PageNumber,
            result.PageCount,
            [.. result.Rows.Select(r => new ListItem(
                r.TrackingCode, r.ApplicantName, r.Description, r.Status, r.Status.Label(), r.ReceivedOn, r.AnswerDue,
                r.Due?.WorkingDays, r.Due?.State == DueState.Overdue, r.Due?.State == DueState.Soon, r.Due?.Provisional is not null, r.Due?.Provisional?.Reason))]));
    }

    public static async Task<Results<Ok<RequestResponse>, NotFound>> Get(
        GongkaiDb db, RequestPolicy policy, ClaimsPrincipal user, string code, CancellationToken cancellationToken) =>
        await LoadRequest.RunAsync(db, policy, user.AgencyId(), code, cancellationToken) is { } file
            ? TypedResults.Ok(Full(file))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<RequestResponse>, NotFound, ProblemHttpResult>> Post(
        GongkaiDb db, RequestPolicy policy, TimeProvider clock, IAuthorizationService authorization, ClaimsPrincipal user,
        string code, StepInput step, CancellationToken cancellationToken)
    {
        var approver = (await authorization.AuthorizeAsync(user, StaffPolicies.Approver)).Succeeded;
        var result = await RecordStep.RunAsync(
            db, policy, clock, user.AgencyId(), code, step, user.Identity?.Name ?? "", user.StaffName(), approver, cancellationToken);
        if (result.Value is { } recorded)
        {
            return TypedResults.Ok(Full(LoadRequest.From(recorded, policy)));
        }

        return result.Kind switch
        {
            FailureKind.NotFound => TypedResults.NotFound(),
            FailureKind.Forbidden => TypedResults.Problem(result.Error, statusCode: StatusCodes.Status403Forbidden, title: "无权办理"),
            FailureKind.Conflict => TypedResults.Problem(result.Error, statusCode: StatusCodes.Status409Conflict, title: "版本冲突"),
            _ => TypedResults.Problem(result.Error, statusCode: StatusCodes.Status400BadRequest, title: "不能办理"),
        };
    }

    private static RequestResponse Full(RequestFile file)
    {
        var r = file.Record;
        var d = file.Request?.Deadlines;

        return new RequestResponse(
            r.TrackingCode,
            r.Version,
            r.Status,
            r.Status.Label(),
            new ApplicantResponse(r.ApplicantKind, r.ApplicantName, r.ApplicantIdNumber, r.ApplicantPhone, r.ApplicantAddress, r.ApplicantEmail),
            r.Description,
            r.Channel,
            r.ReceivedOn,
            r.Outcome,
            r.Outcome?.Label(),
            r.Outcome?.LegalBasis(),
            r.AnsweredOn,
            d,
            [.. file.NextSteps.Select(s => s.Display)],
            [.. file.Request?.AllowedSteps() ?? []],
            [.. file.Timeline.Select(e => new EventResponse(e.Sequence, JsonNamingPolicy.CamelCase.ConvertName(e.Event.GetType().Name), e.On, e.Step, e.RecordedBy, e.Details))]);
    }

    public sealed record ListResponse(int Total, int Page, int PageCount, ListItem[] Items);

    public sealed record ListItem(
        string TrackingCode, string ApplicantName, string Description, RequestStatus Status, string StatusLabel, DateOnly ReceivedOn,
        DateOnly? AnswerDue, int? WorkingDays, bool Overdue, bool DueSoon, bool Provisional, string? ProvisionalReason);

    public sealed record ApplicantResponse(ApplicantKind Kind, string Name, string IdNumber, string Phone, string Address, string? Email);

    public sealed record EventResponse(int Sequence, string Kind, DateOnly On, string Step, string RecordedBy, string Details);

    public sealed record RequestResponse(
        string TrackingCode, int Version, RequestStatus Status, string StatusLabel, ApplicantResponse Applicant, string Description,
        SubmissionChannel Channel, DateOnly ReceivedOn, Outcome? Outcome, string? OutcomeLabel, string? LegalBasis, DateOnly? AnsweredOn,
        RequestDeadlines? Deadlines, string[] NextSteps, RequestStep[] AllowedSteps, EventResponse[] Events);
}
