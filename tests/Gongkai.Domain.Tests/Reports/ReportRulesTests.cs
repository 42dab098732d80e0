using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Testing;

namespace Gongkai.Domain.Tests.Reports;

/// <summary>The consistency rules of the annual report format (statutory-rules §2.3, §2.4).</summary>
public sealed class ReportRulesTests
{
    private static AnnualReport Consistent(int seed = 7) => ReportGenerator.Generate(new Random(seed), ReportTemplate.Format2021, 2023);

    [Fact]
    public void A_consistent_report_passes_every_rule()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            Assert.DoesNotContain(ReportRules.Check(Consistent(seed)), f => f.Severity == Severity.Error);
        }
    }

    [Fact]
    public void Balance_of_a_column_is_checked_with_the_printed_note()
    {
        // 表三 勾稽关系: 一+二 = 三（七）+四, per column.
        var report = Consistent();
        var received = report.Applications!["newlyReceived"]!.Value.ToArray();
        received[0] += 1;
        received[6] += 1;
        var broken = report with { Applications = report.Applications.With("newlyReceived", received) };
        var findings = ReportRules.Check(broken).Where(f => f.Code == "applications.balance").ToList();
        Assert.Equal([0, 6], findings.Select(f => f.Column!.Value));
        Assert.Contains("表三「自然人」列", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_column_and_outcome_total_are_checked()
    {
        var report = Consistent();
        var disclosed = report.Applications!["disclosed"]!.Value.ToArray();
        disclosed[1] += 2;
        var broken = report with { Applications = report.Applications.With("disclosed", disclosed) };
        var findings = ReportRules.Check(broken);
        Assert.Contains(findings, f => f.Code == "applications.columnTotal" && f.Row == "disclosed"
            && f.Message.StartsWith("表三「（一）予以公开」行「总计」列", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "applications.outcomeTotal" && f.Column == 1);
    }

    [Fact]
    public void Review_group_total_is_checked()
    {
        var report = Consistent();
        var broken = report with { ReviewLitigation = report.ReviewLitigation!.With("reconsideration", [10m, 1m, 0m, 0m, 0m]) };
        Assert.Contains(ReportRules.Check(broken), f => f.Code == "reviewLitigation.total" && f.Row == "reconsideration" && f.Column == 4);
    }

    [Fact]
    public void Negative_counts_are_errors_but_the_2019_change_column_may_be_negative()
    {
        var trial = ReportGenerator.Generate(new Random(3), ReportTemplate.Trial2019, 2020);
        var withDecrease = trial with { Proactive = trial.Proactive!.With("administrativeLicensing", [5m, -2m, 3m]) };
        Assert.DoesNotContain(ReportRules.Check(withDecrease), f => f.Code == "value.negative");
        var negative = trial with { Proactive = trial.Proactive!.With("administrativeLicensing", [-5m, 0m, 3m]) };
        Assert.Contains(ReportRules.Check(negative), f => f.Code == "value.negative" && f.Column == 0);
    }

    [Fact]
    public void Trial_format_after_2020_is_a_warning()
    {
        var trial = ReportGenerator.Generate(new Random(3), ReportTemplate.Trial2019, 2022);
        Assert.Contains(ReportRules.Check(trial), f => f.Code == "template.outdated" && f.Severity == Severity.Warning);
        Assert.DoesNotContain(ReportRules.Check(trial with { Year = 2020 }), f => f.Code == "template.outdated");
    }

    [Fact]
    public void Missing_tables_and_rows_are_reported()
    {
        var report = Consistent() with { Proactive = null };
        Assert.Contains(ReportRules.Check(report), f => f.Code == "structure.missingTable" && f.Table == TableId.Proactive && f.Severity == Severity.Error);
        var noFees = Consistent() with { Proactive = Consistent().Proactive!.With("administrativeFees", null) };
        Assert.Contains(ReportRules.Check(noFees), f => f.Code == "structure.missingRow" && f.Row == "administrativeFees");
    }

    [Fact]
    public void Carry_over_and_documents_in_force_follow_last_year()
    {
        var last = Consistent(1) with { Year = 2022 };
        var now = Consistent(2);
        var forward = last.Applications!["carriedForward"]!.Value;
        var carried = now.Applications!["carriedOver"]!.Value;
        var findings = ReportRules.Check(now, last);
        Assert.Equal(forward.Zip(carried).Count(p => p.First != p.Second), findings.Count(f => f.Code == "applications.carryOver"));

        var docs = now with { Proactive = now.Proactive!.With("normativeDocuments", [3m, 1m, last.Proactive!["normativeDocuments"]!.Value[2] + 2m]) };
        Assert.DoesNotContain(ReportRules.Check(docs, last), f => f.Code == "proactive.validCount" && f.Row == "normativeDocuments");
        var wrong = now with { Proactive = now.Proactive!.With("normativeDocuments", [3m, 1m, last.Proactive!["normativeDocuments"]!.Value[2] + 5m]) };
        Assert.Contains(ReportRules.Check(wrong, last), f => f.Code == "proactive.validCount" && f.Row == "normativeDocuments");
    }
}
