using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Domain.Tests.Reports;

/// <summary>The 考评 sheet: deductions per case capped at the 指标's points, nothing for a report not published, 等次 by percentage.</summary>
public sealed class ScoringTests
{
    private static readonly IReadOnlySet<string> NoneVerified = new HashSet<string>();

    private static readonly decimal?[] NoAppeals = [0m, 0m, 0m, 0m, 0m];

    /// <summary>A consistent pair whose 表四 counts no appeal at all.</summary>
    private static (AnnualReport Now, AnnualReport Last) Pair()
    {
        var (now, last) = ReportPairs.Consistent();
        var t4 = now.ReviewLitigation!.With("reconsideration", NoAppeals).With("litigationWithoutReconsideration", NoAppeals).With("litigationAfterReconsideration", NoAppeals);
        return (now with { ReviewLitigation = t4 }, last);
    }

    [Fact]
    public void A_consistent_report_on_time_keeps_every_point()
    {
        var (now, last) = Pair();
        var report = now with { Findings = [.. ReportRules.Narrative.SelectMany(r => r.Check(now, last))] };
        var card = ScoringSheet.Default.Score(ScoringEvidence.From(report, NoneVerified, late: null, last));
        Assert.All(card.Lines, l => Assert.True(l.Deduction == 0, $"{l.Indicator.Name}: {l.Deduction} {l.Reason}"));
        Assert.Equal(ScoringSheet.Default.Points, card.Total);
        Assert.Equal("优秀", card.Grade);
    }

    [Fact]
    public void Late_copied_and_two_lost_appeals_are_deducted_with_their_reasons()
    {
        var (now, last) = Pair();
        var copied = ReportPairs.WithPart(now, 5, last.Sections.Single(s => s.Number == 5).Text.Replace("2022", "2023", StringComparison.Ordinal));
        var t4 = copied.ReviewLitigation!.With("reconsideration", [1m, 2m, 0m, 0m, 3m]);
        var report = copied with { ReviewLitigation = t4, Findings = [] };
        var card = ScoringSheet.Default.Score(ScoringEvidence.From(report, NoneVerified, "2024年2月5日公布，晚于2024年1月31日前", last));

        var byCheck = card.Lines.ToDictionary(l => l.Indicator.Check);
        Assert.Equal(5, byCheck[ScoringCheck.Late].Deduction);
        Assert.Contains("晚于", byCheck[ScoringCheck.Late].Reason, StringComparison.Ordinal);
        Assert.Equal(5, byCheck[ScoringCheck.CopiedFromLastYear].Deduction);
        Assert.Equal(6, byCheck[ScoringCheck.LostAppeals].Deduction);
        Assert.Contains("结果纠正」共2件", byCheck[ScoringCheck.LostAppeals].Reason, StringComparison.Ordinal);
        Assert.Equal(ScoringSheet.Default.Points - 16, card.Total);
    }

    [Fact]
    public void Errors_are_counted_per_case_up_to_the_points_and_verified_ones_are_left_out()
    {
        var (now, _) = ReportPairs.Consistent();
        var errors = Enumerable.Range(0, 7).Select(i => Finding.Error("t3.balance", TableId.Applications, "total", i, $"第{i}列不平")).ToList();
        var report = now with { Findings = [.. errors] };
        var rule = ScoringSheet.Default.Indicators.Single(i => i.Check == ScoringCheck.RuleErrors);

        var all = ScoringSheet.Default.Score(ScoringEvidence.From(report, NoneVerified, null, null));
        Assert.Equal(rule.Points, all.Lines.Single(l => l.Indicator == rule).Deduction);

        var verified = errors.Skip(4).Select(f => f.Key).ToHashSet();
        var fewer = ScoringSheet.Default.Score(ScoringEvidence.From(report, verified, null, null));
        Assert.Equal(4 * rule.PerCase, fewer.Lines.Single(l => l.Indicator == rule).Deduction);
    }

    [Fact]
    public void A_unit_that_did_not_publish_loses_every_point()
    {
        var card = ScoringSheet.Default.Score(ScoringEvidence.NotPublished);
        Assert.Equal(0, card.Total);
        Assert.Equal("不合格", card.Grade);
        Assert.All(card.Lines, l => Assert.Equal("未发布年度报告", l.Reason));
    }

    [Fact]
    public void A_sheet_with_bad_rows_names_each_row()
    {
        var sheet = new ScoringSheet([new("年度报告", "按期发布", 0, ScoringCheck.Late, 5), new("", "x", 5, ScoringCheck.Late, 6)], new GradeCutoffs(80, 90, 60));
        var problems = sheet.Problems();
        Assert.Contains(problems, p => p.StartsWith("第1个指标「按期发布」：分值", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("第2个指标：一级指标", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("第2个指标「x」：每次扣分", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("等次分界", StringComparison.Ordinal));
        Assert.Empty(ScoringSheet.Default.Problems());
    }
}
