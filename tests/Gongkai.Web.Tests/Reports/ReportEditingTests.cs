using System.Net;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Workspace.Reports;

namespace Gongkai.Web.Tests.Reports;

public sealed class ReportEditingTests
{
    private const int City = 2;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_narrative_is_saved_and_a_stale_version_is_refused(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var admin = await Staff.SignedInAsync(app, "admin");
        var saved = await Staff.PostFormAsync(admin, "/workspace/reports/2025/narrative", new()
        {
            ["Overview"] = "本年度全面推进政务公开。",
            ["Problems"] = "公开平台需要改进。",
            ["OtherMatters"] = "本年度无其他需要报告的事项。",
            ["Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.GetStringAsync("/workspace/reports/2025");
        Assert.Contains("本年度全面推进政务公开。", page, StringComparison.Ordinal);
        Assert.Contains("本年度无其他需要报告的事项。", page, StringComparison.Ordinal);

        var stale = await Staff.PostFormAsync(admin, "/workspace/reports/2025/narrative", new()
        {
            ["Overview"] = "覆盖他人的修改",
            ["Problems"] = "",
            ["OtherMatters"] = "",
            ["Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("已被其他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database();
        var draft = db.AnnualReportDrafts.Single(d => d.AgencyId == City && d.Year == 2025);
        Assert.Equal("本年度全面推进政务公开。", draft.Overview);
        Assert.Equal(1, draft.Version);

        // The first save of a year without a draft starts at version 0.
        Assert.True((await SaveDraft.RunAsync(db, City, 2026, 0, d => d.Overview = "新的一年")).IsSuccess);
        Assert.Equal(FailureKind.Conflict, (await SaveDraft.RunAsync(db, City, 2026, 0, d => d.Overview = "重复新建")).Kind);
    }

    [Fact]
    public async Task Only_the_administrator_edits_the_report()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var handler = await Staff.SignedInAsync(app, "chengban");
        var response = await handler.GetAsync("/workspace/reports/2025/proactive");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/workspace/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("填报表二", await handler.GetStringAsync("/workspace/reports/2025"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_two_refuses_bad_cells_naming_row_and_column_and_warns_on_the_valid_count()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var admin = await Staff.SignedInAsync(app, "admin");
        var fields = new Dictionary<string, string>
        {
            ["version"] = "0",
            ["cell-regulations-0"] = "-1",
            ["cell-regulations-1"] = "1.5",
            ["cell-regulations-2"] = "",
            ["cell-normativeDocuments-0"] = "abc",
            ["cell-normativeDocuments-1"] = "0",
            ["cell-normativeDocuments-2"] = "１４０",
            ["cell-administrativeLicensing-0"] = "356",
            ["cell-administrativePenalty-0"] = "88",
            ["cell-administrativeCoercion-0"] = "5",
            ["cell-administrativeFees-0"] = "12.34567",
        };
        var refused = await (await Staff.PostFormAsync(admin, "/workspace/reports/2025/proactive", fields)).Content.ReadAsStringAsync();
        Assert.Contains("表二「规章」行「本年制发件数」列不能为负数", refused, StringComparison.Ordinal);
        Assert.Contains("表二「规章」行「本年废止件数」列应为整数", refused, StringComparison.Ordinal);
        Assert.Contains("表二「规章」行「现行有效件数」列未填写", refused, StringComparison.Ordinal);
        Assert.Contains("表二「行政规范性文件」行「本年制发件数」列“abc”不是数字", refused, StringComparison.Ordinal);
        Assert.Contains("表二「行政事业性收费」行「本年收费金额（单位：万元）」列最多保留4位小数", refused, StringComparison.Ordinal);
        await using (var db = app.Database())
        {
            Assert.Contains("[3,1,25]", db.AnnualReportDrafts.Single(d => d.AgencyId == City && d.Year == 2025).ProactiveJson, StringComparison.Ordinal);
        }

        fields["cell-regulations-0"] = "4";
        fields["cell-regulations-1"] = "1";
        fields["cell-regulations-2"] = "28";
        fields["cell-normativeDocuments-0"] = "12";
        fields["cell-administrativeFees-0"] = "12.5";
        var saved = await (await Staff.PostFormAsync(admin, "/workspace/reports/2025/proactive", fields)).Content.ReadAsStringAsync();
        Assert.True(saved.Contains("表二已保存", StringComparison.Ordinal), System.Text.RegularExpressions.Regex.Match(saved, "notice[^<]*<[\\s\\S]{0,600}").Value);
        await using (var db = app.Database())
        {
            Assert.Equal("""{"regulations":[4,1,28],"normativeDocuments":[12,0,140],"administrativeLicensing":[356],"administrativePenalty":[88],"administrativeCoercion":[5],"administrativeFees":[12.5]}""",
                db.AnnualReportDrafts.Single(d => d.AgencyId == City && d.Year == 2025).ProactiveJson);
        }

        // 2026 against 2025: 28 + 0 − 0 ≠ 0, so 现行有效件数 is flagged as a warning, not refused.
        var next = await admin.GetStringAsync("/workspace/reports/2026/proactive");
        Assert.Contains("表二「规章」行「现行有效件数」列为0，但上年现行有效28", next, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_appeal_is_recorded_counted_in_table_four_and_concluded_once(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var handler = await Staff.SignedInAsync(app, "chengban");
        string code;
        decimal before;
        await using (var db = app.Database())
        {
            code = db.Requests.Where(r => r.AgencyId == City && r.ReceivedOn < new DateOnly(2026, 6, 1) && r.ReceivedOn >= new DateOnly(2026, 1, 1))
                .OrderBy(r => r.TrackingCode).Select(r => r.TrackingCode).First();
            before = (await LoadAnnualReport.RunAsync(db, City, 2026)).Report.ReviewLitigation!.Cell("reconsideration", 3)!.Value;
        }

        var filed = await Staff.PostFormAsync(handler, "/workspace/appeals?handler=File",
            new() { ["trackingCode"] = code.ToLowerInvariant(), ["kind"] = nameof(AppealKind.Reconsideration), ["filedOn"] = "2026-07-01" }, "/workspace/appeals");
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        int id;
        await using (var db = app.Database())
        {
            var record = db.Appeals.Single(a => a.TrackingCode == code && a.FiledOn == new DateOnly(2026, 7, 1));
            id = record.Id;
            Assert.Equal(before + 1, (await LoadAnnualReport.RunAsync(db, City, 2026)).Report.ReviewLitigation!.Cell("reconsideration", 3));
        }

        var early = await Staff.PostFormAsync(handler, "/workspace/appeals?handler=Conclude",
            new() { ["id"] = $"{id}", ["result"] = nameof(AppealResult.Corrected), ["concludedOn"] = "2026-06-01", ["version"] = "1" }, "/workspace/appeals");
        Assert.Contains("审结日期2026年6月1日早于受理日期2026年7月1日", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var concluded = await Staff.PostFormAsync(handler, "/workspace/appeals?handler=Conclude",
            new() { ["id"] = $"{id}", ["result"] = nameof(AppealResult.Corrected), ["concludedOn"] = "2026-09-01", ["version"] = "1" }, "/workspace/appeals");
        Assert.Equal(HttpStatusCode.Redirect, concluded.StatusCode);
        var twice = await Staff.PostFormAsync(handler, "/workspace/appeals?handler=Conclude",
            new() { ["id"] = $"{id}", ["result"] = nameof(AppealResult.Upheld), ["concludedOn"] = "2026-10-01", ["version"] = "2" }, "/workspace/appeals");
        Assert.Contains("该行政复议已于2026年9月1日审结，不能再记录结果", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var db = app.Database())
        {
            var table = (await LoadAnnualReport.RunAsync(db, City, 2026)).Report.ReviewLitigation!;
            Assert.Equal(before, table.Cell("reconsideration", 3));
            Assert.Equal(db.Appeals.Count(a => a.AgencyId == City && a.Kind == AppealKind.Reconsideration && a.Result == AppealResult.Corrected && a.ConcludedOn!.Value.Year == 2026),
                table.Cell("reconsideration", 1));
            Assert.Equal(AppealResult.Corrected, db.Appeals.Single(a => a.Id == id).Result);
        }

        var stranger = await Staff.PostFormAsync(handler, "/workspace/appeals?handler=File",
            new() { ["trackingCode"] = "GK2026-NOTOURS1", ["kind"] = nameof(AppealKind.Reconsideration), ["filedOn"] = "2026-07-01" }, "/workspace/appeals");
        Assert.Contains("不是本机关的政府信息公开申请", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
