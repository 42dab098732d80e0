using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Judging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>
/// 问题清单: every finding of every stored report of a subtree and years, each in words, filtered by rule, severity,
/// unit level and review state; exported as XLSX and as a DOCX 通报 grouped by unit.
/// </summary>
public sealed class ProblemsModel(GongkaiDb db, FindingCache findingCache, TimeProvider clock) : PageModel
{
    /// <summary>The page shows this many problems at most; the files hold them all.</summary>
    public const int PageLimit = 1000;

    [BindProperty(SupportsGet = true)]
    public int? Root { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Review { get; set; }

    internal ProblemView View { get; private set; } = null!;

    internal IReadOnlyList<(int Id, string Name)> Roots { get; private set; } = [];

    internal OversightScope Scope { get; private set; } = null!;

    /// <summary>The query string of the current filters, for the export links.</summary>
    public string Query => Request.QueryString.Value is { Length: > 0 } q ? q.TrimStart('?') : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await BuildAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        await BuildAsync(cancellationToken)
            ? File(ProblemFiles.Xlsx(View.Problems), ProblemFiles.XlsxType, $"问题清单{Years}.xlsx")
            : NotFound();

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        if (!await BuildAsync(cancellationToken))
        {
            return NotFound();
        }

        var name = Roots.FirstOrDefault(r => r.Id == (Root ?? Scope.AgencyId)).Name ?? Scope.AgencyName;
        return File(ProblemFiles.Docx(name, From!.Value, To!.Value, View.Problems), ProblemFiles.DocxType, $"年度报告问题通报{Years}.docx");
    }

    private string Years => From == To ? $"{From}" : $"{From}-{To}";

    private async Task<bool> BuildAsync(CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        (From, To) = OversightScope.Years(From, To, clock.GetUtcNow().Year - 1, span: 1);

        Roots = await Scope.RootsAsync(db, cancellationToken);
        if (Root is { } root && Roots.All(r => r.Id != root))
        {
            // A unit of any level may be asked for (the unit page links here); it must be in scope.
            var unit = await Scope.Units(db).AsNoTracking().Where(u => u.Id == root).Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(cancellationToken);
            if (unit is not null)
            {
                Roots = [.. Roots, (unit.Id, unit.Name)];
            }
        }

        var view = await ProblemList.BuildAsync(db, findingCache, Scope, new ProblemQuery(Root, From.Value, To.Value, Rule, Severity, AgencyLevels.Parse(Level), Review), cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
