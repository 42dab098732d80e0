using System.Net;
using Gongkai.Data;
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
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Staff.PostFormAsync(client, "/workspace/signin", new() { ["UserName"] = "fuze", ["Password"] = "wrong" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await Staff.PostFormAsync(client, "/workspace/signin", new() { ["UserName"] = "fuze", ["Password"] = Staff.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("已被锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.NotNull(db.StaffAccounts.Single(a => a.UserName == "fuze").LockedUntil);
    }
}
