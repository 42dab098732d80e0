using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Bodies larger than the endpoint allows (<see cref="IRequestSizeLimitMetadata"/>, else
/// <see cref="PlatformLimits.DefaultBodyBytes"/>) are answered 413 in Chinese: the API with a ProblemDetails, a page
/// with the error page. A declared length is refused before anything is read; a body that turns out larger while it
/// is read (Kestrel's limit) is caught here rather than becoming a 500.
/// </summary>
internal static class RequestSizeLimits
{
    /// <summary>Where the error page finds the sentence to show.</summary>
    public const string DetailItem = "gongkai:error-detail";

    public static IApplicationBuilder UseRequestSizeLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page re-executed for this very request reads no body.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            var limit = Limit(context);
            if (context.Request.ContentLength is { } length && length > limit)
            {
                await TooLargeAsync(context, limit);
                return;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await TooLargeAsync(context, limit);
            }
            catch (InvalidDataException) when (context.Request.HasFormContentType && !context.Response.HasStarted)
            {
                // The form reader's own limits (multipart body length, value count) were exceeded.
                await TooLargeAsync(context, limit);
            }
        });

    private static long Limit(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? PlatformLimits.DefaultBodyBytes;

    private static async Task TooLargeAsync(HttpContext context, long limit)
    {
        var detail = $"提交的内容过大（上限{Size(limit)}），未被接受。请减小附件或内容后重新提交。";
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(title: "请求内容过大", detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        // A page: the status-code pages show the error page, with this sentence.
        context.Items[DetailItem] = detail;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#}MB"
        : $"{bytes / 1024.0:0.#}KB";
}
