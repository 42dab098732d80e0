using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Portal;

/// <summary>
/// The answer when the portal's submission limit is reached: the API gets a ProblemDetails in Chinese; a page gets
/// the 429 error page ("操作过于频繁") through the status-code pages.
/// </summary>
internal static class SubmissionLimit
{
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken _)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var problem = TypedResults.Problem(
                title: "操作过于频繁",
                detail: "提交次数过多，请一分钟后再试。",
                statusCode: StatusCodes.Status429TooManyRequests);
            await problem.ExecuteAsync(http);
        }
    }
}
