using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Workspace.Reports;

namespace Gongkai.Web.Tests.Reports;

public sealed class FeeStatementTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Section_six_states_the_fees_paid_in_the_year(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = await Staff.SignedInAsync(app, "chengban");
        await using var db = app.Database();
        var paid = db.RequestEvents.Where(e => e.Kind == nameof(FeePaid)).OrderBy(e => e.Id).First();
        var request = db.Requests.Single(r => r.TrackingCode == paid.TrackingCode);
        var year = paid.On.Year;
        var codes = db.Requests.Where(r => r.AgencyId == request.AgencyId).Select(r => r.TrackingCode).ToList();
        var events = db.RequestEvents.Where(e => codes.Contains(e.TrackingCode) && (e.Kind == nameof(FeeNoticeIssued) || e.Kind == nameof(FeePaid))).ToList();
        var notices = events.Count(e => e.Kind == nameof(FeeNoticeIssued) && e.On.Year == year);
        var amount = events.Where(e => e.Kind == nameof(FeePaid) && e.On.Year == year)
            .Sum(p => ((FeeNoticeIssued)RequestLog.ToEvent(events.Where(n => n.TrackingCode == p.TrackingCode && n.Kind == nameof(FeeNoticeIssued) && n.Sequence < p.Sequence).MaxBy(n => n.Sequence)!)).Charge.Amount);
        Assert.True(amount > 0);

        var (report, _, _) = await LoadAnnualReport.BuildAsync(db, request.AgencyId, year);
        var six = report.Sections.Single(s => s.Number == 6).Text;
        Assert.StartsWith($"依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共发出收费通知{notices}件", six, StringComparison.Ordinal);
        Assert.Contains($"共计{amount:0.##}元", six, StringComparison.Ordinal);

        var empty = await FeeStatement.ForYearAsync(db, request.AgencyId, 2019);
        Assert.Equal("本年度未发出收费通知，未收取信息处理费。", empty.Sentence);
    }
}
