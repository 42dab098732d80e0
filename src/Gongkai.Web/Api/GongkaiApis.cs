namespace Gongkai.Web.Api;

/// <summary>The JSON API: <c>/api/portal</c> for the public, <c>/api/workspace</c> for agency staff, <c>/api/oversight</c> for the reports store.</summary>
internal static class GongkaiApis
{
    public static void MapGongkaiApis(this IEndpointRouteBuilder app)
    {
        app.MapPortalApi();
        app.MapWorkspaceApi();
        app.MapOversightApi();
    }
}
