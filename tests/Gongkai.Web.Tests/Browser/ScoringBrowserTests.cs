using System.Globalization;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Oversight;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>The 监督员 of 示范市 in Chromium: the 考评 of the demo region with totals, 等次 and ranks, and a changed sheet scoring again.</summary>
[Collection(BrowserTests.Name)]
public sealed class ScoringBrowserTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 120_000)]
    public async Task A_supervisor_sees_the_region_scored_and_changes_the_sheet()
    {
        await OversightStoreTests.WaitAsync(browser.App, 1);
        await using var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, "jiandu", "/oversight");
        await page.GotoAsync(browser.Url("/oversight/scoring?year=2024"));
        var rows = page.Locator("table.scores tbody tr");
        Assert.True(await rows.CountAsync() >= 30, "every unit of 示范市 expected in 2024 is scored");
        var totals = await Totals(page);
        Assert.Equal(totals.OrderByDescending(t => t), totals);
        Assert.Contains("优秀", await page.Locator("table.scores td.grade").AllTextContentsAsync());
        Assert.Contains("不合格", await page.Locator("table.scores td.grade").AllTextContentsAsync());
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("oversight-scoring"));

        // Late publication now costs 20 of 20 points: the full marks rise by 15 and a late unit's by none.
        var late = page.Page.Locator("table.scores tbody tr", new() { HasText = "「按期发布」扣" }).First;
        var unit = await late.GetAttributeAsync("data-unit");
        var before = decimal.Parse(await late.Locator("td.total").TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        var first = page.Locator("form.scoring-sheet tbody tr").First;
        await first.Locator("[name=points]").FillAsync("20");
        await first.Locator("[name=perCase]").FillAsync("20");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "保存考评表" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("考评表已保存");
        Assert.Equal(before, decimal.Parse(await page.Locator($"table.scores tr[data-unit='{unit}'] td.total").TextContentAsync() ?? "", CultureInfo.InvariantCulture));
        Assert.Contains("满分 45 分", await page.Page.Locator("h2", new() { HasText = "得分与排名" }).TextContentAsync(), StringComparison.Ordinal);

        // Put the default back for the other tests of the collection.
        first = page.Locator("form.scoring-sheet tbody tr").First;
        await first.Locator("[name=points]").FillAsync("5");
        await first.Locator("[name=perCase]").FillAsync("5");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "保存考评表" }).ClickAsync();
        await Assertions.Expect(page.Page.Locator("h2", new() { HasText = "得分与排名" })).ToContainTextAsync("满分 30 分");
    }

    private static async Task<List<decimal>> Totals(BrowserPage page) =>
        [.. (await page.Locator("table.scores td.total").AllTextContentsAsync()).Select(t => decimal.Parse(t, CultureInfo.InvariantCulture))];
}
