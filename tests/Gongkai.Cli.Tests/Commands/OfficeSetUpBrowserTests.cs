extern alias web;

using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// A real office from nothing: a database set up by <c>gongkai admin</c> alone (no demo data), the platform on it, and
/// Debian's Chromium: the 平台管理员 signs in, registers an agency and a 登记员; the 登记员 signs in, must change the
/// password first, then sees the workspace.
/// </summary>
public sealed class OfficeSetUpBrowserTests(ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Regex Anywhere = new(".*", RegexOptions.CultureInvariant);

    [Fact(Timeout = 180_000)]
    public async Task The_platform_administrator_sets_up_an_agency_and_its_clerk_changes_the_password_first()
    {
        var connection = DatabaseSetup.SqliteInFolder(TestRun.NewFolder("office-"));
        Assert.Equal(0, AdminCommandTests.AdminIn(DatabaseProvider.Sqlite, connection, null, "agency", "add", "--name", "示范市人民政府", "--level", "市级政府").Exit);
        Assert.Equal(0, AdminCommandTests.AdminIn(DatabaseProvider.Sqlite, connection, "Office#2026", "platform-admin", "pingtai", "--name", "平台管理员", "--agency", "示范市人民政府").Exit);

        await using var platform = new EmptyPlatform(connection);
        platform.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        platform.StartServer();
        var root = new Uri(platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        string Url(string path) => new Uri(root, path).ToString();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        // The platform administrator lands on 单位管理, where the region's own government is marked 无人办理.
        var admin = await NewPageAsync(browser);
        await SignInAsync(admin, Url("/workspace/signin"), "pingtai", "Office#2026");
        await admin.WaitForURLAsync(new Regex("/workspace/admin/agencies$"));
        Assert.Contains("无人办理申请", await admin.Locator("#unattended").InnerTextAsync(), StringComparison.Ordinal);

        await admin.FillAsync("#Name", "示范市统计局");
        await admin.SelectOptionAsync("#ParentId", new SelectOptionValue { Label = "示范市人民政府" });
        await admin.SelectOptionAsync("#Level", "Department");
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        var row = admin.Locator("#agencies tr", new() { HasText = "示范市统计局" });
        Assert.Contains("（无人办理）", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Link, new() { Name = "账号" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/workspace/admin/accounts/\\d+$"));
        Assert.Contains("示范市统计局", await admin.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        await admin.FillAsync("#NewUserName", "tongji");
        await admin.FillAsync("#NewDisplayName", "统计局登记员");
        await admin.Locator("#new-account input[value=Registrar]").CheckAsync();
        await admin.FillAsync("#NewPassword", "First#2026pw");
        await admin.GetByRole(AriaRole.Button, new() { Name = "新建账号" }).ClickAsync();
        Assert.Contains("已新建账号 tongji", await admin.Locator(".notice[role=status]").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("待本人修改密码", await admin.Locator("#accounts").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await Shot(admin, "office-accounts"));

        // The clerk must set a password of their own before anything else opens.
        var clerk = await NewPageAsync(browser);
        await SignInAsync(clerk, Url("/workspace/signin"), "tongji", "First#2026pw");
        await clerk.WaitForURLAsync(new Regex("/workspace/password$"));
        Assert.True(await clerk.Locator("#must-change").IsVisibleAsync());
        await clerk.GotoAsync(Url("/workspace"));
        await clerk.WaitForURLAsync(new Regex("/workspace/password$"));

        await clerk.FillAsync("#Current", "First#2026pw");
        await clerk.FillAsync("#NewPassword", "Mine#2026pw");
        await clerk.FillAsync("#Repeated", "Mine#2026pw");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex("/workspace$"), new() { Timeout = 90_000 });
        Assert.Equal("工作台", (await clerk.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("统计局登记员", await clerk.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await Shot(clerk, "office-clerk-workspace"));
        await clerk.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static async Task SignInAsync(IPage page, string url, string user, string password)
    {
        await page.GotoAsync(url);
        await page.FillAsync("[name=UserName]", user);
        await page.FillAsync("[name=Password]", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(Anywhere);
    }

    private static async Task<string> Shot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The platform on a database it did not set up itself: no demo data.</summary>
    private sealed class EmptyPlatform(string connection) : WebApplicationFactory<web::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
            builder.UseSetting("ConnectionStrings:Gongkai", connection);
            builder.UseSetting("Gongkai:DemoData", "false");
            builder.UseSetting("Gongkai:ImportWorker", "false");
        }
    }
}
