using Microsoft.EntityFrameworkCore;
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
public sealed class RegisterModel(GongkaiDb db, RequestPolicy policy, TimeProvider clock, Gongkai.Web.Portal.CodeMail mail) : PageModel
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

        var registered = RegisterRequest.Run(db, policy, clock, User.AgencyId(), Input, User.Identity?.Name ?? "");
        if (registered.Value is not { } record)
        {
            Errors = registered.Messages;
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        // The applicant who gave an email gets the 查询码 by mail; the printed receipt carries it in any case.
        var mailed = "";
        if (!string.IsNullOrWhiteSpace(record.ApplicantEmail))
        {
            var agency = await db.Agencies.Where(a => a.Id == record.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
            var sent = await mail.SendAsync(new(record.ApplicantEmail, record.ApplicantName, agency, record.TrackingCode, record.ReceivedOn, record.AnswerDue), cancellationToken);
            mailed = sent.IsSuccess ? "&mailed=1" : "&mailed=0";
        }

        return Redirect($"/workspace/requests/{record.TrackingCode}?registered=true{mailed}");
    }
}
