using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Reports;

/// <summary>填报表二: 主动公开政府信息情况 of the year, every row and column of its template (管理员 only).</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class ProactiveModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    public int Year { get; private set; }

    public TableSpec Spec { get; private set; } = null!;

    public int Version { get; private set; }

    /// <summary>The text of each cell by form field, as saved or as typed.</summary>
    public Dictionary<string, string?> Cells { get; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What the 现行有效件数 check against last year says (a warning, not a refusal).</summary>
    public IReadOnlyList<Finding> Warnings { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (year < 2008 || year > policy.Today.Year)
        {
            return NotFound();
        }

        await LoadAsync(year, fill: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, int version, CancellationToken cancellationToken)
    {
        if (year < 2008 || year > policy.Today.Year)
        {
            return NotFound();
        }

        var spec = ReportTemplate.ForYear(year).Proactive;
        var typed = spec.Rows.SelectMany(r => Enumerable.Range(0, r.Columns.Length).Select(c => SaveProactive.Field(r.Key, c)))
            .ToDictionary(f => f, f => (string?)Request.Form[f].ToString());
        var saved = await SaveProactive.RunAsync(db, User.AgencyId(), year, typed, version, cancellationToken);
        Errors = saved.Messages;
        Saved = saved.IsSuccess;
        await LoadAsync(year, fill: Saved, cancellationToken);
        if (!Saved)
        {
            foreach (var (field, text) in typed)
            {
                Cells[field] = text;
            }

            Version = version;
        }

        return Page();
    }

    private async Task LoadAsync(int year, bool fill, CancellationToken cancellationToken)
    {
        Year = year;
        var view = await LoadAnnualReport.RunAsync(db, User.AgencyId(), year, cancellationToken);
        Spec = view.Report.Template.Proactive;
        Version = view.Draft?.Version ?? 0;
        Warnings = [.. view.AcrossYears.SelectMany(r => r.Findings).Where(f => f.Table == TableId.Proactive)];
        if (fill && view.Report.Proactive is { } table)
        {
            foreach (var (row, values) in table.Rows)
            {
                for (var c = 0; c < row.Columns.Length; c++)
                {
                    Cells[SaveProactive.Field(row.Key, c)] = values?[c] is { } v ? ChineseNumbers.Figure(v) : null;
                }
            }
        }
    }
}
