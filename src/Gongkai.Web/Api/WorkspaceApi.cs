using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Api;

/// <summary>Agency staff's API, behind the staff cookie: their agency's requests.</summary>
internal static class WorkspaceApi
{
    public static void MapWorkspaceApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/workspace").WithTags("workspace").RequireAuthorization(StaffPolicies.Staff);
    }
}
