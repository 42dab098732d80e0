using Gongkai.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>The public's API: the agencies that take applications, submission, and tracking by code.</summary>
internal static class PortalApi
{
    public static void MapPortalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/portal").WithTags("portal");
        group.MapGet("/agencies", ListAgencies);
    }

    /// <summary>Every agency, in region order, with the id an application names.</summary>
    public static async Task<Ok<AgencyItem[]>> ListAgencies(GongkaiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Agencies.OrderBy(a => a.Id).Select(a => new AgencyItem(a.Id, a.Name)).ToArrayAsync(cancellationToken));

    public sealed record AgencyItem(int Id, string Name);
}
