using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The page a person sees for a missing page, a refused action or a server fault.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "出错了";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    // Read from the address, not bound: binding would read the posted form, which may be the very thing refused.
    public void OnPost() => Describe(int.TryParse(Request.Query["code"], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null);

    // A sentence the refusing middleware or filter left for this request (the field with a control character, the size limit).
    private string? Detail => HttpContext.Items[Infrastructure.RequestSizeLimits.DetailItem] as string;

    private void Describe(int? code)
    {
        (Heading, Message) = code switch
        {
            404 => ("页面不存在", "您要找的页面不存在或已被移除。"),
            403 => ("无权访问", "您的账号没有办理此事项的权限。"),
            429 => ("操作过于频繁", "提交次数过多，请稍后再试。"),
            400 => ("请求有误", Detail ?? "提交的内容有误或页面已过期，请返回重新填写。"),
            413 => ("提交的内容过大", Detail ?? "提交的内容超过上限，未被接受。请减小附件或内容后重新提交。"),
            _ => ("出错了", "系统处理时出现错误，已保存的内容不受影响。请稍后再试。"),
        };
    }
}
