using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Cases;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>
/// 年度报告 from cases (statutory-rules §2.3, §2.4): requests by 收到申请之日 (条例第三十一条), pending at 31 December →
/// 结转下年度继续办理, last year's → 上年结转; 表四 from appeals (条例第五十一条). The report rules run on every report.
/// </summary>
public sealed class AnnualReportFromCasesTests
{
    private const string Agency = "某市某区人民政府";

    [Fact]
    public void A_small_year_counted_row_by_row()
    {
        var requests = new[]
        {
            Received("2023-12-20", id: "old").Then(new Decided(D("2024-01-10"), Outcome.Provided)),
            Received("2024-03-01", ApplicantKind.CommercialEnterprise, "a").Then(new Decided(D("2024-03-05"), Outcome.PartiallyDisclosed, Withholding)),
            Received("2024-05-06", ApplicantKind.LegalServiceAgency, "b").Then(new Withdrawn(D("2024-05-07"))),
            Received("2024-12-20", id: "late"),
        };
        var appeals = new[]
        {
            Appeal.File("a", AppealKind.Reconsideration, D("2024-04-01")).Conclude(AppealResult.Upheld, D("2024-06-01")).Value!,
            Appeal.File("b", AppealKind.LitigationWithoutReconsideration, D("2024-11-01")),
        };
        var report = AnnualReportFromCases.Build(Agency, 2024, requests, appeals,
            new Dictionary<string, IReadOnlyList<decimal>> { ["administrativeLicensing"] = [1584m] });
        var t = report.Applications!;
        Assert.Same(ReportTemplate.Format2021, report.Template);
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], Values(t, "carriedOver"));
        Assert.Equal([1m, 1, 0, 0, 1, 0, 3], Values(t, "newlyReceived"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], Values(t, "disclosed"));
        Assert.Equal([0m, 1, 0, 0, 0, 0, 1], Values(t, "partiallyDisclosed"));
        Assert.Equal([0m, 0, 0, 0, 1, 0, 1], Values(t, "otherHandling.other"));
        Assert.Equal([1m, 1, 0, 0, 1, 0, 3], Values(t, "outcomeTotal"));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], Values(t, "carriedForward"));
        Assert.Equal([1m, 0, 0, 0, 1], Values(report.ReviewLitigation!, "reconsideration"));
        Assert.Equal([0m, 0, 0, 1, 1], Values(report.ReviewLitigation!, "litigationWithoutReconsideration"));
        Assert.Equal(1584m, report.Proactive!.Cell("administrativeLicensing", 0));
        Assert.DoesNotContain(ReportRules.Check(report), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void Years_before_2021_use_the_trial_format_with_one_其他处理_row()
    {
        var request = Received("2020-06-01").Then(new FeeNoticeIssued(D("2020-06-03"), InformationProcessingFee.ByVolume(101), D("2020-06-10")), new FeeLapsed(D("2020-06-11")));
        var report = AnnualReportFromCases.Build(Agency, 2020, [request], []);
        Assert.Same(ReportTemplate.Trial2019, report.Template);
        Assert.Equal(1m, report.Applications!.Cell("otherHandling", 0));
        Assert.Empty(ReportRules.Check(report).Where(f => f.Severity == Severity.Error));
    }

    [Fact]
    public void Random_legal_histories_give_reports_that_pass_every_rule()
    {
        var cases = new RandomCases(seed: 33);
        var requests = Enumerable.Range(0, 400)
            .Select(i => cases.Next($"R{i}", D("2019-06-01"), D("2025-11-30"), (_, _, _) => { }))
            .ToList();
        var appeals = requests.Select(cases.AppealAgainst).OfType<Appeal>().ToList();
        Assert.Contains(requests, r => r.Outcome is null);
        Assert.True(requests.Select(r => r.Outcome).Distinct().Count() > 15, "the walk should reach most outcomes");
        Assert.NotEmpty(appeals);

        AnnualReport? previous = null;
        for (var year = 2019; year <= 2026; year++)
        {
            var report = AnnualReportFromCases.Build(Agency, year, requests, appeals);
            var errors = ReportRules.Check(report, previous).Where(f => f.Severity == Severity.Error).ToList();
            Assert.True(errors.Count == 0, $"{year}: {string.Join("; ", errors.Select(e => e.Message))}");
            Assert.Equal(requests.Count(r => r.ReceivedOn.Year == year), report.Applications!.Cell("newlyReceived", 6));
            previous = report;
        }
    }

    [Fact]
    public void Every_request_is_counted_in_exactly_one_result_row_or_carried_forward()
    {
        var cases = new RandomCases(seed: 36);
        for (var i = 0; i < 300; i++)
        {
            var request = cases.Next($"R{i}", D("2020-01-01"), D("2025-11-30"), (_, _, _) => { });
            var column = request.Applicant.Kind.Column();
            for (var year = 2020; year <= 2026; year++)
            {
                var t = AnnualReportFromCases.Build(Agency, year, [request], []).Applications!;
                var inYear = request.ReceivedOn.Year == year || (request.ReceivedOn.Year < year && request.IsPendingOn(new DateOnly(year - 1, 12, 31)));
                var placed = t.Spec.Rows.Where(r => r.Key is not ("newlyReceived" or "carriedOver" or "outcomeTotal"))
                    .Where(r => t.Cell(r.Key, column) == 1m).Select(r => r.Key).ToList();
                var cells = t.Rows.Sum(r => r.Values!.Value.Take(6).Sum(v => v!.Value));
                if (!inYear)
                {
                    Assert.Equal(0m, cells);
                    continue;
                }

                Assert.Single(placed);
                var expected = request.IsPendingOn(new DateOnly(year, 12, 31)) ? "carriedForward" : request.Outcome!.Value.RowKey(t.Spec == ReportTemplate.Format2021.Applications ? ReportTemplate.Format2021 : ReportTemplate.Trial2019);
                Assert.Equal(expected, placed[0]);
                // 一 or 二; the one place; and （七）总计 when concluded in the year.
                Assert.Equal(expected == "carriedForward" ? 2m : 3m, cells);
            }
        }
    }

    [Fact]
    public void An_illegal_event_never_changes_the_request()
    {
        var refused = 0;
        var cases = new RandomCases(seed: 42);
        for (var i = 0; i < 300; i++)
        {
            cases.Next($"R{i}", D("2020-01-01"), D("2025-11-30"), (before, proposal, error) =>
            {
                refused++;
                Assert.False(string.IsNullOrWhiteSpace(error));
                var replayed = DisclosureRequest.Replay(before.Events, Policy).Value!;
                Assert.Equal(before.Events.Length, replayed.Events.Length);
                Assert.Equal(before.Status, replayed.Status);
                Assert.Equal(before.Outcome, replayed.Outcome);
                Assert.Equal(Deadline(before), Deadline(replayed));
                Assert.False(replayed.Apply(proposal).IsSuccess, "a refusal depends only on the log");
            });
        }

        Assert.True(refused > 100, $"only {refused} refusals: the walk proposes too few illegal events");
    }

    private static DateOnly? Deadline(DisclosureRequest r) => r.Deadlines.AnswerDue;

    private static decimal[] Values(ReportTable table, string row) => [.. table[row]!.Value.Select(v => v!.Value)];
}
