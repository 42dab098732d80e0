using System.Net;
using System.Net.Http.Json;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Workspace;

public sealed class SignInTests
{
    [Fact]
    public async Task The_workspace_sends_strangers_to_the_sign_in_page()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetAsync("/workspace");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/workspace/signin", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/workspace/requests")).StatusCode);
    }

    [Fact]
    public async Task A_demo_account_signs_in_and_sees_its_name()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = await Staff.SignedInAsync(app, "chengban");
        var page = await client.GetStringAsync("/workspace");
        Assert.Contains("示范市人民政府承办人", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = Portal.TrackingLimitTests.Client(app, "198.51.100.7");

        var unknown = await (await Staff.PostFormAsync(client, "/workspace/signin", new() { ["UserName"] = "nobody", ["Password"] = "wrong" })).Content.ReadAsStringAsync();
        var wrong = await (await Staff.PostFormAsync(client, "/workspace/signin", new() { ["UserName"] = "fuze", ["Password"] = "wrong" })).Content.ReadAsStringAsync();

        Assert.Contains("用户名或密码不正确", unknown, StringComparison.Ordinal);
        Assert.Equal(Normalize(unknown, "nobody"), Normalize(wrong, "fuze"));
        var apiUnknown = await client.PostAsJsonAsync("/api/session", new { userName = "nobody", password = "wrong" });
        var apiWrong = await client.PostAsJsonAsync("/api/session", new { userName = "fuze", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, apiUnknown.StatusCode);
        Assert.Equal(WithoutTrace(await apiUnknown.Content.ReadAsStringAsync()), WithoutTrace(await apiWrong.Content.ReadAsStringAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Failures_slow_down_the_address_they_come_from_and_never_lock_the_owner_out(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var attacker = Portal.TrackingLimitTests.Client(app, "198.51.100.7");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Staff.PostFormAsync(attacker, "/workspace/signin", new() { ["UserName"] = i % 2 == 0 ? "fuze" : "nobody" + i, ["Password"] = "wrong" + i });
            Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The clock stands still: the attacker's address stays slowed, even with the right password.
        var right = await Staff.PostFormAsync(attacker, "/workspace/signin", new() { ["UserName"] = "fuze", ["Password"] = Staff.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = await right.Content.ReadAsStringAsync();
        Assert.Contains("登录失败次数过多，请1秒后再试", page, StringComparison.Ordinal);
        Assert.DoesNotContain("锁定", page, StringComparison.Ordinal);
        // The API says the address is slowed down as an API does: 429, with the wait in words.
        var api = await attacker.PostAsJsonAsync("/api/session", new { userName = "chengban", password = Staff.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Contains("登录失败次数过多", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var owner = Portal.TrackingLimitTests.Client(app, "203.0.113.9");
        var signIn = await Staff.PostFormAsync(owner, "/workspace/signin", new() { ["UserName"] = "fuze", ["Password"] = Staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public void The_wait_doubles_after_the_free_failures_up_to_the_maximum()
    {
        var limits = new Gongkai.Web.Infrastructure.PlatformLimits();
        long[] Failures(int n) => [.. Enumerable.Range(0, n).Select(i => 1_000_000L + i)];
        var start = 1_000_000L;
        Assert.Null(Gongkai.Web.Infrastructure.StaffSignIn.Wait(Failures(4), start + 4, limits));
        Assert.Equal(TimeSpan.FromSeconds(1), Gongkai.Web.Infrastructure.StaffSignIn.Wait(Failures(5), start + 4, limits));
        Assert.Equal(TimeSpan.FromSeconds(4), Gongkai.Web.Infrastructure.StaffSignIn.Wait(Failures(7), start + 6, limits));
        Assert.Null(Gongkai.Web.Infrastructure.StaffSignIn.Wait(Failures(7), start + 6 + 4000, limits));
        Assert.Equal(limits.SignInMaxDelay, Gongkai.Web.Infrastructure.StaffSignIn.Wait(Failures(40), start + 39, limits));
    }

    private static string WithoutTrace(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"traceId\":\"[^\"]*\"", "");

    // The pages differ only in the echoed user name and the antiforgery token.
    private static string Normalize(string page, string userName) =>
        System.Text.RegularExpressions.Regex.Replace(page.Replace($"value=\"{userName}\"", "", StringComparison.Ordinal), "value=\"CfDJ8[^\"]*\"", "");
}
