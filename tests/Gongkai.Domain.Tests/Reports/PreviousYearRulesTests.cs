using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Testing;

namespace Gongkai.Domain.Tests.Reports;

/// <summary>The checks against last year's report (oversight.md §4), each on a hand-made pair of reports.</summary>
public sealed class PreviousYearRulesTests
{
    [Fact]
    public void A_consistent_pair_breaks_no_cross_year_rule_that_it_was_made_to_keep()
    {
        var (now, last) = ReportPairs.Consistent();
        var codes = PreviousYearRules.Check(now, last).Select(f => f.Code).ToHashSet();
        string[] kept = ["applications.carryOver", "proactive.validCount", "acrossYears.copiedTable", "acrossYears.copiedText", "acrossYears.template", "acrossYears.blankDrift", "acrossYears.scope"];
        Assert.Empty(codes.Intersect(kept));
        Assert.Empty(PreviousYearRules.Check(now, null));
    }

    [Fact]
    public void Carry_over_broken_in_one_column_names_both_reports_cells()
    {
        var (now, last) = ReportPairs.Consistent();
        var carried = now.Applications!["carriedOver"]!.Value.ToArray();
        carried[0] += 2;
        carried[6] += 2;
        var broken = now with { Applications = now.Applications.With("carriedOver", carried) };
        var findings = PreviousYearRules.Check(broken, last).Where(f => f.Code == "applications.carryOver").ToList();
        Assert.Equal([0, 6], findings.Select(f => f.Column!.Value));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        var expected = $"表三「二、上年结转政府信息公开申请数量」行「自然人」列为{carried[0]}，上年报告「四、结转下年度继续办理」同列为{last.Applications!["carriedForward"]!.Value[0]}";
        Assert.Equal(expected, findings[0].Message);
    }

    [Fact]
    public void A_blank_cell_is_not_compared_for_carry_over_but_told_as_drift()
    {
        var (now, last) = ReportPairs.Consistent();
        var carried = now.Applications!["carriedOver"]!.Value.ToArray();
        carried[1] = (carried[1] ?? 0) + 1;
        var blank = now with
        {
            Applications = now.Applications.With("carriedOver", carried),
            Findings = [Finding.Info("parse.blankCell", TableId.Applications, "carriedOver", null, "表三「二、上年结转政府信息公开申请数量」行「商业企业」「科研机构」印为空白，按0读取，与本行合计相符")],
        };
        var findings = PreviousYearRules.Check(blank, last);
        Assert.DoesNotContain(findings, f => f.Code == "applications.carryOver");
        Assert.Equal([1, 2], findings.Where(f => f.Code == "acrossYears.blankDrift").Select(f => f.Column!.Value));
        Assert.All(findings.Where(f => f.Code == "acrossYears.blankDrift"), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void Normative_documents_stock_off_by_one_is_a_warning()
    {
        var (now, last) = ReportPairs.Consistent();
        var lastValid = last.Proactive!["normativeDocuments"]!.Value[2]!.Value;
        Assert.DoesNotContain(PreviousYearRules.Check(now, last), f => f.Code == "proactive.validCount");
        var off = now with { Proactive = now.Proactive!.With("normativeDocuments", [3m, 1m, lastValid + 3m]) };
        var finding = Assert.Single(PreviousYearRules.Check(off, last), f => f.Code == "proactive.validCount");
        Assert.Equal((Severity.Warning, "normativeDocuments", 2), (finding.Severity, finding.Row, finding.Column!.Value));
        Assert.Contains($"上年报告同列{lastValid}+本年制发3−本年废止1={lastValid + 2}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_table_is_an_error_but_a_table_of_zeros_is_not()
    {
        var (now, last) = ReportPairs.Consistent();
        var nonZero = last.Applications!.Rows.Sum(r => r.Values?.Count(v => v is not null and not 0) ?? 0);
        Assert.True(nonZero >= 5);
        var copied = now with { Applications = last.Applications };
        var finding = Assert.Single(PreviousYearRules.Check(copied, last), f => f.Code == "acrossYears.copiedTable");
        Assert.Equal((Severity.Error, TableId.Applications), (finding.Severity, finding.Table!.Value));

        var zeros = ReportTable.Zero(last.ReviewLitigation!.Spec);
        Assert.DoesNotContain(PreviousYearRules.Check(now with { ReviewLitigation = zeros }, last with { ReviewLitigation = zeros }), f => f.Code == "acrossYears.copiedTable");
    }

    [Fact]
    public void A_change_of_template_between_two_later_years_is_a_warning()
    {
        var (now, last) = ReportPairs.Consistent();
        var trial = ReportGenerator.Generate(new Random(5), ReportTemplate.Trial2019, 2023) with { Agency = ReportPairs.Agency };
        Assert.Contains(PreviousYearRules.Check(trial, last), f => f.Code == "acrossYears.template" && f.Severity == Severity.Warning);
        var first2021 = now with { Year = 2021 };
        var last2019 = ReportGenerator.Generate(new Random(5), ReportTemplate.Trial2019, 2020);
        Assert.DoesNotContain(PreviousYearRules.Check(first2021, last2019), f => f.Code == "acrossYears.template");
        var citing = ReportPairs.WithPart(now, 6, "按照国办公开办函〔2019〕60号要求编制本报告。");
        Assert.Contains(PreviousYearRules.Check(citing, last), f => f.Code == "acrossYears.template" && f.Severity == Severity.Info);
    }

    [Fact]
    public void A_sudden_change_of_received_applications_is_a_warning()
    {
        var (now, last) = ReportPairs.Consistent();
        last = last with { Applications = last.Applications!.With("newlyReceived", [3m, 0m, 0m, 0m, 0m, 0m, 3m]) };
        now = now with { Applications = now.Applications!.With("newlyReceived", [95m, 0m, 0m, 0m, 0m, 0m, 95m]) };
        var finding = Assert.Single(PreviousYearRules.Check(now, last), f => f.Code == "acrossYears.suddenChange" && f.Row == "newlyReceived");
        Assert.Contains("为95，上年报告同列为3，增至约24倍", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_for_the_region_after_one_for_the_unit_is_a_change_of_scope()
    {
        var (now, last) = ReportPairs.Consistent();
        var region = ReportPairs.WithPart(now, 1, "2023年，全市共收到政府信息公开申请1234件，均按时答复。");
        var unit = ReportPairs.WithPart(last, 1, "2022年，本机关共收到政府信息公开申请12件，均按时答复。");
        Assert.Single(PreviousYearRules.Check(region, unit), f => f.Code == "acrossYears.scope");
        Assert.DoesNotContain(PreviousYearRules.Check(unit with { Year = 2023 }, unit), f => f.Code == "acrossYears.scope");
    }

    [Fact]
    public void Reports_of_years_not_next_to_each_other_are_not_compared()
    {
        var (now, last) = ReportPairs.Consistent();
        var finding = Assert.Single(PreviousYearRules.Check(now, last with { Year = 2020 }));
        Assert.Equal(PreviousYearRules.YearCode, finding.Code);
    }

    [Fact]
    public void Every_rule_has_its_own_code()
    {
        Assert.Equal(PreviousYearRules.All.Length, PreviousYearRules.All.Select(r => r.Code).Distinct().Count());
        Assert.Equal(ReportRules.AcrossYears, PreviousYearRules.All);
    }
}
