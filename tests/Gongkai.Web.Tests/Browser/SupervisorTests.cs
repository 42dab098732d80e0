using System.IO.Compression;
using System.Text;
using Gongkai.Data;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Oversight;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>
/// The 监督员 of 示范市 in Chromium: imports a ZIP of real reports with a broken file among them and watches it read,
/// assigns the file no unit matches, opens the matrix and 朝阳市's 2021 report with its ambiguous row, reviews a
/// finding, corrects the misread cells, and exports the list of units that have not published.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SupervisorTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 180_000)]
    public async Task A_supervisor_imports_assigns_reviews_corrects_and_exports()
    {
        await OversightStoreTests.WaitAsync(browser.App, 1);
        await using var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, "jiandu", "/oversight");

        // A ZIP as a supervisor collects it: three web-page texts, a PDF, a page saved as HTML, and a broken file.
        var zip = Path.Combine(Path.GetTempPath(), $"gk-import-{Guid.NewGuid():N}.zip");
        try
        {
            await File.WriteAllBytesAsync(zip, Zip());
            await page.GotoAsync(browser.Url("/oversight/imports"));
            await page.Page.SetInputFilesAsync("#files", zip);
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "上传并读取" }).ClickAsync();
            await Assertions.Expect(page.Locator("#progress-text")).ToContainTextAsync("全部读取完成", new() { Timeout = 60_000 });
            var progress = await page.Locator("#progress-text").InnerTextAsync();
            Assert.Contains("共 6 个文件", progress, StringComparison.Ordinal);
            Assert.Contains("失败 1", progress, StringComparison.Ordinal);
            Assert.Contains("待确认 1", progress, StringComparison.Ordinal);
            output.WriteLine("screenshot: " + await page.ScreenshotAsync("oversight-import"));
        }
        finally
        {
            File.Delete(zip);
        }

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "查看本批文件（已完成）" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr.state-failed")).ToContainTextAsync("broken.docx");

        // 大黑镇 is in no unit of the register: assign it in one click.
        await page.GotoAsync(browser.Url("/oversight/pending"));
        var row = page.Page.Locator("table.pending tbody tr", new() { HasText = "大黑镇" }).First;
        await row.Locator("select[name='agencyId']").SelectOptionAsync(new SelectOptionValue { Label = "示范县城关镇人民政府" });
        await row.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已确认单位和年度");

        await page.GotoAsync(browser.Url("/oversight/matrix"));
        Assert.True(await page.Locator("td.status-missing").CountAsync() > 0);
        Assert.True(await page.Locator("td.status-late").CountAsync() > 0);
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("oversight-matrix"));

        // 朝阳市 2021: 「行政规范性文件」 printed as 623129 reads several ways.
        await page.Page.Locator("tr", new() { HasText = "朝阳市人民政府" }).Locator("td[data-year='2021'] a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("朝阳市人民政府 2021");
        Assert.Contains("sev-warning", await page.Locator("td[data-cell='proactive|normativeDocuments|1']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        await Assertions.Expect(page.Page.Locator("tr.finding-line", new() { HasText = "行政规范性文件" }).Locator("code")).ToHaveTextAsync("623129");
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("oversight-report"));

        var finding = page.Locator("li[data-finding^='parse.ambiguous|Proactive|normativeDocuments']");
        await finding.GetByLabel("读取有误").CheckAsync();
        await finding.Locator("input[name='comment']").FillAsync("原件为6、23、129");
        await finding.GetByRole(AriaRole.Button, new() { Name = "保存审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("li[data-finding^='parse.ambiguous|Proactive|normativeDocuments'] .review")).ToContainTextAsync("读取有误");

        foreach (var (column, value) in new[] { (1, "23"), (2, "129") })
        {
            await page.Locator("#cell").SelectOptionAsync($"proactive|normativeDocuments|{column}");
            await page.Locator("#value").FillAsync(value);
            await page.Locator("#comment").FillAsync("据原件核对");
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "更正", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice").First).ToContainTextAsync("已更正");
        }

        await Assertions.Expect(page.Locator("td[data-cell='proactive|normativeDocuments|2']")).ToHaveTextAsync("129");
        Assert.Contains("corrected", await page.Locator("td[data-cell='proactive|normativeDocuments|1']").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await page.ScreenshotAsync("oversight-corrected"));
        await using (var db = browser.App.Database())
        {
            var audit = await db.AuditEntries.Where(a => a.Entity == "CellCorrection").ToListAsync();
            Assert.Equal(2, audit.Count);
            Assert.All(audit, a => Assert.Equal("jiandu", a.Actor));
            Assert.Contains(audit, a => a.After!.Contains("\"AfterValue\":\"129\"", StringComparison.Ordinal) && a.After.Contains("\"BeforeValue\":\"3129\"", StringComparison.Ordinal));
        }

        // 未发布名单 of the last year, read back.
        await page.GotoAsync(browser.Url("/oversight/matrix"));
        var last = GongkaiApp.Today.Year - 1;
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.Locator("a.missing-export", new() { HasText = $"{last}年" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), $"gk-missing-{Guid.NewGuid():N}.xlsx");
        try
        {
            await download.SaveAsAsync(saved);
            var names = MiniExcel.Query(saved, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["单位名称"]?.ToString()).ToList();
            var missingInPage = await page.Locator("table.matrix tbody tr[data-unit]").EvaluateAllAsync<string[]>(
                $"rows => rows.filter(r => r.querySelector(\"td[data-year='{last}'].status-missing\")).map(r => r.cells[0].innerText.trim())");
            Assert.NotEmpty(names);
            Assert.Equal(missingInPage.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        }
        finally
        {
            File.Delete(saved);
        }
    }

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes)
            {
                using var s = archive.CreateEntry(name).Open();
                s.Write(bytes);
            }

            foreach (var seed in new[] { "000_6936dc3b40e04b6e.txt", "001_b63a0e3bb038d4c3.txt", "004_f719e6107d444fd2.txt" })
            {
                Add("报告/" + seed, File.ReadAllBytes(Path.Combine(Corpus.Seeds, seed)));
            }

            Add("报告/hongze-2024.pdf", File.ReadAllBytes(Path.Combine(Corpus.Pdf, "hongze-2024.pdf")));
            var page = new AnnualReport(ReportTemplate.Format2021) { Agency = "示范县统计局", Year = 2020, Proactive = ReportTable.Zero(ReportTemplate.Format2021.Proactive), Applications = ReportTable.Zero(ReportTemplate.Format2021.Applications), ReviewLitigation = ReportTable.Zero(ReportTemplate.Format2021.ReviewLitigation) };
            Add("报告/示范县统计局2020年报.html", Encoding.UTF8.GetBytes(HtmlReportWriter.Write(page)));
            Add("报告/broken.docx", Encoding.UTF8.GetBytes("这不是 Word 文档"));
        }

        return buffer.ToArray();
    }
}
