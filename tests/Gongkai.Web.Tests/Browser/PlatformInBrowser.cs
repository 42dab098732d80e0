using System.Net;
using Gongkai.Data;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>
/// The real platform on Kestrel (a free 127.0.0.1 port, fresh SQLite database with the demo region, clock stopped at
/// <see cref="GongkaiApp.Today"/>) and Debian's Chromium driven by Playwright, shared by the tests of the
/// <see cref="BrowserTests"/>. Usage:
/// <code>
/// await using var page = await browser.NewPageAsync();
/// await page.GotoAsync(browser.Url("/portal/apply"));
/// await page.ScreenshotAsync("apply-form");
/// </code>
/// Nothing is downloaded: Playwright's driver runs from the NuGet package's <c>.playwright</c> folder and the
/// browser is <see cref="ChromiumPath"/> (Debian's <c>chromium</c> package, installed by <c>.ci/run</c>).
/// </summary>
public sealed class PlatformInBrowser : IAsyncLifetime
{
    /// <summary>Debian's Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long any single browser action or navigation may take.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _root;

    /// <summary>The platform under test; <see cref="GongkaiApp.Database"/> opens its database.</summary>
    public GongkaiApp App { get; } = new(DatabaseProvider.Sqlite, demoReports: true);

    /// <summary>Where screenshots are saved: <c>screenshots/</c> next to the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The absolute address of a path on the running platform, e.g. <c>Url("/portal/apply")</c>.</summary>
    public string Url(string path) => new Uri(_root ?? throw new InvalidOperationException("The platform has not started."), path).ToString();

    /// <summary>A fresh page signed in through the sign-in form as the demo account <paramref name="user"/>.</summary>
    public async Task<BrowserPage> SignedInPageAsync(string user)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, user, "/workspace");
        return page;
    }

    /// <summary>Signs <paramref name="page"/> in through the sign-in form as <paramref name="user"/> and waits for <paramref name="landing"/>.</summary>
    public async Task SignInAsync(BrowserPage page, string user, string landing)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Url("/workspace/signin"));
        await page.FillAsync("UserName", user);
        await page.FillAsync("Password", Staff.Password);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForPathAsync(landing);
    }

    /// <summary>A page in a fresh browser context (own cookies), every step bounded by <see cref="StepTimeout"/>.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)StepTimeout.TotalMilliseconds);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's chromium package (.ci/run does).");
        }

        // Every test signs in from 127.0.0.1, some on purpose with a wrong password: the slow-down after failed
        // sign-ins (tested on its own) would otherwise refuse the next test's sign-in for a second or two.
        App.Settings["Gongkai:SignInFreeFailures"] = "1000";
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _root = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = (float)StepTimeout.TotalMilliseconds,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>
/// The tests that drive the platform in a browser share one running platform and one Chromium. They run alone, after
/// the other tests: each browser step is bounded by <see cref="PlatformInBrowser.StepTimeout"/> of wall-clock time, and
/// on two cores a parallel test converting letters with LibreOffice could starve a sign-in past it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTests : ICollectionFixture<PlatformInBrowser>
{
    public const string Name = "Browser";
}
