namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Headers on every answer: a content security policy that allows the platform's own scripts and style sheets only
/// (no inline script; inline <c>style</c> attributes, which the oversight tables use for indentation, stay allowed),
/// <c>nosniff</c>, a referrer policy that keeps addresses (which hold 查询码) on the site, and no framing by others.
/// HSTS is added by <c>UseHsts</c> on HTTPS answers.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            return next(context);
        });
}
