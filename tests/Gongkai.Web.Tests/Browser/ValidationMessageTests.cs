using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>The browser's own validation messages (required, type=email, minlength…) are shown in Chinese on every form.</summary>
[Collection(BrowserTests.Name)]
public sealed class ValidationMessageTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 60_000)]
    public async Task An_empty_required_field_is_named_in_Chinese_and_nothing_is_sent()
    {
        await using var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/workspace/signin"));
        await page.FillAsync("Password", "typed-before");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        Assert.Equal("请填写“用户名”。", await Message(page, "UserName"));
        Assert.EndsWith("/workspace/signin", new Uri(page.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("typed-before", await page.Locator("[name=Password]").InputValueAsync());

        // Typing clears the message, so that the form can be sent.
        await page.FillAsync("UserName", "dengji");
        Assert.Equal("", await Message(page, "UserName"));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("validation-signin"));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_short_password_and_a_malformed_address_are_explained_in_Chinese()
    {
        await using var page = await browser.SignedInPageAsync("admin");
        await page.GotoAsync(browser.Url("/workspace/admin/accounts"));
        await page.FillAsync("NewDisplayName", "新同事");
        await page.FillAsync("NewPassword", "abc1");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "新建账号" }).ClickAsync();
        Assert.Equal("请填写“用户名”。", await Message(page, "NewUserName"));
        Assert.Equal("至少8个字符，现有4个。", await Message(page, "NewPassword"));
        Assert.Equal("新同事", await page.Locator("[name=NewDisplayName]").InputValueAsync());

        await page.GotoAsync(browser.Url("/workspace/admin/holidays"));
        await page.FillAsync("NoticeUrl", "www.gov.cn");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "检查并载入" }).ClickAsync();
        Assert.Equal("请输入完整的网址，以 http:// 或 https:// 开头。", await Message(page, "NoticeUrl"));
        Assert.Equal("请填写“通知文号”。", await Message(page, "Number"));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("validation-holidays"));
    }

    // What the browser shows for the field: its validationMessage after the submit's checks ran.
    private static Task<string> Message(BrowserPage page, string name) =>
        page.Page.EvalOnSelectorAsync<string>($"[name=\"{name}\"]", "el => { el.checkValidity(); return el.validationMessage; }");
}
