using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Domain.Reports.Similarity;
using Gongkai.Testing;

namespace Gongkai.Domain.Tests.Reports.Similarity;

/// <summary>X08 and X09: text copied from last year's report, and from another unit's report of the same year.</summary>
public sealed class CopiedTextTests
{
    // Part 五 of 淮安市洪泽区's 2024 report (shortened), as printed.
    private const string Problems =
        "2024 年，全区政府信息公开工作虽取得一定成绩，但对照上级要求和群众期盼，仍存在一些不足，主要是：个别部门对复杂申请件的研判能力不足，"
        + "答复文书规范性有待提升，疑难问题协调处理机制尚需完善，政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。\n"
        + "针对存在问题，2025 年我们将切实抓好以下工作：一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，"
        + "全面提升政府信息依申请公开规范化、专业化水平。二是加强对典型案例的研究、梳理和汇总。";

    [Fact]
    public void Normalising_removes_spacing_punctuation_years_and_the_units_names_and_maps_back()
    {
        var original = "2024 年，淮安市洪泽区人民政府共收到申请 17 件（含 1,234 页）。";
        var text = NormalizedText.Of(original, UnitNames.Of("淮安市洪泽区人民政府"));
        Assert.Equal("共收到申请#件含#页", text.Text);
        Assert.Equal("17", original.Substring(text.Original(5, 1).Start, 2));
        Assert.Contains("洪泽", UnitNames.Of("淮安市洪泽区人民政府"));
    }

    [Fact]
    public void Part_five_copied_with_only_the_year_changed_is_an_error_with_its_passages()
    {
        var (now, last) = ReportPairs.Consistent();
        var lastYear = Problems.Replace("2024", "2023", StringComparison.Ordinal).Replace("2025", "2024", StringComparison.Ordinal);
        now = ReportPairs.WithPart(now, 5, Problems);
        last = ReportPairs.WithPart(last, 5, lastYear);

        var five = Assert.Single(TextReuse.Compare(now, last), p => p.Number == 5);
        Assert.Equal(1.0, five.Containment);
        var passage = Assert.Single(five.Passages);
        Assert.Equal(Problems[passage.Start..(passage.Start + passage.Length)], lastYear[passage.OtherStart..(passage.OtherStart + passage.OtherLength)].Replace("2024", "2025", StringComparison.Ordinal).Replace("2023", "2024", StringComparison.Ordinal));
        Assert.True(passage.Length > Problems.Length - 10);

        var finding = Assert.Single(PreviousYearRules.Check(now, last), f => f.Code == "acrossYears.copiedText");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("第五部分「存在的主要问题及改进情况」有100%的文字与上年报告第五部分相同", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewritten_part_five_is_not_called_copied()
    {
        var (now, last) = ReportPairs.Consistent();
        now = ReportPairs.WithPart(now, 5, "一是部分科室对政府信息公开工作认识不足，主动公开意识不强。二是栏目内容更新不及时。下一步，我局将加强业务培训，建立信息发布台账，每月检查栏目更新情况。");
        last = ReportPairs.WithPart(last, 5, Problems);
        Assert.True(TextReuse.Compare(now, last).Single(p => p.Number == 5).Containment < 0.2);
        Assert.DoesNotContain(PreviousYearRules.Check(now, last), f => f.Code == "acrossYears.copiedText");
    }

    [Fact]
    public void A_report_copied_from_another_unit_with_its_name_replaced_is_paired_and_unrelated_ones_are_not()
    {
        var random = new Random(42);
        var reports = new List<AnnualReport>();
        for (var i = 0; i < 40; i++)
        {
            var name = NarrativeGenerator.UnitName(i);
            reports.Add(new AnnualReport(ReportTemplate.Format2021) { Agency = name, Year = 2023, Sections = NarrativeGenerator.Sections(random, name, 2023) });
        }

        var copier = NarrativeGenerator.UnitName(40);
        var copied = NarrativeGenerator.Copy(random, reports[7].Sections, reports[7].Agency!, copier, edits: 1, 2023);
        reports.Add(new AnnualReport(ReportTemplate.Format2021) { Agency = copier, Year = 2023, Sections = copied });

        var result = NearDuplicateSearch.Find([.. reports.Select(TextReuse.NarrativeShingles)]);
        var pair = Assert.Single(result.Pairs);
        Assert.Equal((7, 40), (pair.First, pair.Second));
        Assert.InRange(pair.Jaccard, NearDuplicateSearch.DefaultThreshold, 1.0);
        Assert.True(result.BoilerplateShingles > 0);
    }

    [Fact]
    public void Minhash_estimates_jaccard()
    {
        var a = Shingles.Of(NormalizedText.Of(Problems, []).Text);
        var b = Shingles.Of(NormalizedText.Of(Problems[..(Problems.Length / 2)] + "全面提升政府信息公开工作人员业务水平和服务能力，推进政务公开标准化规范化建设。", []).Text);
        var exact = Shingles.Jaccard(a, b);
        Assert.InRange(MinHash.Estimate(MinHash.Signature(a), MinHash.Signature(b)), exact - 0.15, exact + 0.15);
    }
}
