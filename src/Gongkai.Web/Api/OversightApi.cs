using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Gongkai.Web.Oversight.Matrix;
using Gongkai.Web.Oversight.Reports;
using Gongkai.Web.Oversight.Research;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>
/// The reports store's API, behind the staff cookie and scoped like the pages: a 监督员 sees and imports within the
/// subtree of units under the account's own, other staff their own unit's reports. <c>POST /api/session</c> signs a
/// program (<c>gongkai import</c>) in.
/// </summary>
internal static class OversightApi
{
    public static void MapOversightApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/session", SignIn).WithTags("session").AllowAnonymous();
        var group = app.MapGroup("/api/oversight").WithTags("oversight").RequireAuthorization(StaffPolicies.Staff);
        group.MapGet("/units", Units);
        group.MapPost("/imports", Import).RequireAuthorization(StaffPolicies.Supervisor).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ImportLimits.RequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: ImportLimits.RequestBytes, valueCountLimit: ImportLimits.ZipEntries);
        group.MapGet("/imports/{id:int}", Progress);
        group.MapGet("/pending", Pending);
        group.MapPost("/pending/{id:int}", Assign).RequireAuthorization(StaffPolicies.Supervisor);
        group.MapGet("/matrix", MatrixOf);
        group.MapGet("/reports/{id:int}", Report);
        group.MapGet("/reports/{id:int}/original", Original);
        group.MapGet("/corrections", Corrections);
        group.MapGet("/export/cells", ExportCells)
            .WithSummary("Every cell of every stored report in scope, long format (CSV)")
            .WithDescription("One line a cell: unit, divisionCode, year, template, table, tableName, row, rowLabel, column, columnLabel, "
                + "value (empty when not available), blank (1 when printed blank), sourceFile, sourceUrl, reportId. UTF-8 with BOM, streamed. "
                + "years: a list such as 2021,2023 or a range 2019-2025; every year when omitted. Scoped like the pages.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    public sealed record SessionRequest(string UserName, string Password);

    public static async Task<Results<NoContent, ProblemHttpResult>> SignIn(
        SessionRequest request, HttpContext http, GongkaiDb db, IPasswordHasher<StaffAccount> hasher, TimeProvider clock, PlatformLimits limits,
        ILogger<SessionRequest> log)
    {
        var verified = await StaffSignIn.VerifyAsync(
            db, hasher, clock, limits, log, ClientAddress.Of(http), request.UserName ?? "", request.Password ?? "");
        if (verified.Value is not { } account)
        {
            return TypedResults.Problem(verified.Error, title: "登录失败",
                statusCode: verified.Kind == FailureKind.TooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffClaims.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return TypedResults.NoContent();
    }

    public sealed record UnitItem(int Id, string Name, string Level, int? ParentId, string[] Aliases, string? DivisionCode, string? LocalDeadline, int? FirstYear, int? LastYear);

    public static async Task<Ok<List<UnitItem>>> Units(GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        var units = await scope.Units(db).AsNoTracking().OrderBy(u => u.TreePath).ToListAsync(cancellationToken);
        return TypedResults.Ok(units.Select(u => new UnitItem(u.Id, u.Name, u.Level.Label(), u.Id == scope.AgencyId ? null : u.ParentId,
            [.. u.AliasList], u.DivisionCode, u.LocalDeadline, u.FirstYear, u.LastYear)).ToList());
    }

    public sealed record ImportResponse(int BatchId, int Queued, IReadOnlyList<string> Refused);

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> Import(
        HttpRequest request, GongkaiDb db, ClaimsPrincipal user, TimeProvider clock, ImportSignal signal, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("请以 multipart/form-data 上传文件（字段名 files）", statusCode: StatusCodes.Status400BadRequest, title: "没有文件");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var files = new List<UploadedFile>();
        foreach (var f in form.Files)
        {
            files.Add(await UploadedFile.ReadAsync(f, cancellationToken));
        }

        if (files.Count == 0)
        {
            return TypedResults.Problem("请求中没有文件（字段名 files）", statusCode: StatusCodes.Status400BadRequest, title: "没有文件");
        }

        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        var outcome = await ImportUpload.QueueAsync(db, scope, files, user.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken);
        signal.Queued();
        return TypedResults.Ok(new ImportResponse(outcome.BatchId, outcome.Queued, outcome.Refused));
    }

    public sealed record ProgressItem(int Id, string FileName, string State, string StateLabel, string? Error, int? AgencyId, string? Agency, int? Year, int? ReportId);

    public sealed record ProgressResponse(int BatchId, int Total, int Finished, bool Done, Dictionary<string, int> Counts, IReadOnlyList<string> Refused, IReadOnlyList<ProgressItem> Items);

    public static async Task<Results<Ok<ProgressResponse>, NotFound>> Progress(int id, bool? items, GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        if (await ImportProgress.LoadAsync(db, scope, id, items ?? true, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new ProgressResponse(view.BatchId, view.Total, view.Finished, view.Done,
            view.Counts.ToDictionary(c => Camel(c.Key.ToString()), c => c.Value), view.Refused,
            [.. view.Items.Select(i => new ProgressItem(i.Id, i.FileName, Camel(i.State.ToString()), Data.Oversight.ImportStates.Label(i.State), i.Error, i.AgencyId, i.AgencyName, i.Year, i.ReportId))]));
    }

    public static async Task<Ok<IReadOnlyList<PendingFile>>> Pending(GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        return TypedResults.Ok(await PendingFiles.ListAsync(db, scope, cancellationToken));
    }

    public sealed record AssignRequest(int AgencyId, int Year);

    public static async Task<Results<NoContent, ProblemHttpResult>> Assign(
        int id, AssignRequest request, GongkaiDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        var assigned = await PendingFiles.AssignAsync(db, scope, id, request.AgencyId, request.Year, user.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken);
        return assigned.IsSuccess ? TypedResults.NoContent() : TypedResults.Problem(assigned.Error, title: "不能确认", statusCode: assigned.Kind switch
        {
            FailureKind.Forbidden => StatusCodes.Status403Forbidden,
            FailureKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        });
    }

    public sealed record MatrixCellItem(int Year, string Status, string Label, int? ReportId, DateOnly? PublishedOn, DateOnly? Deadline);

    public sealed record MatrixRowItem(int AgencyId, string Name, string Level, int Depth, string? DivisionCode, IReadOnlyList<MatrixCellItem> Cells);

    public sealed record MatrixResponse(IReadOnlyList<int> Years, IReadOnlyList<MatrixRowItem> Rows);

    public static async Task<Results<Ok<MatrixResponse>, NotFound, ProblemHttpResult>> MatrixOf(
        int? from, int? to, int? root, string? level, string? status, GongkaiDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        var lastYear = clock.GetUtcNow().Year - 1;
        var query = new MatrixQuery(root, from ?? lastYear - 6, to ?? lastYear, AgencyLevels.Parse(level),
            Enum.GetValues<PublicationStatus>().Where(s => s.Key() == status).Select(s => (PublicationStatus?)s).FirstOrDefault(), null);
        if (query.To < query.From || query.To - query.From > 30)
        {
            return TypedResults.Problem("年度范围不正确（起始年度不晚于终止年度，最多30年）", statusCode: StatusCodes.Status400BadRequest, title: "参数有误");
        }

        if (await PublicationMatrix.BuildAsync(db, scope, query, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new MatrixResponse(view.Years, [.. view.Rows.Select(r => new MatrixRowItem(r.AgencyId, r.Name, r.Level.Label(), r.Depth, r.DivisionCode,
            [.. r.Cells.Select(c => new MatrixCellItem(c.Year, c.Status.Key(), c.Status.Label(), c.ReportId, c.PublishedOn, c.Deadline))]))]));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> Report(int id, GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        if (await LoadStoredReport.RunAsync(db, scope, id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        // The reading as stored, in the JSON of report-json.md.
        return TypedResults.Content(view.Current.ReadingJson, "application/json; charset=utf-8");
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> Original(int id, int? version, GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        if (await LoadStoredReport.RunAsync(db, scope, id, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }

        var chosen = version is { } n ? view.Versions.FirstOrDefault(v => v.Number == n) : view.Current;
        if (chosen is null)
        {
            return TypedResults.NotFound();
        }

        var bytes = await ReportStore.FileAsync(db, chosen.FileSha256, cancellationToken);
        return TypedResults.File(bytes, "application/octet-stream", chosen.FileName);
    }

    public static async Task<FileContentHttpResult> Corrections(GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        return TypedResults.File(await CorrectionsFile.BuildAsync(db, scope, cancellationToken), "text/csv; charset=utf-8", "corrections.csv");
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportCells(string? years, GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var parsed = CellExport.ParseYears(years);
        if (parsed.Value is not { } chosen)
        {
            return TypedResults.Problem(parsed.Error, statusCode: StatusCodes.Status400BadRequest, title: "参数有误");
        }

        var scope = await OversightScope.ForAsync(db, user, cancellationToken);
        var name = chosen.Count == 0 ? "cells.csv" : $"cells-{chosen.Min()}-{chosen.Max()}.csv";
        return TypedResults.Stream(stream => CellExport.WriteAsync(stream, db, scope, chosen, cancellationToken), "text/csv; charset=utf-8", name);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
