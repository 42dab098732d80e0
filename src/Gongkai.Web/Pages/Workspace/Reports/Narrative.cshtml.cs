using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Reports;

/// <summary>编辑正文: sections 一、五、六 of the year's report (管理员 only); 六 is printed after the fee sentence.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class NarrativeModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    [BindProperty]
    public string? Overview { get; set; }

    [BindProperty]
    public string? Problems { get; set; }

    [BindProperty]
    public string? OtherMatters { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public int Year { get; private set; }

    public string FeeSentence { get; private set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.AgencyId == User.AgencyId() && d.Year == year, cancellationToken);
        Overview = draft?.Overview;
        Problems = draft?.Problems;
        OtherMatters = draft?.OtherMatters;
        Version = draft?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        var saved = await SaveNarrative.RunAsync(db, User.AgencyId(), year, new NarrativeCommand(Overview, Problems, OtherMatters, Version), cancellationToken);
        if (!saved.IsSuccess)
        {
            Errors = saved.Messages;
            return Page();
        }

        TempData["Saved"] = $"{year}年度报告正文已保存。";
        return Redirect($"/workspace/reports/{year}");
    }

    private async Task<bool> LoadAsync(int year, CancellationToken cancellationToken)
    {
        if (year < 2008 || year > policy.Today.Year)
        {
            return false;
        }

        Year = year;
        FeeSentence = (await FeeStatement.ForYearAsync(db, User.AgencyId(), year, cancellationToken)).Sentence;
        return true;
    }
}
