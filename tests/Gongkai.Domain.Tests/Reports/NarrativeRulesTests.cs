using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Domain.Tests.Reports;

/// <summary>The rules of the narrative parts: presence and order, part 五, the fee statement (R02), text vs 表三 (R03).</summary>
public sealed class NarrativeRulesTests
{
    private static readonly AnnualReport Report = ReportPairs.Consistent().Now;

    private static IEnumerable<Finding> Check(AnnualReport report, string code) => ReportRules.Check(report).Where(f => f.Code == code);

    [Fact]
    public void A_report_whose_narrative_was_not_read_is_not_judged_on_it()
    {
        Assert.DoesNotContain(ReportRules.Check(Report with { Sections = [] }), f => f.Code.StartsWith("narrative.", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_parts_are_named_and_parts_with_their_table_count_as_present()
    {
        // The generated narrative has parts 一, 五, 六; 二–四 are present as tables.
        Assert.Empty(Check(Report, "narrative.parts"));
        var withoutFive = Report with { Sections = [.. Report.Sections.Where(s => s.Number != 5)] };
        Assert.Equal("缺少第五部分「存在的主要问题及改进情况」", Assert.Single(Check(withoutFive, "narrative.parts")).Message);
        var withoutTable = Report with { ReviewLitigation = null };
        Assert.Contains(Check(withoutTable, "narrative.parts"), f => f.Message.Contains("第四部分", StringComparison.Ordinal));
        var reordered = Report with { Sections = [.. Report.Sections.Reverse()] };
        Assert.Contains(Check(reordered, "narrative.parts"), f => f.Message.Contains("顺序", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("无。", true)]
    [InlineData("一是信息发布不够及时。下一步将健全工作机制。", false)]
    public void Part_five_must_state_the_problems(string text, bool warned)
    {
        Assert.Equal(warned, Check(ReportPairs.WithPart(Report, 5, text), "narrative.problems").Any());
    }

    [Fact]
    public void A_fee_lapse_in_table_three_needs_the_fee_stated_in_part_six()
    {
        var lapse = Report.Applications!.With("otherHandling.feeOverdue", [1m, 0m, 0m, 0m, 0m, 0m, 1m]);
        var silent = ReportPairs.WithPart(Report with { Applications = lapse }, 6, "无。");
        Assert.Contains("表三「三（六）2.", Assert.Single(Check(silent, "narrative.feeStatement")).Message, StringComparison.Ordinal);
        var stated = ReportPairs.WithPart(Report with { Applications = lapse }, 6, "本年度未收取信息处理费。");
        Assert.Empty(Check(stated, "narrative.feeStatement"));
        var chargedInPartOne = ReportPairs.WithPart(ReportPairs.WithPart(Report, 1, "本年度共收取信息处理费380元。"), 6, "无。");
        Assert.Single(Check(chargedInPartOne, "narrative.feeStatement"));
        var noneCharged = ReportPairs.WithPart(ReportPairs.WithPart(Report, 1, "本年度未收取信息处理费。"), 6, "无。");
        Assert.Empty(Check(noneCharged, "narrative.feeStatement"));
    }

    [Fact]
    public void Part_one_counts_for_the_unit_agree_with_table_three_and_region_sentences_are_skipped()
    {
        var total = Report.Applications!.Cell("newlyReceived", 6)!.Value;
        var agrees = ReportPairs.WithPart(Report, 1, $"2023年，本机关共收到政府信息公开申请{total}件。");
        Assert.Empty(Check(agrees, "narrative.textVsTable"));
        var differs = ReportPairs.WithPart(Report, 1, $"2023年，本机关共收到政府信息公开申请{total + 5}件，均按时答复。");
        var finding = Assert.Single(Check(differs, "narrative.textVsTable"));
        Assert.Equal($"第一部分写明「共收到政府信息公开申请{total + 5}件」，但表三「一、本年新收政府信息公开申请数量」行「总计」列为{total}", finding.Message);
        var region = ReportPairs.WithPart(Report, 1, $"2023年，全市共收到政府信息公开申请{total + 500}件。");
        Assert.Empty(Check(region, "narrative.textVsTable"));
    }
}
