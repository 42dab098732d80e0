using System.Globalization;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Judging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>
/// 单位年度情况: one unit's reports side by side year by year, each year checked against the year before (上年结转,
/// 规范性文件, sudden changes, copied tables, copied text with the reused passages highlighted, template, blanks,
/// scope), and the figures of oversight.md §5 with numerator and denominator.
/// </summary>
public sealed class UnitModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    internal UnitHistoryView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, User, cancellationToken);
        var view = await UnitHistory.LoadAsync(db, scope, id, clock.GetUtcNow().Year - 1, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>A figure as a person reads it: "62.5%" for a rate, the count for a count, 不适用 or 无数据.</summary>
    internal static string Value(Figure f) => f switch
    {
        { IsRate: false, Numerator: { } n } => Number(n),
        { NotApplicable: true } => "不适用",
        { Value: { } v } => v.ToString("0.#", CultureInfo.InvariantCulture) + (f.Key == "disputeRate" ? "" : "%"),
        _ => "无数据",
    };

    /// <summary>What a rate rests on: "5/8".</summary>
    internal static string Basis(Figure f) =>
        f.IsRate && f.Numerator is { } n && f.Denominator is { } d ? $"{Number(n)}/{Number(d)}" : "";

    internal static string Number(decimal? value) => ChineseNumbers.Figure(value, "—");
}
