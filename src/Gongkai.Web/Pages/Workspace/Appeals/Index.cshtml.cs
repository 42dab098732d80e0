using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Appeals;

/// <summary>
/// 复议、诉讼登记 (表四): the agency's 行政复议 and 行政诉讼 over its requests (条例第五十一条); 承办人 record a new
/// one and, later, its result.
/// </summary>
public sealed class IndexModel(GongkaiDb db, RequestPolicy policy, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AppealRecord> Appeals { get; private set; } = [];

    public bool CanRecord { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public DateOnly Today => policy.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostFileAsync(string? trackingCode, AppealKind kind, DateOnly? filedOn, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded)
        {
            return Forbid();
        }

        Error = filedOn is not { } on
            ? "请填写受理日期。"
            : (await RecordAppeal.FileAsync(db, User.AgencyId(), policy.Today, new FileAppealCommand(trackingCode, kind, on), cancellationToken)).Error;
        return await DoneAsync("已登记。", cancellationToken);
    }

    public async Task<IActionResult> OnPostConcludeAsync(int id, AppealResult result, DateOnly? concludedOn, int version, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded)
        {
            return Forbid();
        }

        Error = concludedOn is not { } on
            ? "请填写审结日期。"
            : (await RecordAppeal.ConcludeAsync(db, User.AgencyId(), policy.Today, new ConcludeAppealCommand(id, result, on, version), cancellationToken)).Error;
        return await DoneAsync("审理结果已登记。", cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(string saved, CancellationToken cancellationToken)
    {
        if (Error is null)
        {
            Saved = saved;
            return Redirect("/workspace/appeals");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var agencyId = User.AgencyId();
        Appeals = await db.Appeals.AsNoTracking().Where(a => a.AgencyId == agencyId)
            .OrderByDescending(a => a.FiledOn).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        CanRecord = (await authorization.AuthorizeAsync(User, StaffPolicies.Handler)).Succeeded;
    }
}
