using Gongkai.Domain.Requests;
using Gongkai.Web.Tests.Workspace;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>
/// In Chromium: the 承办人 asks for 补正 and the citizen answers it on the tracking page; the 承办人 decides 部分公开
/// with its withheld part and releases a file; the letter is drafted, reviewed and signed by the 负责人; the citizen
/// downloads the letter (the 电子送达) and the file, and the letter read back has the withheld part, the reason, the
/// 文号 and the 复议机关.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class LetterBrowserTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 180_000)]
    public async Task A_partial_disclosure_goes_from_draft_to_signature_to_electronic_delivery()
    {
        var code = await Requests.AddAsync(browser.App, Requests.City, new DateOnly(2026, 11, 2), "某片区房屋征收补偿方案", "赵文静");
        var url = browser.Url($"/workspace/requests/{code}");
        await using var handler = await browser.SignedInPageAsync("chengban");
        await Step(handler, url, "correctionRequested", ("Step.On", "2026-11-04"), ("Step.Items", "请写明征收项目的名称或地块位置"), ("Step.DueOn", "2026-11-30"));
        await handler.GotoAsync(url + "/letter?kind=correction");
        Assert.Matches("示范市政府公开〔2026〕第[0-9]+号", await handler.Locator(".letter .doc-no").First.InnerTextAsync());
        output.WriteLine("screenshot: " + await handler.ScreenshotAsync("correction-notice"));

        // The citizen sees what to correct and answers online; a file over the limit is stopped before upload.
        await using var citizen = await browser.NewPageAsync();
        await Track(citizen, code.Replace("-", " ", StringComparison.Ordinal));
        Assert.Contains("请写明征收项目的名称或地块位置", await citizen.Locator(".correction-items").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.FillAsync("CorrectionText", "东城片区（A-3地块）房屋征收补偿方案");
        await citizen.Page.Locator("#correction-file").SetInputFilesAsync(new FilePayload { Name = "大文件.pdf", MimeType = "application/pdf", Buffer = new byte[(10 * 1024 * 1024) + 1] });
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        Assert.Contains("超过10MB", await citizen.Locator(".file-too-large").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("东城片区（A-3地块）房屋征收补偿方案", await citizen.Locator("#CorrectionText").InputValueAsync());
        await citizen.Page.Locator("#correction-file").SetInputFilesAsync(Array.Empty<FilePayload>());
        await citizen.Page.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        await citizen.Page.GetByText("补正已提交").WaitForAsync();
        output.WriteLine("screenshot: " + await citizen.ScreenshotAsync("citizen-corrected"));

        await Step(handler, url, "decided", ("Step.Outcome", nameof(Outcome.PartiallyDisclosed)),
            ("Step.Withheld[0].Part", "被征收人身份证号码"), ("Step.Withheld[0].Ground", nameof(Outcome.ThirdPartyRights)), ("Step.Withheld[0].Reason", "属于个人隐私，公开会损害第三方合法权益"));
        await handler.GotoAsync(url);
        await handler.Page.Locator("#release-file").SetInputFilesAsync(new FilePayload { Name = "补偿方案.txt", MimeType = "text/plain", Buffer = "补偿方案（公开部分）"u8.ToArray() });
        await handler.Page.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await handler.Locator(".released").WaitForAsync();

        await handler.GotoAsync(url + "/letter");
        var text = await handler.Locator("#letter-text").InputValueAsync();
        Assert.Contains("被征收人身份证号码：属于个人隐私", text, StringComparison.Ordinal);
        await handler.Locator("#letter-text").FillAsync(text + "\n如需查阅补偿方案原件，可于工作日到本机关政务服务窗口办理。");
        await handler.Page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await handler.Page.GetByText("已记录「告知书拟稿」").WaitForAsync();

        await using var head = await browser.SignedInPageAsync("fuze");
        await head.GotoAsync(url + "/letter");
        await head.Page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await head.Page.GetByText("已记录「告知书审核」").WaitForAsync();
        await head.Page.GetByRole(AriaRole.Button, new() { Name = "签发", Exact = true }).ClickAsync();
        await head.Page.GetByText("已记录「告知书签发」").WaitForAsync();
        var signed = await head.Locator(".letter-steps").InnerTextAsync();
        var number = System.Text.RegularExpressions.Regex.Match(signed, "示范市政府公开〔2026〕第[0-9]+号").Value;
        Assert.NotEmpty(number);
        output.WriteLine("screenshot: " + await head.ScreenshotAsync("letter-signed"));

        // 电子送达: the citizen downloads the signed letter and the released file.
        await Track(citizen, code);
        var letter = await citizen.Page.RunAndWaitForDownloadAsync(() => citizen.Page.GetByRole(AriaRole.Button, new() { Name = $"下载答复告知书（Word，{number}）" }).ClickAsync());
        var paragraphs = string.Join("\n", Letters.Paragraphs(await File.ReadAllBytesAsync(await letter.PathAsync())));
        foreach (var expected in new[] { number, "被征收人身份证号码", "属于个人隐私，公开会损害第三方合法权益", "第十五条、第三十二条", "向示范省人民政府申请行政复议", "政务服务窗口" })
        {
            Assert.Contains(expected, paragraphs, StringComparison.Ordinal);
        }

        await Track(citizen, code);
        var file = await citizen.Page.RunAndWaitForDownloadAsync(() => citizen.Page.GetByRole(AriaRole.Button, new() { Name = "下载 补偿方案.txt" }).ClickAsync());
        Assert.Equal("补偿方案（公开部分）", await File.ReadAllTextAsync(await file.PathAsync()));
        Assert.Contains("申请人在线下载答复告知书，电子送达", await citizen.Locator(".timeline").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await citizen.ScreenshotAsync("citizen-delivered"));
        Assert.Equal(RequestStatus.Delivered, (await Requests.LoadAsync(browser.App, code)).Status);
    }

    private async Task Track(BrowserPage page, string code)
    {
        await page.GotoAsync(browser.Url("/portal/track"));
        await page.FillAsync("TrackingCode", code);
        await page.FillAsync("PhoneLastFour", "5678");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.Locator(".timeline").WaitForAsync();
    }

    private static async Task Step(BrowserPage page, string url, string type, params (string Name, string Value)[] fields)
    {
        await page.GotoAsync(url);
        var form = page.Locator($"form:has(input[name='Step.Type'][value='{type}'])");
        foreach (var (name, value) in fields)
        {
            var field = form.Locator($"[name='{name}']");
            if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await field.SelectOptionAsync(value);
            }
            else
            {
                await field.FillAsync(value);
            }
        }

        await form.Locator("button[type=submit]").ClickAsync();
        await page.Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await page.Locator(".notice.error").CountAsync());
    }
}
