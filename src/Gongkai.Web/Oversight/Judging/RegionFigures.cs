using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>One year of the region: the figures pooled over its 本机关 reports, and how many reports that is.</summary>
internal sealed record YearFigures(int Year, int Reports, int RegionReports, ImmutableArray<Figure> Figures);

/// <summary>The outcomes of 表三 pooled for a year: （一）…（六） and how many.</summary>
internal sealed record OutcomeMix(int Year, IReadOnlyList<(string Label, decimal Count)> Outcomes);

/// <summary>
/// A unit's 纠错率 over the chosen years (复议 and 诉讼 pooled): corrected of decided, the Wilson lower bound, and
/// whether the denominator is large enough to rank.
/// </summary>
internal sealed record CorrectionRank(int AgencyId, string Unit, AgencyLevel Level, decimal Corrected, decimal Decided, double? LowerBound)
{
    public bool Ranked => Decided >= RateStatistics.MinimumDenominator;

    public double Rate => Decided == 0 ? 0 : (double)(Corrected / Decided);
}

/// <summary>Publication against the deadline in a year: reports by how many days before or after it.</summary>
internal sealed record PublicationTiming(int Year, IReadOnlyList<(string Label, int Count)> Bins);

/// <summary>A unit whose 公开率 lies far from its peers of the same level and year (robust z, oversight.md §5).</summary>
internal sealed record Outlier(int AgencyId, string Unit, AgencyLevel Level, int Year, decimal Numerator, decimal Denominator, double Z, int Peers);

/// <summary>
/// A branch of the subtree (the top unit itself, or one unit below it with all of its own units) and, per year, how
/// many of its units expected to publish have a report in the store.
/// </summary>
internal sealed record CoverageRow(int AgencyId, string Name, IReadOnlyList<(int Year, int Published, int Expected)> Years);

internal sealed record RegionFiguresView(
    IReadOnlyList<YearFigures> Years, IReadOnlyList<OutcomeMix> Outcomes, IReadOnlyList<CorrectionRank> Corrections,
    IReadOnlyList<PublicationTiming> Timing, IReadOnlyList<Outlier> Outliers, IReadOnlyList<CoverageRow> Coverage, int Units);

/// <summary>
/// 指标与图表 for a subtree and years (oversight.md §5): the figures pooled per year (counts summed, then divided; a
/// 本级汇总 report is left out of the sums, its units' own reports are in them), the mix of outcomes, the units ranked
/// by 纠错率 on the Wilson lower bound with n shown and n &lt; 30 not ranked, the publication dates against the deadline,
/// and units far from their peers by robust z.
/// </summary>
internal static class RegionFigures
{
    public static readonly string[] TimingBins = ["提前30天以上", "提前6至30天", "截止前5天内", "逾期30天以内", "逾期30天以上"];

