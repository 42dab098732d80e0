using Gongkai.Data;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Reports;

/// <summary>
/// 年度报告: the agency's report of a year generated from its cases, in the official layout, with every rule's
/// result and the statutory publication date (条例第四十九条). Any staff member reads it; the 管理员 edits it.
/// </summary>
public sealed class IndexModel(GongkaiDb db, RequestPolicy policy, IAuthorizationService authorization) : PageModel
{
    internal AnnualReportView View { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool CanEdit { get; private set; }

    /// <summary>The report as the HTML writer prints it, the part between its body tags.</summary>
    public string OfficialBody { get; private set; } = "";

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var agencyId = User.AgencyId();
        var thisYear = policy.Today.Year;
        if (year is not { } y)
        {
            // In January–March the report being prepared is last year's.
            return Redirect($"/workspace/reports/{thisYear - 1}");
        }

        if (y < 2008 || y > thisYear)
        {
            return NotFound();
        }

        Years = await LoadAnnualReport.YearsAsync(db, agencyId, thisYear, cancellationToken);
        View = await LoadAnnualReport.RunAsync(db, agencyId, y, cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, StaffPolicies.Admin)).Succeeded;
        OfficialBody = Body(HtmlReportWriter.Write(View.Report));
        return Page();
    }

    // HtmlReportWriter encodes every text it writes, so its body is safe to place in the page as is.
    private static string Body(string html)
    {
        var start = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return html[start..end];
    }
}
