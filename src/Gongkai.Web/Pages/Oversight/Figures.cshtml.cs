using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Judging;
using Gongkai.Web.Oversight.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>
/// 指标与图表: a subtree's figures over the years, pooled (counts summed, then divided), with charts drawn by the
/// vendored Apache ECharts and, beside each chart, its table and a CSV download of it.
/// </summary>
public sealed class FiguresModel(GongkaiDb db, DigestCache cache, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Root { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    internal RegionFiguresView View { get; private set; } = null!;

    internal IReadOnlyList<(int Id, string Name)> Roots { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await BuildAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>One chart's table as CSV: <c>trend</c>, <c>outcomes</c>, <c>corrections</c>, <c>timing</c>, <c>coverage</c> or <c>outliers</c>.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string chart, CancellationToken cancellationToken)
    {
        if (!await BuildAsync(cancellationToken))
        {
            return NotFound();
        }

        var rows = Table(chart);
        if (rows is null)
        {
            return NotFound();
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())], "text/csv; charset=utf-8", $"{chart}-{From}-{To}.csv");
    }

    /// <summary>The rows of one chart's table, header first, as the page shows them.</summary>
    internal List<string[]>? Table(string chart)
    {
        var v = View;
        static string N(decimal? x) => ChineseNumbers.Figure(x, "");
        return chart switch
        {
            "trend" => [["年度", "指标", "数值", "分子", "分母", "报告数"],
                .. v.Years.SelectMany(y => y.Figures.Select(f => new[] { Y(y.Year), f.Name, UnitModel.Value(f), N(f.Numerator), N(f.Denominator), y.Reports.ToString(CultureInfo.InvariantCulture) }))],
            "outcomes" => [["年度", .. v.Outcomes.Count == 0 ? Enumerable.Empty<string>() : v.Outcomes[0].Outcomes.Select(o => o.Label)],
                .. v.Outcomes.Select(o => (string[])[Y(o.Year), .. o.Outcomes.Select(x => N(x.Count))])],
            "corrections" => [["单位", "层级", "纠正", "已审结（n）", "纠错率", "95%区间下限", "排名"],
                .. v.Corrections.Select((c, i) => new[] { c.Unit, c.Level.Label(), N(c.Corrected), N(c.Decided), Percent(c.Rate), c.LowerBound is { } lb ? Percent(lb) : "", c.Ranked ? Rank(c).ToString(CultureInfo.InvariantCulture) : "n<30 不排名" })],
            "timing" => [["年度", .. RegionFigures.TimingBins], .. v.Timing.Select(t => (string[])[Y(t.Year), .. t.Bins.Select(b => b.Count.ToString(CultureInfo.InvariantCulture))])],
            "coverage" => [["单位", "年度", "已收录", "应发布", "覆盖率"],
                .. v.Coverage.SelectMany(c => c.Years.Select(y => new[] { c.Name, Y(y.Year), y.Published.ToString(CultureInfo.InvariantCulture), y.Expected.ToString(CultureInfo.InvariantCulture), y.Expected == 0 ? "" : Percent((double)y.Published / y.Expected) }))],
            "outliers" => [["年度", "单位", "层级", "公开率", "分子", "分母", "稳健z值", "同类单位数"],
                .. v.Outliers.Select(o => new[] { Y(o.Year), o.Unit, o.Level.Label(), Percent((double)(o.Numerator / o.Denominator)), N(o.Numerator), N(o.Denominator), o.Z.ToString("0.0", CultureInfo.InvariantCulture), o.Peers.ToString(CultureInfo.InvariantCulture) })],
            _ => null,
        };
    }

    /// <summary>How many units under the smallest denominator the page lists (the largest n first); the CSV has them all.</summary>
    internal const int UnrankedShown = 30;

    /// <summary>How many units far from their peers the page lists (the farthest first); the CSV has them all.</summary>
    internal const int OutliersShown = 100;

    private Dictionary<int, int>? _ranks;

    /// <summary>A ranked unit's place (the list holds the ranked units first, best first).</summary>
    internal int Rank(CorrectionRank c)
    {
        _ranks ??= View.Corrections.Where(x => x.Ranked).Select((x, i) => (x.AgencyId, Rank: i + 1)).ToDictionary(x => x.AgencyId, x => x.Rank);
        return _ranks[c.AgencyId];
    }

    internal static string Percent(double x) => (x * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private async Task<bool> BuildAsync(CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, User, cancellationToken);
        (From, To) = OversightScope.Years(From, To, clock.GetUtcNow().Year - 1, span: 7);

        Roots = await scope.RootsAsync(db, cancellationToken);
        var view = await RegionFigures.BuildAsync(db, cache, scope, Root, From.Value, To.Value, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
