using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>办理结果 → 表三 rows (statutory-rules §1.8, §2.3) and 表四 (条例第五十一条, §2.4).</summary>
public sealed class OutcomeAndAppealTests
{
    [Theory]
    [InlineData(Outcome.Provided, "disclosed", "条例第三十六条第（二）项")]
    [InlineData(Outcome.AlreadyPublished, "disclosed", "条例第三十六条第（一）项")]
    [InlineData(Outcome.PartiallyDisclosed, "partiallyDisclosed", "条例第三十七条")]
    [InlineData(Outcome.StateSecret, "withheld.stateSecret", "条例第十四条")]
    [InlineData(Outcome.ThirdPartyRights, "withheld.thirdPartyRights", "条例第十五条、第三十二条")]
    [InlineData(Outcome.ProcessInformation, "withheld.processInformation", "条例第十六条第二款")]
    [InlineData(Outcome.NotThisAgency, "unavailable.notHeld", "条例第三十六条第（五）项")]
    [InlineData(Outcome.NeedsCreation, "unavailable.needsCreation", "条例第三十八条")]
    [InlineData(Outcome.ExcessiveRepeated, "notProcessed.excessiveRepeated", "条例第三十五条")]
    [InlineData(Outcome.CorrectionOverdue, "otherHandling.correctionOverdue", "条例第三十条")]
    [InlineData(Outcome.FeeOverdue, "otherHandling.feeOverdue", "条例第四十二条；国办函〔2020〕109号")]
    [InlineData(Outcome.Withdrawn, "otherHandling.other", "条例第三十六条")]
    public void Each_outcome_has_its_row_and_legal_basis(Outcome outcome, string row, string basis)
    {
        Assert.Equal(row, outcome.RowKey(ReportTemplate.Format2021));
        Assert.Equal(basis, outcome.LegalBasis());
    }

    [Fact]
    public void Every_outcome_maps_to_a_result_row_of_both_templates()
    {
        foreach (var template in new[] { ReportTemplate.Format2021, ReportTemplate.Trial2019 })
        {
            foreach (var outcome in Enum.GetValues<Outcome>())
            {
                Assert.Contains(outcome.RowKey(template), template.Applications.OutcomeRowKeys);
                Assert.StartsWith("条例", outcome.LegalBasis(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_2019_format_has_one_other_handling_row() =>
        Assert.Equal("otherHandling", Outcome.FeeOverdue.RowKey(ReportTemplate.Trial2019));

    [Fact]
    public void Only_区分处理_counts_as_partial_disclosure() =>
        Assert.Equal([Outcome.PartiallyDisclosed], Enum.GetValues<Outcome>().Where(o => o.RowKey(ReportTemplate.Format2021) == "partiallyDisclosed"));

    [Fact]
    public void Applicant_kinds_are_the_表三_columns()
    {
        Assert.Equal(ReportTemplate.ApplicantColumnKeys.Take(6), Enum.GetValues<ApplicantKind>().Select(k => ReportTemplate.ApplicantColumnKeys[k.Column()]));
        Assert.Equal("法律服务机构", ApplicantKind.LegalServiceAgency.Label());
    }

    [Fact]
    public void An_appeal_is_pending_at_each_year_end_until_concluded()
    {
        var appeal = Appeal.File("A-1", AppealKind.LitigationAfterReconsideration, Cases.D("2023-11-02"));
        Assert.Null(appeal.ColumnIn(2022));
        Assert.Equal(Appeal.PendingColumn, appeal.ColumnIn(2023));
        var concluded = appeal.Conclude(AppealResult.Corrected, Cases.D("2024-05-20")).Value!;
        Assert.Equal(Appeal.PendingColumn, concluded.ColumnIn(2023));
        Assert.Equal(1, concluded.ColumnIn(2024));
        Assert.Null(concluded.ColumnIn(2025));
        Assert.Equal("litigationAfterReconsideration", concluded.RowKey);
    }

    [Fact]
    public void An_appeal_is_concluded_once_and_not_before_it_was_filed()
    {
        var appeal = Appeal.File("A-1", AppealKind.Reconsideration, Cases.D("2024-03-01"));
        Assert.Contains("早于受理日期", appeal.Conclude(AppealResult.Upheld, Cases.D("2024-02-01")).Error, StringComparison.Ordinal);
        var done = appeal.Conclude(AppealResult.Upheld, Cases.D("2024-04-01")).Value!;
        Assert.Contains("已于2024年4月1日审结", done.Conclude(AppealResult.Other, Cases.D("2024-05-01")).Error, StringComparison.Ordinal);
    }
}
