using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Workspace;

public sealed class WorkspaceApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Staff_api_lists_masked_records_steps_and_refuses_with_problem_details(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 16), "接口标记 示范市公交线路调整方案", "诸葛亮亮");
        var other = await Requests.AddAsync(app, 3, new DateOnly(2026, 11, 16), "接口标记 教育局");
        using var handler = await Staff.SignedInAsync(app, "chengban");

        var list = await handler.GetFromJsonAsync<JsonElement>("/api/workspace/requests?status=all&q=" + Uri.EscapeDataString("接口标记"));
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(code, item.GetProperty("trackingCode").GetString());
        Assert.Equal("诸***", item.GetProperty("applicantName").GetString());
        Assert.DoesNotContain("13812345678", list.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync($"/api/workspace/requests/{other}")).StatusCode);

        var full = await handler.GetFromJsonAsync<JsonElement>($"/api/workspace/requests/{code}");
        Assert.Equal("诸葛亮亮", full.GetProperty("applicant").GetProperty("name").GetString());
        var version = full.GetProperty("version").GetInt32();

        using var registrar = await Staff.SignedInAsync(app, "dengji");
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "withdrawn" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "extensionApproved", workingDays = 10 })).StatusCode);

        var notice = await handler.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "correctionRequested", on = "2026-11-18", items = "请说明线路名称", dueOn = "2026-12-02" });
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var awaiting = await notice.Content.ReadFromJsonAsync<JsonElement>();
        var after = awaiting.GetProperty("version").GetInt32();
        Assert.Equal(version + 1, after);
        Assert.Equal("awaitingCorrection", awaiting.GetProperty("status").GetString());
        Assert.Equal("correctionRequested", awaiting.GetProperty("events")[1].GetProperty("kind").GetString());
        Assert.Equal(["correctionReceived", "withdrawn"], awaiting.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()!).ToArray());

        var stale = await handler.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "withdrawn" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("该申请已被他人修改", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var refused = await handler.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version = after, type = "decided", outcome = "Provided" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("正在等待申请人补正", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.AwaitingCorrection, (await Requests.LoadAsync(app, code)).Status);

        using var head = await Staff.SignedInAsync(app, "fuze");
        var received = await head.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version = after, type = "withdrawn", on = "2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var closed = await received.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("closed", "withdrawn"), (closed.GetProperty("status").GetString(), closed.GetProperty("outcome").GetString()));
        Assert.Empty(closed.GetProperty("allowedSteps").EnumerateArray());
        Assert.Equal(Outcome.Withdrawn, (await Requests.LoadAsync(app, code)).Outcome);
    }
}
