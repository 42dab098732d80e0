using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Requests;

/// <summary>登记申请: an application taken in on paper, in person, by letter, fax or orally (条例第二十九条、第三十一条).</summary>
[Authorize(Policy = StaffPolicies.Registrar)]
[ChecksOwnText]
public sealed class RegisterModel(GongkaiDb db, RequestPolicy policy, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() => Input.ArrivedOn ??= policy.Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Errors = ["填写的内容格式不正确，请检查日期和选项"];
            return Page();
        }

        var (record, errors) = RegisterRequest.Run(db, policy, clock, User.AgencyId(), Input, User.Identity?.Name ?? "");
        if (record is null)
        {
            Errors = errors;
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/workspace/requests/{record.TrackingCode}?registered=1");
    }
}
