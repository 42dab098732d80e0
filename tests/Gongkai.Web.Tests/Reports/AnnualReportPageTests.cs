using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Workspace.Reports;

namespace Gongkai.Web.Tests.Reports;

/// <summary>
/// Done when: a year of demo cases produces an annual report whose rules all pass and whose numbers match the cases.
/// </summary>
public sealed class AnnualReportPageTests
{
    private const int City = 2;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_demo_year_passes_every_rule_and_table_three_matches_the_cases(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = await Staff.SignedInAsync(app, "chengban");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/reports/2025")).StatusCode);
        await using var db = app.Database();
        var view = await LoadAnnualReport.RunAsync(db, City, 2025);

        Assert.All(view.Rules, r => Assert.True(r.Passed, $"{r.Name}: {string.Join("；", r.Findings.Select(f => f.Message))}"));
        Assert.False(view.Report.HasErrors);

        var rows = db.Requests.Where(r => r.AgencyId == City).Select(r => new { r.ApplicantKind, r.ReceivedOn, r.ConcludedOn, r.Outcome }).ToList();
        var start = new DateOnly(2025, 1, 1);
        var end = new DateOnly(2025, 12, 31);
        var table = view.Report.Applications!;
        Assert.True(rows.Count(r => r.ReceivedOn <= end) > 20, "the demo year should hold a real number of cases");
        foreach (var kind in Enum.GetValues<ApplicantKind>())
        {
            var mine = rows.Where(r => r.ApplicantKind == kind).ToList();
            var column = (int)kind;
            Assert.Equal(mine.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end), table.Cell("newlyReceived", column));
            Assert.Equal(0, table.Cell("carriedOver", column));
            Assert.Equal(mine.Count(r => r.ConcludedOn >= start && r.ConcludedOn <= end), table.Cell("outcomeTotal", column));
            Assert.Equal(mine.Count(r => r.ReceivedOn <= end && (r.ConcludedOn is null || r.ConcludedOn > end)), table.Cell("carriedForward", column));
            Assert.Equal(
                mine.Count(r => r.ConcludedOn >= start && r.ConcludedOn <= end && r.Outcome is Outcome.AlreadyPublished or Outcome.Provided),
                table.Cell("disclosed", column));
        }

        Assert.Equal(rows.Count(r => r.ReceivedOn >= start && r.ReceivedOn <= end), table.Cell("newlyReceived", 6));
    }

    [Fact]
    public async Task The_page_shows_the_publication_date_by_agency_level_and_each_rule()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var city = await Staff.SignedInAsync(app, "chengban");
        var page = await city.GetStringAsync("/workspace/reports/2025");
        Assert.Contains("2026年3月31日前", page, StringComparison.Ordinal);
        Assert.Contains("条例第四十九条", page, StringComparison.Ordinal);
        Assert.Contains("✓ 通过", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"failed\"", page, StringComparison.Ordinal);
        Assert.Contains("三、收到和处理政府信息公开申请情况", page, StringComparison.Ordinal);
        Assert.Contains("未进行与上年报告的跨年度核对", page, StringComparison.Ordinal);

        // 示范市教育局 is a department: 1月31日 (条例第四十九条第一款).
        using var education = await Staff.SignedInAsync(app, "chengban2");
        Assert.Contains("2026年1月31日前", await education.GetStringAsync("/workspace/reports/2025"), StringComparison.Ordinal);

        // 2026 is checked against 2025: the carry-over rule runs and passes.
        var next = await city.GetStringAsync("/workspace/reports/2026");
        Assert.Contains("data-rule=\"applications.carryOver\"", next, StringComparison.Ordinal);
        Assert.DoesNotContain("未进行与上年报告的跨年度核对", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docx_export_opens_and_holds_the_title_narrative_and_table_three_total()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = await Staff.SignedInAsync(app, "chengban");
        var response = await client.GetAsync("/workspace/reports/2025/export/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("示范市人民政府2025年政府信息公开工作年度报告.docx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);

        await using var db = app.Database();
        var total = db.Requests.Count(r => r.AgencyId == City && r.ReceivedOn.Year == 2025);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("示范市人民政府2025年政府信息公开工作年度报告", text, StringComparison.Ordinal);
        Assert.Contains("坚持以公开为常态、不公开为例外", text, StringComparison.Ordinal);
        Assert.Contains("依申请公开答复文书的规范性有待提高", text, StringComparison.Ordinal);
        Assert.Contains("信息处理费", text, StringComparison.Ordinal);
        var applications = body.Elements<Table>().ElementAt(1);
        var newlyReceived = applications.Elements<TableRow>().First(r => r.InnerText.Contains("本年新收", StringComparison.Ordinal));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), newlyReceived.Elements<TableCell>().Last().InnerText);

        var html = await client.GetStringAsync("/workspace/reports/2025/export/html");
        Assert.Contains("<h1>示范市人民政府2025年政府信息公开工作年度报告</h1>", html, StringComparison.Ordinal);
    }
}
