using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Figures;

namespace Gongkai.Domain.Tests.Reports;

/// <summary>The figures of oversight.md §5 on hand-made reports: numerator and denominator kept, 不适用 for a zero denominator, pooled by summing.</summary>
public sealed class ReportFiguresTests
{
    private static readonly ReportTemplate Template = ReportTemplate.Format2021;

    private static AnnualReport Report(decimal newly, decimal carried, decimal disclosed, decimal notHeld, decimal forward, decimal[] reconsideration, decimal repealed = 0, decimal valid = 0)
    {
        static decimal?[] Total(decimal n) => [n, 0, 0, 0, 0, 0, n];
        var outcome = disclosed + notHeld;
        var applications = ReportTable.Zero(Template.Applications)
            .With("newlyReceived", Total(newly)).With("carriedOver", Total(carried))
            .With("disclosed", Total(disclosed)).With("unavailable.notHeld", Total(notHeld))
            .With("outcomeTotal", Total(outcome)).With("carriedForward", Total(forward));
        return new AnnualReport(Template)
        {
            Year = 2023,
            Proactive = ReportTable.Zero(Template.Proactive).With("normativeDocuments", [0m, repealed, valid]),
            Applications = applications,
            ReviewLitigation = ReportTable.Zero(Template.ReviewLitigation).With("reconsideration", reconsideration.Select(x => (decimal?)x).ToArray()),
        };
    }

    private static Figure Get(IEnumerable<Figure> figures, string key) => figures.Single(f => f.Key == key);

    [Fact]
    public void Each_rate_keeps_its_numerator_and_denominator()
    {
        // 8 received + 2 carried over; 5 disclosed, 3 not held, 2 carried forward; 复议 4 cases: 1 corrected, 1 pending.
        var figures = ReportFigures.Of(Report(8, 2, 5, 3, 2, [2, 1, 0, 1, 4]));
        Assert.Equal(10, Get(figures, "accepted").Numerator);
        Assert.False(Get(figures, "accepted").IsRate);
        var completion = Get(figures, "completionRate");
        Assert.Equal((8m, 10m, 80m), (completion.Numerator!.Value, completion.Denominator!.Value, completion.Value!.Value));
        Assert.Equal(62.5m, Get(figures, "disclosureRate").Value);
        Assert.Equal((3m, 8m), (Get(figures, "notHeldRate").Numerator!.Value, Get(figures, "notHeldRate").Denominator!.Value));
        var corrected = Get(figures, "reconsiderationCorrectionRate");
        Assert.Equal((1m, 3m), (corrected.Numerator!.Value, corrected.Denominator!.Value));
        Assert.Equal(50m, Get(figures, "disputeRate").Value);
    }

    [Fact]
    public void A_zero_denominator_is_not_applicable_and_an_unread_cell_not_available()
    {
        var quiet = ReportFigures.Of(Report(0, 0, 0, 0, 0, [0, 0, 0, 0, 0]));
        Assert.True(Get(quiet, "completionRate").NotApplicable);
        Assert.Null(Get(quiet, "completionRate").Value);
        Assert.True(Get(quiet, "litigationCorrectionRate").NotApplicable);

        var report = Report(8, 2, 5, 3, 2, [2, 1, 0, 1, 4]);
        var unread = report with { Applications = report.Applications!.With("carriedOver", [2, 0, 0, 0, 0, 0, null]) };
        var figures = ReportFigures.Of(unread);
        Assert.Null(Get(figures, "accepted").Numerator);
        Assert.False(Get(figures, "completionRate").NotApplicable);
        Assert.Null(Get(figures, "completionRate").Value);
        Assert.Equal(62.5m, Get(figures, "disclosureRate").Value);
    }

    [Fact]
    public void Pooled_figures_sum_the_counts_then_divide()
    {
        // 1/1 and 1/9 corrected: pooled 2/10 = 20 %, not the mean of 100 % and 11 %.
        var a = ReportFigures.Of(Report(1, 0, 1, 0, 0, [0, 1, 0, 0, 1]));
        var b = ReportFigures.Of(Report(9, 0, 9, 0, 0, [8, 1, 0, 0, 9]));
        var pooled = Get(ReportFigures.Pool([a, b]), "reconsiderationCorrectionRate");
        Assert.Equal((2m, 10m, 20m), (pooled.Numerator!.Value, pooled.Denominator!.Value, pooled.Value!.Value));
    }

    [Fact]
    public void The_cleanup_rate_needs_last_years_stock_in_the_2021_template()
    {
        var last = Report(0, 0, 0, 0, 0, [0, 0, 0, 0, 0], valid: 40);
        var now = Report(0, 0, 0, 0, 0, [0, 0, 0, 0, 0], repealed: 10, valid: 30);
        var rate = Get(ReportFigures.Of(now, last), "normativeCleanupRate");
        Assert.Equal((10m, 40m, 25m), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Value!.Value));
        Assert.Null(Get(ReportFigures.Of(now), "normativeCleanupRate").Value);
    }
}

/// <summary>Ranking and outliers: the Wilson lower bound against known values, robust z against a hand-made set of peers.</summary>
public sealed class RateStatisticsTests
{
    [Theory]
    [InlineData(0, 10, 0.0)]
    [InlineData(5, 10, 0.2366)]
    [InlineData(1, 1, 0.2065)]
    [InlineData(50, 100, 0.4038)]
    public void The_Wilson_lower_bound_matches_the_formula(int successes, int n, double expected) =>
        Assert.Equal(expected, RateStatistics.WilsonLowerBound(successes, n)!.Value, 0.0001);

    [Fact]
    public void A_small_unit_with_every_case_corrected_ranks_below_a_large_one_with_most()
    {
        Assert.True(RateStatistics.WilsonLowerBound(2, 2) < RateStatistics.WilsonLowerBound(80, 100));
        Assert.Null(RateStatistics.WilsonLowerBound(0, 0));
    }

    [Fact]
    public void Robust_z_flags_the_one_unit_far_from_its_peers()
    {
        var z = RateStatistics.RobustZ([0.50, 0.52, 0.48, 0.51, 0.49, 0.95]);
        Assert.True(Math.Abs(z[5]!.Value) > RateStatistics.OutlierZ);
        Assert.All(z.Take(5), v => Assert.True(Math.Abs(v!.Value) <= RateStatistics.OutlierZ));
        Assert.All(RateStatistics.RobustZ([0.5, 0.5, 0.5, 0.9]), v => Assert.Null(v));
    }
}
