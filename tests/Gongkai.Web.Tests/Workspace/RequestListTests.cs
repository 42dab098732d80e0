using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Workspace;

public sealed class RequestListTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_list_shows_only_the_own_agency_most_urgent_first_with_overdue_rows_marked(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var late = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 10, 9), "排序标记 超期的申请", "欧阳修文");
        var fresh = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 18), "排序标记 新收到的申请");
        var soon = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 10, 26), "排序标记 即将到期的申请");
        var other = await Requests.AddAsync(app, 3, new DateOnly(2026, 11, 18), "排序标记 教育局的申请");
        using var client = await Staff.SignedInAsync(app, "chengban");

        var page = await client.GetStringAsync("/workspace?q=" + Uri.EscapeDataString("排序标记"));

        Assert.DoesNotContain(other, page, StringComparison.Ordinal);
        var order = new[] { late, soon, fresh }.Select(c => page.IndexOf(c, StringComparison.Ordinal)).ToArray();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.True(order[0] < order[1] && order[1] < order[2], "sorted by 答复期限");
        Assert.Matches($"<tr class=\"overdue\">\\s*<td><a href=\"/workspace/requests/{late}\"", page);
        Assert.Matches($"<tr class=\"due-soon\">\\s*<td><a href=\"/workspace/requests/{soon}\"", page);
        Assert.Contains("已超期", page, StringComparison.Ordinal);
        Assert.Contains("欧***", page, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳修文", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/workspace/requests/{other}")).StatusCode);
        Assert.Contains(other, await (await Staff.SignedInAsync(app, "chengban2")).GetStringAsync("/workspace?status=all&q=" + Uri.EscapeDataString("教育局")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_paper_application_is_registered_and_listed(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = await Staff.SignedInAsync(app, "dengji");
        var fields = new Dictionary<string, string>
        {
            ["Input.Channel"] = "PostSignedFor",
            ["Input.ArrivedOn"] = "2026-11-19",
            ["Input.ApplicantKind"] = "NaturalPerson",
            ["Input.Name"] = "司马光明",
            ["Input.IdNumber"] = "110101199003071233",
            ["Input.Phone"] = "13900001111",
            ["Input.Address"] = "示范市解放路8号",
            ["Input.Description"] = "2025年示范市老旧小区改造项目清单",
            ["Input.Form"] = "Paper",
            ["Input.Receiving"] = "Post",
        };

        var refused = await Staff.PostFormAsync(client, "/workspace/requests/register", new(fields) { ["Input.ConfirmedOn"] = "2026-11-20" });
        Assert.Contains("无需确认日期", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var blank = await Staff.PostFormAsync(client, "/workspace/requests/register", new(fields) { ["Input.Description"] = "" });
        Assert.Contains("条例第二十九条第二款第（二）项", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await Staff.PostFormAsync(client, "/workspace/requests/register", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("司马光明", page, StringComparison.Ordinal);
        Assert.Contains("13900001111", page, StringComparison.Ordinal);
        Assert.Contains("应于2026年12月17日前答复", page, StringComparison.Ordinal);

        var list = await client.GetStringAsync("/workspace?q=" + Uri.EscapeDataString("老旧小区"));
        Assert.Contains("司***", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13900001111", list, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.Equal("dengji", db.RequestEvents.Single(e => e.TrackingCode == saved.Headers.Location!.OriginalString.Substring(20, 15)).RecordedBy);
    }
}
