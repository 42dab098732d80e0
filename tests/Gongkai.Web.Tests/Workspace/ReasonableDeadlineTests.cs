using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>条例第三十五条's reasonable deadline: a 负责人's approval and a bound (20 working days by default).</summary>
public sealed class ReasonableDeadlineTests
{
    private const string Reason = "申请人一个月内提交同类申请四十余件，已说明理由，无法在法定期限内答复";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_承办人_cannot_set_it_and_a_负责人_only_within_the_bound(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 16), "第三十五条 标记");
        using var handler = await Staff.SignedInAsync(app, "chengban");
        var version = (await Requests.LoadAsync(app, code)).Version;

        var byHandler = await handler.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "reasonableDeadlineSet", dueOn = "2099-12-31", reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, byHandler.StatusCode);
        Assert.Contains("须经政府信息公开工作机构负责人同意", await DetailAsync(byHandler), StringComparison.Ordinal);

        var page = await Requests.StepAsync(handler, code, "reasonableDeadlineSet", new() { ["Step.DueOn"] = "2099-12-31", ["Step.Reason"] = Reason });
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("须经政府信息公开工作机构负责人同意", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("延迟答复的合理期限 <span class=\"hint\">条例第三十五条", await handler.GetStringAsync($"/workspace/requests/{code}"), StringComparison.Ordinal);

        using var head = await Staff.SignedInAsync(app, "fuze");
        var statutoryDue = (await Requests.LoadAsync(app, code)).AnswerDue!.Value;
        var latest = ReasonableDeadlines.Latest(statutoryDue, RequestPolicy.Official(app.Clock));
        var tooFar = await head.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "reasonableDeadlineSet", dueOn = "2099-12-31", reason = Reason });
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);
        Assert.Contains($"最晚为{latest.Year}年{latest.Month}月{latest.Day}日", await DetailAsync(tooFar), StringComparison.Ordinal);

        var vague = await head.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "reasonableDeadlineSet", dueOn = latest, reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, vague.StatusCode);
        Assert.Contains("具体说明理由", await DetailAsync(vague), StringComparison.Ordinal);
        Assert.Equal(version, (await Requests.LoadAsync(app, code)).Version);

        var approved = await head.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "reasonableDeadlineSet", dueOn = latest, reason = Reason });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var stored = await Requests.LoadAsync(app, code);
        Assert.Equal(latest, stored.AnswerDue);
        var details = await head.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("经示范市人民政府负责人同意", details, StringComparison.Ordinal);
        Assert.Contains("数量、频次明显超过合理范围", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bound_is_a_setting()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        app.Settings["Gongkai:ReasonableDeadlineWorkingDays"] = "5";
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 16), "第三十五条 设定");
        using var head = await Staff.SignedInAsync(app, "fuze");
        var record = await Requests.LoadAsync(app, code);
        var sixth = WorkingDayCalendarOf(app).AddWorkingDays(record.AnswerDue!.Value, 6);

        var refused = await head.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version = record.Version, type = "reasonableDeadlineSet", dueOn = sixth, reason = Reason });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("之后5个工作日", await DetailAsync(refused), StringComparison.Ordinal);
    }

    private static Gongkai.Domain.Calendar.WorkingDayCalendar WorkingDayCalendarOf(GongkaiApp app) => RequestPolicy.Official(app.Clock).Calendar;

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString() ?? "";
}
