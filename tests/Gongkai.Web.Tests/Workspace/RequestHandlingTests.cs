using System.Net;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Workspace;

public sealed class RequestHandlingTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Correction_then_answer_then_service_through_the_forms(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 17), "示范市2025年财政预算执行情况");
        using var client = await Staff.SignedInAsync(app, "chengban");
        Assert.Contains("补正通知应于2026年11月26日前一次性发出（条例第三十条）", await client.GetStringAsync($"/workspace/requests/{code}"), StringComparison.Ordinal);

        var notice = await Requests.StepAsync(client, code, "correctionRequested", new() { ["Step.On"] = "2026-11-18", ["Step.Items"] = "请写明预算文件的年度和文号", ["Step.DueOn"] = "2026-12-04" });
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        Assert.Equal(RequestStatus.AwaitingCorrection, (await Requests.LoadAsync(app, code)).Status);

        // The law refuses an answer while a correction is awaited; the message is shown and the input kept.
        var early = await Requests.StepAsync(client, code, "decided", new() { ["Step.On"] = "2026-11-19", ["Step.Outcome"] = "Provided" });
        var earlyPage = await early.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("正在等待申请人补正（条例第三十条）", earlyPage, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.AwaitingCorrection, (await Requests.LoadAsync(app, code)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(client, code, "correctionReceived", new() { ["Step.On"] = "2026-11-19" })).StatusCode);
        Assert.Contains("应于2026年12月17日前答复（还剩19个工作日）", await client.GetStringAsync($"/workspace/requests/{code}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(client, code, "decided", new()
        {
            ["Step.On"] = "2026-11-20", ["Step.Outcome"] = "PartiallyDisclosed",
            ["Step.Withheld[0].Part"] = "预算草案讨论稿", ["Step.Withheld[0].Ground"] = "ProcessInformation", ["Step.Withheld[0].Reason"] = "属于过程性信息",
        })).StatusCode);
        using var head = await Staff.SignedInAsync(app, "fuze");
        await Letters.SignAsync(client, head, code);
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(client, code, "delivered", new() { ["Step.On"] = "2026-11-20", ["Step.Method"] = "Posted" })).StatusCode);

        var done = await Requests.LoadAsync(app, code);
        Assert.Equal(RequestStatus.Delivered, done.Status);
        Assert.Equal(Outcome.PartiallyDisclosed, done.Outcome);
        Assert.Equal(new DateOnly(2026, 11, 20), done.AnsweredOn);
        var page = await client.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("请写明预算文件的年度和文号", page, StringComparison.Ordinal);
        Assert.Contains("chengban", page, StringComparison.Ordinal);

        var letter = await client.GetStringAsync($"/workspace/requests/{code}/letter");
        Assert.Contains("条例第三十七条", letter.Replace("《中华人民共和国政府信息公开条例》", "条例", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("60日内", letter, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国行政诉讼法》", letter, StringComparison.Ordinal);
        Assert.Contains("示范市人民政府", letter, StringComparison.Ordinal);
        var correction = await client.GetStringAsync($"/workspace/requests/{code}/letter?kind=correction");
        Assert.Contains("请您于2026年12月4日前对以下事项作出补正：请写明预算文件的年度和文号", correction, StringComparison.Ordinal);
        Assert.DoesNotContain("行政复议", correction, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Only_a_head_approves_an_extension(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 2), "示范河流域水质监测数据");
        using var handler = await Staff.SignedInAsync(app, "chengban");
        var handlerPage = await handler.GetStringAsync($"/workspace/requests/{code}");
        Assert.DoesNotContain("同意延期", handlerPage, StringComparison.Ordinal);
        // The 7 working days of 第三十条 are over, but a notice sent within them may still be recorded late.
        Assert.Contains("发出补正通知", handlerPage, StringComparison.Ordinal);
        var refused = await Requests.StepAsync(handler, code, "extensionApproved", new() { ["Step.WorkingDays"] = "20", ["Step.Reason"] = "需调取档案" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("负责人", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await Requests.LoadAsync(app, code)).Version);

        using var head = await Staff.SignedInAsync(app, "fuze");
        var tooLong = await Requests.StepAsync(head, code, "extensionApproved", new() { ["Step.WorkingDays"] = "25", ["Step.Reason"] = "需调取档案" });
        Assert.Contains("最长不得超过20个工作日", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noReason = await Requests.StepAsync(head, code, "extensionApproved", new() { ["Step.WorkingDays"] = "15" });
        Assert.Contains("请填写延期的理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(head, code, "extensionApproved", new() { ["Step.WorkingDays"] = "15", ["Step.Reason"] = "所申请的监测数据分散在多个站点" })).StatusCode);
        var page = await head.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("延长15个工作日，经示范市人民政府负责人同意", page, StringComparison.Ordinal);
        var extension = await head.GetStringAsync($"/workspace/requests/{code}/letter?kind=extension");
        Assert.Contains("因所申请的监测数据分散在多个站点，需要延长答复期限", extension, StringComparison.Ordinal);
        Assert.Contains("答复期限延长15个工作日，本机关将于", extension, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/workspace/requests/{code}/letter")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_people_posting_the_same_version_keep_the_first_change(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 10), "示范路拓宽工程征收补偿方案");
        using var first = await Staff.SignedInAsync(app, "chengban");
        using var second = await Staff.SignedInAsync(app, "fuze");
        var seen = await Requests.VersionAsync(second, code);

        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(first, code, "decided", new() { ["Step.Outcome"] = "NotExist" }, seen)).StatusCode);
        var stale = await Requests.StepAsync(second, code, "withdrawn", new() { ["Step.On"] = "2026-11-20" }, seen);
        var page = await stale.Content.ReadAsStringAsync();

        Assert.Contains("该申请已被他人修改（chengban于2026年11月20日记录了「答复」），请刷新后重试", page, StringComparison.Ordinal);
        var stored = await Requests.LoadAsync(app, code);
        Assert.Equal(RequestStatus.Decided, stored.Status);
        Assert.Equal(Outcome.NotExist, stored.Outcome);
        Assert.Equal(seen + 1, stored.Version);
    }
}
