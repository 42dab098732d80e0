using Gongkai.Web.Tests.Portal;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>A citizen applies online in Chromium, keeps the tracking code, and follows the application with it.</summary>
[Collection(BrowserTests.Name)]
public sealed class CitizenTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 90_000)]
    public async Task A_citizen_applies_online_and_tracks_the_application_by_code_and_phone_digits()
    {
        await using var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/portal/apply"));
        await page.Page.Locator("#AgencyId").SelectOptionAsync(new SelectOptionValue { Label = "示范市教育局" });
        await page.FillAsync("Name", "王小明");
        await page.FillAsync("IdNumber", "110101199003071233");
        await page.FillAsync("Phone", "13912345678");
        await page.FillAsync("Address", "示范市某区某路18号");
        await page.FillAsync("Description", "示范市教育局2026年义务教育阶段学校招生划片方案");
        await page.Page.Locator("input[name=Form]").First.CheckAsync();
        await page.Page.Locator("input[name=Delivery]").First.CheckAsync();
        await page.Page.Locator("#Attachment").SetInputFilesAsync(new FilePayload { Name = "身份证.pdf", MimeType = "application/pdf", Buffer = PortalForms.Pdf });
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("citizen-apply-filled"));
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await page.WaitForPathAsync("/portal/applied");
        var code = (await page.Locator(".tracking-code").InnerTextAsync()).Trim();
        Assert.Matches("^GK2026-[0-9A-Z]{8}$", code);
        var receipt = await page.Page.ContentAsync();
        Assert.Contains("2026年11月20日", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199003071233", receipt, StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("citizen-receipt"));

        await page.GotoAsync(browser.Url("/portal/track"));
        await page.FillAsync("TrackingCode", code.ToLowerInvariant());
        await page.FillAsync("PhoneLastFour", "0000");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.Locator(".notice.error").WaitForAsync();
        Assert.Contains("未找到", await page.Locator(".notice.error").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("TrackingCode", code);
        await page.FillAsync("PhoneLastFour", "5678");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.Locator(".timeline").WaitForAsync();
        var tracked = await page.Page.ContentAsync();
        Assert.Contains(code, tracked, StringComparison.Ordinal);
        Assert.Contains("王**", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199003071233", tracked, StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("citizen-track"));

        // The 承办人 of 示范市教育局 finds the proof on the request page and downloads it.
        await using var staff = await browser.SignedInPageAsync("chengban2");
        await staff.GotoAsync(browser.Url($"/workspace/requests/{code}"));
        output.WriteLine("screenshot: " + await staff.ScreenshotAsync("staff-request-with-attachment"));
        var download = await staff.Page.RunAndWaitForDownloadAsync(() => staff.Page.GetByRole(AriaRole.Link, new() { Name = "身份证.pdf" }).ClickAsync());
        Assert.Equal("身份证.pdf", download.SuggestedFilename);
        Assert.Equal(PortalForms.Pdf, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    [Fact(Timeout = 90_000)]
    public async Task A_twenty_megabyte_attachment_is_refused_in_the_browser_before_upload_and_nothing_typed_is_lost()
    {
        await using var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Url("/portal/apply"));
        await page.FillAsync("Name", "王小明");
        await page.FillAsync("Description", "示范市2026年老旧小区改造项目清单");
        var requests = 0;
        page.Page.Request += (_, request) => requests += request.Method == "POST" ? 1 : 0;
        await page.Page.Locator("#Attachment").SetInputFilesAsync(new FilePayload { Name = "扫描件.pdf", MimeType = "application/pdf", Buffer = new byte[20 * 1024 * 1024] });

        await Assertions.Expect(page.Page.Locator(".file-too-large")).ToContainTextAsync("附件「扫描件.pdf」超过5MB");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        Assert.Equal(0, requests);
        Assert.EndsWith("/portal/apply", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("王小明", await page.Page.Locator("#Name").InputValueAsync());
        Assert.Equal("示范市2026年老旧小区改造项目清单", await page.Page.Locator("#Description").InputValueAsync());
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("citizen-apply-file-too-large"));
    }
}
