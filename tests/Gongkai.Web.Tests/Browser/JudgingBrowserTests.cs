using DocumentFormat.OpenXml.Packaging;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Oversight;
using Microsoft.Playwright;
using MiniExcelLibs;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>
/// The 监督员 of 示范市 judging the reports in Chromium: 示范市民政局's page with last year's carry-over broken,
/// 示范县财政局's page with part 五 copied from the year before highlighted side by side, and the 问题清单 filtered by
/// rule and exported as XLSX and as a DOCX 通报, both read back.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class JudgingBrowserTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 180_000)]
    public async Task A_supervisor_sees_a_unit_over_the_years_and_exports_the_problems()
    {
        await OversightStoreTests.WaitAsync(browser.App, 1);
        await using var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, "jiandu", "/oversight");
        var last = GongkaiApp.Today.Year - 1;

        // From the matrix to the unit: last year's 上年结转 is not the year before's 结转下年度 in the 自然人 column.
        await page.GotoAsync(browser.Url("/oversight/matrix"));
        await page.Page.GetByRole(AriaRole.Link, new() { Name = DemoOversight.BrokenCarryOver, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(DemoOversight.BrokenCarryOver);
        var lastYear = page.Locator($"section.comparison[data-year='{last}']");
        await Assertions.Expect(lastYear.Locator("li[data-code='applications.carryOver']").First).ToContainTextAsync("表三「二、上年结转政府信息公开申请数量」行「自然人」列");
        Assert.Contains("sev-error", await lastYear.Locator("table.carry-over td[data-cell='current|0']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("sev-error", await lastYear.Locator("table.carry-over td[data-cell='current|1']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        var before = int.Parse(await lastYear.Locator("td[data-cell='previous|0']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var now = int.Parse(await lastYear.Locator("td[data-cell='current|0']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before + 2, now);
        // The years before carry over as they should.
        Assert.Equal(0, await page.Locator($"section.comparison:not([data-year='{last}']) li[data-code='applications.carryOver']").CountAsync());
        await Assertions.Expect(page.Locator("tr[data-figure='completionRate']")).ToContainTextAsync("%");
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("judging-unit-carry-over"));

        // 示范县财政局: part 五 is last year's with the year changed, highlighted in both columns.
        await page.GotoAsync(browser.Url("/oversight/units"));
        await page.Page.GetByRole(AriaRole.Link, new() { Name = DemoOversight.CopiedProblems, Exact = true }).ClickAsync();
        var copied = page.Locator($"section.comparison[data-year='{last}'] .copied[data-part='5']");
        await Assertions.Expect(copied).ToContainTextAsync("100%");
        var marked = await copied.Locator(".text-now mark").AllInnerTextsAsync();
        var markedThen = await copied.Locator(".text-then mark").AllInnerTextsAsync();
        Assert.NotEmpty(marked);
        Assert.Equal(marked, markedThen);
        Assert.True(marked.Sum(m => m.Length) >= 40, string.Join("|", marked));
        Assert.Equal(0, await page.Locator($"section.comparison:not([data-year='{last}']) .copied").CountAsync());
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("judging-unit-copied"));

        // 问题清单 of last year, filtered to the carry-over rule through the form.
        await page.GotoAsync(browser.Url("/oversight/problems"));
        await page.Locator("select[name='rule']").SelectOptionAsync("applications.carryOver");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await page.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("rule=applications.carryOver"));
        var rows = page.Locator("table.problems tbody tr");
        var count = await rows.CountAsync();
        Assert.True(count >= 2, $"{count} rows");
        Assert.All(await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.code)"), c => Assert.Equal("applications.carryOver", c));
        Assert.All(await rows.Locator("td:first-child a").AllInnerTextsAsync(), u => Assert.Equal(DemoOversight.BrokenCarryOver, u));
        await Assertions.Expect(rows.First).ToContainTextAsync("表三「二、上年结转政府信息公开申请数量」行「自然人」列");
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("judging-problems"));

        var folder = Path.Combine(Path.GetTempPath(), $"gk-problems-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var xlsx = Path.Combine(folder, "problems.xlsx");
            await (await page.Page.RunAndWaitForDownloadAsync(() => page.Locator("#export-xlsx").ClickAsync())).SaveAsAsync(xlsx);
            var sheet = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(count, sheet.Count);
            Assert.All(sheet, r => Assert.Equal("applications.carryOver", r["规则代码"]?.ToString()));
            Assert.All(sheet, r => Assert.Equal(DemoOversight.BrokenCarryOver, r["单位名称"]?.ToString()));
            Assert.Contains(sheet, r => r["问题"]?.ToString()?.Contains("行「自然人」列", StringComparison.Ordinal) == true && r["严重程度"]?.ToString() == "错误");

            var docx = Path.Combine(folder, "notice.docx");
            await (await page.Page.RunAndWaitForDownloadAsync(() => page.Locator("#export-docx").ClickAsync())).SaveAsAsync(docx);
            var text = DocxText(await File.ReadAllBytesAsync(docx));
            Assert.Contains($"关于{last}年度政府信息公开工作年度报告问题的通报", text, StringComparison.Ordinal);
            Assert.Contains($"一、{DemoOversight.BrokenCarryOver}", text, StringComparison.Ordinal);
            Assert.Contains("（一）", text, StringComparison.Ordinal);
            Assert.Contains("表三「二、上年结转政府信息公开申请数量」行「自然人」列", text, StringComparison.Ordinal);
            Assert.DoesNotContain("二、示范", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task A_supervisor_reads_the_figures_with_charts_tables_and_csv_served_from_the_platform()
    {
        await OversightStoreTests.WaitAsync(browser.App, 1);
        await using var page = await browser.NewPageAsync();
        var elsewhere = new List<string>();
        var root = new Uri(browser.Url("/"));
        page.Page.Request += (_, request) =>
        {
            if (new Uri(request.Url).Authority != root.Authority)
            {
                elsewhere.Add(request.Url);
            }
        };
        await browser.SignInAsync(page, "jiandu", "/oversight");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "指标与图表" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("指标与图表");

        foreach (var chart in new[] { "trend", "outcomes", "corrections", "timing", "coverage" })
        {
            await Assertions.Expect(page.Locator($"[data-chart='{chart}'] svg").First).ToBeVisibleAsync();
            Assert.True(await page.Locator($"[data-table='{chart}'] tbody tr").CountAsync() > 0, chart);
            Assert.Equal(1, await page.Locator($"a.csv[href*='chart={chart}']").CountAsync());
        }

        await Assertions.Expect(page.Locator("tr[data-figure='completionRate'] td").Last).ToContainTextAsync("%");
        var ranked = await page.Locator("table[data-table='corrections'] tbody tr:not(.unranked)").CountAsync();
        var unranked = await page.Locator("table[data-table='corrections'] tbody tr.unranked").CountAsync();
        Assert.True(ranked + unranked > 0);
        Assert.All(await page.Locator("table[data-table='corrections'] tbody tr.unranked td:nth-child(5)").AllInnerTextsAsync(),
            n => Assert.True(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) < 30, n));
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("judging-figures"));

        var csv = Path.Combine(Path.GetTempPath(), $"gk-trend-{Guid.NewGuid():N}.csv");
        try
        {
            await (await page.Page.RunAndWaitForDownloadAsync(() => page.Locator("a.csv[href*='chart=trend']").ClickAsync())).SaveAsAsync(csv);
            var lines = await File.ReadAllLinesAsync(csv);
            Assert.Equal("年度,指标,数值,分子,分母,报告数", lines[0]);
            var years = await page.Locator("table[data-table='trend'] thead th").CountAsync() - 1;
            Assert.Equal(years * Gongkai.Domain.Reports.Figures.ReportFigures.Definitions.Length, lines.Length - 1);
        }
        finally
        {
            File.Delete(csv);
        }

        Assert.Empty(elsewhere);
    }

    /// <summary>The paragraphs of a Word document, one a line.</summary>
    internal static string DocxText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
