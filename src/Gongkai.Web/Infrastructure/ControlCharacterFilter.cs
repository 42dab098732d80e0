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
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
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
