using Xunit.Abstractions;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class HomeAndSignInTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 60_000)]
    public async Task The_home_page_renders_in_Chinese_and_a_staff_member_signs_in()
    {
        await using var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/"));
        Assert.Equal("政府信息公开", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("在线提交申请", await page.Locator(".cards").InnerTextAsync(), StringComparison.Ordinal);

        // The page must be set in a CJK font, not boxes: drawn in the page's font, two different characters give
        // different pixels (a missing font draws the same .notdef box for both). The screenshot is kept to look at.
        var distinct = await page.Page.EvaluateAsync<bool>("""
            () => {
              const font = getComputedStyle(document.querySelector('h1')).font;
              const draw = ch => { const c = document.createElement('canvas'); c.width = c.height = 64;
                const g = c.getContext('2d'); g.font = font; g.fillText(ch, 4, 48); return c.toDataURL(); };
              return draw('政') !== draw('府') && draw('公') !== draw('开');
            }
            """);
        Assert.True(distinct, "Chinese characters render as identical boxes: is fonts-noto-cjk installed?");
        var shot = await page.ScreenshotAsync("home");
        output.WriteLine("screenshot: " + shot);
        Assert.True(new FileInfo(shot).Length > 10_000, "The screenshot of the home page is nearly empty.");

        await page.GotoAsync(browser.Url("/workspace/signin"));
        await page.FillAsync("UserName", "chengban");
        await page.FillAsync("Password", "Gongkai#2026");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForPathAsync("/workspace");
        Assert.Contains("示范市人民政府承办人", await page.Page.ContentAsync(), StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("workspace-chengban"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_wrong_password_is_refused_with_a_message_in_Chinese()
    {
        await using var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/workspace/signin"));
        await page.FillAsync("UserName", "dengji");
        await page.FillAsync("Password", "not-the-password");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        var alert = page.Locator(".notice.error");
        await alert.WaitForAsync();
        Assert.Contains("用户名或密码不正确", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("/workspace/signin", new Uri(page.Page.Url).AbsolutePath, StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("signin-wrong-password"));
    }
}
