using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Marks a page whose form checks its own text fields for control characters and shows the message beside the
/// field (the apply form, the registration form).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ChecksOwnTextAttribute : Attribute;

/// <summary>
/// The safety net of every other page: a posted field or query value holding a control character (see
/// <see cref="TextInput"/>) is refused with the error page (400) naming the field, before the page's handler runs.
/// </summary>
internal sealed class ControlCharacterFilter : IAsyncPageFilter
{
    internal static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UserName"] = "用户名",
        ["Password"] = "密码",
        ["Step.Items"] = "补正事项",
        ["Step.ConsultedName"] = "被征求意见的第三方或机关名称",
        ["Step.Opinion"] = "意见",
        ["Step.Reason"] = "理由",
        ["TrackingCode"] = "查询码",
        ["PhoneLastFour"] = "联系电话后四位",
        ["q"] = "搜索内容",
        ["Name"] = "姓名或名称",
        ["IdNumber"] = "身份证明号码",
        ["Phone"] = "联系电话",
        ["Address"] = "通信地址",
        ["Email"] = "电子邮箱",
        ["Description"] = "所需信息的描述",
        ["Input.Name"] = "姓名或名称",
        ["Input.IdNumber"] = "身份证明号码",
        ["Input.Phone"] = "联系电话",
        ["Input.Address"] = "通信地址",
        ["Input.Email"] = "电子邮箱",
        ["Input.Description"] = "所需信息的描述",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerInstance.GetType().IsDefined(typeof(ChecksOwnTextAttribute), inherit: false)
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || Offending(context.HttpContext.Request) is not { } key)
        {
            await next();
            return;
        }

        context.HttpContext.Items[RequestSizeLimits.DetailItem] = TextInput.ControlCharacterMessage(Labels.GetValueOrDefault(key, key));
        context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    private static string? Offending(HttpRequest request)
    {
        foreach (var (key, values) in request.Query)
        {
            if (TextInput.HasControlCharacter(key) || values.Any(TextInput.HasControlCharacter))
            {
                return key;
            }
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        foreach (var (key, values) in request.Form)
        {
            if (TextInput.HasControlCharacter(key) || values.Any(TextInput.HasControlCharacter))
            {
                return key;
            }
        }

        return null;
    }
}

/// <summary>
/// NUL in a URL-encoded form: ASP.NET Core's form reader refuses <c>%00</c> outright, so no page could say which
/// field held it (the antiforgery check failed, then the error page itself). The body is looked at before any form
/// is read; a field holding <c>%00</c> is refused with the error page (400) naming it. Multipart forms (the apply form,
/// as browsers send it) and JSON reach the forms' own checks.
/// </summary>
internal static class FormNulCheck
{
    // URL-encoded forms larger than this are left to the form reader's own limits.
    private const int MaxScannedBytes = 4 * 1024 * 1024;

    public static IApplicationBuilder UseFormNulCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method)
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && request.ContentLength is null or <= MaxScannedBytes
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                request.EnableBuffering(MaxScannedBytes);
                var body = await ReadAsync(request.Body, context.RequestAborted);
                request.Body.Position = 0;
                if (body is not null && FieldWithNul(body) is { } key)
                {
                    context.Items[RequestSizeLimits.DetailItem] = TextInput.ControlCharacterMessage(ControlCharacterFilter.Labels.GetValueOrDefault(key, key));
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next(context);
        });

    private static async Task<string?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int n;
        while ((n = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            copy.Write(buffer, 0, n);
            if (copy.Length > MaxScannedBytes)
            {
                return null;
            }
        }

        return Encoding.ASCII.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }

    private static string? FieldWithNul(string body)
    {
        foreach (var pair in body.Split('&'))
        {
            if (pair.Contains("%00", StringComparison.Ordinal))
            {
                var key = pair.Split('=')[0].Replace('+', ' ');
                return key.Contains("%00", StringComparison.Ordinal) ? "字段名" : Uri.UnescapeDataString(key);
            }
        }

        return null;
    }
}
