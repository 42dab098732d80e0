using Gongkai.Data;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The audit actor of a web request: the signed-in user name, <c>portal</c> for the public, <c>system</c> outside
/// a request (start-up, demo data).
/// </summary>
internal sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string Name => http.HttpContext switch
    {
        null => "system",
        { User.Identity: { IsAuthenticated: true, Name: { } name } } => name,
        _ => "portal",
    };
}