    public static async Task<RegionFiguresView?> BuildAsync(GongkaiDb db, DigestCache cache, OversightScope scope, int? root, int from, int to, CancellationToken cancellationToken)
    {
        var units = scope.Units(db);
        if (root is { } r && r != scope.AgencyId)
        {
            var path = await units.Where(u => u.Id == r).Select(u => u.TreePath).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (path is null)
            {
                return null;
            }

            units = units.Where(u => u.TreePath.StartsWith(path));
        }

        var deadlines = (await units.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(u => u.Id);
        var digests = await StoredReadings.DigestsAsync(db, cache, units, deadlines, from - 1, to, cancellationToken).ConfigureAwait(false);
        var byUnitYear = digests.ToDictionary(x => (x.AgencyId, x.Year));
        var shown = digests.Where(x => x.Year >= from).ToList();
        var own = shown.Where(x => x.Digest.Scope != ReportScope.Region).ToList();
        var figures = own.ToDictionary(x => x.ReportId, x => ReportFigures.Of(x.Digest, byUnitYear.GetValueOrDefault((x.AgencyId, x.Year - 1))?.Digest));

        var years = new List<YearFigures>();
        var outcomes = new List<OutcomeMix>();
        var timing = new List<PublicationTiming>();
        var outliers = new List<Outlier>();
        var disclosure = ReportFigures.Definitions.Select(d => d.Key).ToList().IndexOf("disclosureRate");
        for (var y = from; y <= to; y++)
        {
            var year = y;
            var ofYear = own.Where(x => x.Year == year).ToList();
            years.Add(new YearFigures(year, ofYear.Count, shown.Count(x => x.Year == year) - ofYear.Count, ReportFigures.Pool(ofYear.Select(x => figures[x.ReportId]))));
            outcomes.Add(new OutcomeMix(year, [.. ReportFigures.OutcomeGroups.Select((o, i) => (o.Label, ofYear.Sum(x => x.Digest.Outcomes[i])))]));
            var bins = new int[TimingBins.Length];
            foreach (var x in shown.Where(x => x.Year == year && x.PublishedOn is not null))
            {
                if (deadlines[x.AgencyId].DeadlineFor(year).Due is { } due)
                {
                    var days = x.PublishedOn!.Value.DayNumber - due.DayNumber;
                    bins[days switch { < -30 => 0, < -5 => 1, <= 0 => 2, <= 30 => 3, _ => 4 }]++;
                }
            }

            timing.Add(new PublicationTiming(year, [.. TimingBins.Select((label, i) => (label, bins[i]))]));
            foreach (var peers in ofYear.Select(x => (x, f: figures[x.ReportId][disclosure])).Where(p => p.f.Value is not null && p.f.Denominator >= RateStatistics.MinimumDenominator).GroupBy(p => p.x.Level))
            {
                var list = peers.ToList();
                var z = RateStatistics.RobustZ([.. list.Select(p => (double)(p.f.Numerator!.Value / p.f.Denominator!.Value))]);
                for (var i = 0; i < list.Count; i++)
                {
                    if (z[i] is { } zi && Math.Abs(zi) > RateStatistics.OutlierZ)
                    {
                        outliers.Add(new Outlier(list[i].x.AgencyId, list[i].x.Unit, peers.Key, year, list[i].f.Numerator!.Value, list[i].f.Denominator!.Value, zi, list.Count));
                    }
                }
            }
        }

        var corrections = own.GroupBy(x => (x.AgencyId, x.Unit, x.Level)).Select(g =>
        {
            var pooled = ReportFigures.Pool(g.Select(x => figures[x.ReportId]));
            var reconsideration = pooled.Single(f => f.Key == "reconsiderationCorrectionRate");
            var litigation = pooled.Single(f => f.Key == "litigationCorrectionRate");
            var corrected = (reconsideration.Numerator ?? 0) + (litigation.Numerator ?? 0);
            var decided = (reconsideration.Denominator ?? 0) + (litigation.Denominator ?? 0);
            return new CorrectionRank(g.Key.AgencyId, g.Key.Unit, g.Key.Level, corrected, decided,
                corrected >= 0 && decided >= corrected ? RateStatistics.WilsonLowerBound(corrected, decided) : null);
        }).Where(c => c.Decided > 0)
            .OrderByDescending(c => c.Ranked).ThenByDescending(c => c.LowerBound).ThenByDescending(c => c.Decided).ToList();
        return new RegionFiguresView(years, outcomes, corrections, timing, outliers, Coverage(deadlines.Values, shown, from, to), deadlines.Count);
    }

    /// <summary>
    /// 发布覆盖: per branch below the subtree's top and per year, the units with a stored report of those expected to
    /// publish (a unit is expected between its first and last year in the register).
    /// </summary>
    private static List<CoverageRow> Coverage(IEnumerable<Agency> units, IEnumerable<StoredDigest> reports, int from, int to)
    {
        var all = units.ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var top = all.MinBy(u => u.TreePath.Count(c => c == '/'))!;
        var held = reports.Select(r => (r.AgencyId, r.Year)).ToHashSet();
        var names = all.ToDictionary(u => u.Id, u => u.Name);
        int Branch(Agency u)
        {
            if (u.Id == top.Id)
            {
                return top.Id;
            }

            var below = u.TreePath.AsSpan(top.TreePath.Length);
            return int.Parse(below[..below.IndexOf('/')], CultureInfo.InvariantCulture);
        }

        return [.. all.Where(u => u.TreePath.StartsWith(top.TreePath, StringComparison.Ordinal))
            .GroupBy(Branch)
            .OrderBy(g => g.Key == top.Id ? 0 : 1).ThenBy(g => g.Single(u => u.Id == g.Key).TreePath, StringComparer.Ordinal)
            .Select(g => new CoverageRow(g.Key, g.Key == top.Id ? names[g.Key] + "（本级）" : g.Count() == 1 ? names[g.Key] : $"{names[g.Key]}及所属（{g.Count()}个单位）",
                [.. Enumerable.Range(from, to - from + 1).Select(y =>
                {
                    var expected = g.Where(u => u.ExpectedIn(y)).ToList();
                    return (y, expected.Count(u => held.Contains((u.Id, y))), expected.Count);
                })]))];
    }
}
