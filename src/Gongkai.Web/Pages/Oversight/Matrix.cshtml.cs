using Gongkai.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Matrix;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>发布情况: units × years of a subtree, filtered by level and status, and the list of units not published for a year as XLSX.</summary>
public sealed class MatrixModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Root { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? StatusYear { get; set; }

    internal MatrixView View { get; private set; } = null!;

    internal IReadOnlyList<(int Id, string Name)> Roots { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await BuildAsync(cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>未发布名单: the units with no report for <paramref name="year"/>, as XLSX.</summary>
    public async Task<IActionResult> OnGetMissingAsync(int year, CancellationToken cancellationToken)
    {
        From = year;
        To = year;
        Status = PublicationStatus.Missing.Key();
        StatusYear = year;
        var view = await BuildAsync(cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        var rows = view.Rows.Select(r => new Dictionary<string, object?>
        {
            ["单位名称"] = r.Name,
            ["单位层级"] = r.Level.Label(),
            ["行政区划代码"] = r.DivisionCode ?? "",
            ["年度"] = year,
            ["公布期限"] = r.Cells[0].Deadline is { } d ? ChineseDates.Format(d) : "条例未规定",
            ["发布情况"] = r.Cells[0].Status.Label(),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Count > 0 ? rows : [new Dictionary<string, object?> { ["单位名称"] = "（全部单位均已发布）" }], sheetName: $"{year}年未发布");
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{year}年度未发布年度报告单位.xlsx");
    }

    private async Task<MatrixView?> BuildAsync(CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, User, cancellationToken);
        (From, To) = OversightScope.Years(From, To, clock.GetUtcNow().Year - 1, span: 7);

        Roots = await scope.RootsAsync(db, cancellationToken);
        var status = Enum.GetValues<PublicationStatus>().Where(s => s.Key() == Status).Select(s => (PublicationStatus?)s).FirstOrDefault();
        return await PublicationMatrix.BuildAsync(db, scope, new MatrixQuery(Root, From.Value, To.Value, AgencyLevels.Parse(Level), status, StatusYear), cancellationToken);
    }
}
