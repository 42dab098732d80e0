using System.Globalization;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>考评: the scope's units scored for a year with its configurable sheet, ranked and graded, exported as XLSX.</summary>
public sealed class ScoringModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    internal ScoringSheet Sheet { get; private set; } = ScoringSheet.Default;

    internal IReadOnlyList<UnitScore> Scores { get; private set; } = [];

    internal OversightScope Scope { get; private set; } = null!;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Message { get; private set; }

    public int ShownYear => Year ?? clock.GetUtcNow().Year - 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Saves the sheet from the form's rows (一级指标, 指标, 分值, 扣分依据, 每次扣分; a blank row is left out).</summary>
    public async Task<IActionResult> OnPostSheetAsync(
        string[] block, string[] name, string[] points, string[] check, string[] perCase, string excellent, string good, string pass, CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        var problems = new List<string>();
        var indicators = new List<Indicator>();
        for (var i = 0; i < name.Length; i++)
        {
            var row = $"第{i + 1}行";
            if (string.IsNullOrWhiteSpace(name[i]) && string.IsNullOrWhiteSpace(At(block, i)))
            {
                continue;
            }

            if (!ScoringChecks.TryParse(At(check, i), out var c))
            {
                problems.Add($"{row}：请选择扣分依据");
                continue;
            }

            if (Number(At(points, i)) is not { } p || Number(At(perCase, i)) is not { } each)
            {
                problems.Add($"{row}：分值和每次扣分应为数字");
                continue;
            }

            indicators.Add(new Indicator(At(block, i).Trim(), name[i].Trim(), p, c, each));
        }

        var cutoffs = Number(excellent) is { } e && Number(good) is { } g && Number(pass) is { } s ? new GradeCutoffs(e, g, s) : null;
        if (cutoffs is null)
        {
            problems.Add("等次分界应为数字");
        }

        if (problems.Count == 0)
        {
            problems.AddRange((await ScoringSheetStore.SaveAsync(db, Scope, new ScoringSheet([.. indicators], cutoffs!), User.Identity?.Name ?? "?", clock.GetUtcNow(), cancellationToken)).Messages);
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return RedirectToPage(new { year = Year, saved = 1 });
    }

    /// <summary>The scores as XLSX: one row per unit and 指标 (指标 / 分值 / 扣分 / 失分原因 / 整改情况), then the unit's total, 等次 and rank.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rows = Scores.SelectMany(s => s.Card.Lines.Select(l => new Dictionary<string, object?>
        {
            ["排名"] = s.Rank,
            ["单位"] = s.Unit,
            ["一级指标"] = l.Indicator.Block,
            ["指标"] = l.Indicator.Name,
            ["分值"] = l.Indicator.Points,
            ["扣分"] = l.Deduction,
            ["失分原因"] = l.Reason ?? "",
            ["整改情况"] = s.Rectification,
            ["得分"] = s.Card.Total,
            ["等次"] = s.Card.Grade,
        })).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Count > 0 ? rows : [new Dictionary<string, object?> { ["单位"] = "（本年度没有应发布报告的单位）" }], sheetName: $"{ShownYear}年度考评");
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{ShownYear}年度政府信息公开工作年度报告考评.xlsx");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Scope ??= await OversightScope.ForAsync(db, User, cancellationToken);
        Sheet = await ScoringSheetStore.LoadAsync(db, Scope, cancellationToken);
        Scores = await UnitScores.RunAsync(db, Scope, ShownYear, Sheet, cancellationToken);
        Message = Request.Query.ContainsKey("saved") ? "考评表已保存，得分已按新表重新计算" : null;
    }

    private static string At(string[] values, int i) => i < values.Length ? values[i] ?? "" : "";

    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
}
