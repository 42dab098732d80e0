using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain.Reports;
using Gongkai.Testing;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Oversight.Reports;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Oversight;

/// <summary>
/// Judging the stored reports on both databases: a unit's page over the years, the 问题清单 and the research export of
/// every cell, each seen by the 监督员 of 示范市, the 监督员 of 示范县 (a subtree) and a clerk (one unit).
/// </summary>
public sealed class JudgingTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unit_pages_problems_and_cells_hold_to_the_scope(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var city = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        int broken, copied, countyUnit;
        await using (var db = app.Database())
        {
            var county = await db.Agencies.SingleAsync(a => a.Name == "示范县人民政府");
            db.StaffAccounts.Add(new StaffAccount { AgencyId = county.Id, UserName = "jiandu-xian", DisplayName = "示范县监督员", PasswordHash = (await db.StaffAccounts.SingleAsync(a => a.UserName == "jiandu")).PasswordHash, Roles = StaffRoles.Supervisor });
            await db.SaveChangesAsync();
            broken = await db.Agencies.Where(a => a.Name == DemoOversight.BrokenCarryOver).Select(a => a.Id).SingleAsync();
            copied = await db.Agencies.Where(a => a.Name == DemoOversight.CopiedProblems).Select(a => a.Id).SingleAsync();
            countyUnit = county.Id;
        }

        var last = GongkaiApp.Today.Year - 1;
        using var countySupervisor = await OversightStoreTests.SignedInAsync(app, "jiandu-xian");
        using var clerk = await Staff.SignedInAsync(app, "chengban");

        // 示范市民政局 lies outside 示范县; 示范县财政局 inside.
        var page = await city.GetStringAsync($"/oversight/units/{broken}");
        Assert.Contains("表三「二、上年结转政府信息公开申请数量」行「自然人」列", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await countySupervisor.GetAsync($"/oversight/units/{broken}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await countySupervisor.GetAsync($"/oversight/units/{copied}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/oversight/units/{copied}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await countySupervisor.GetAsync($"/oversight/problems?root={broken}")).StatusCode);

        var cityProblems = await city.GetStringAsync($"/oversight/problems?from={last - 6}&to={last}&severity=all");
        var countyProblems = await countySupervisor.GetStringAsync($"/oversight/problems?from={last - 6}&to={last}&severity=all");
        Assert.Contains($"data-unit=\"{broken}\"", cityProblems, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-unit=\"{broken}\"", countyProblems, StringComparison.Ordinal);
        Assert.Contains($"data-unit=\"{copied}\"", countyProblems, StringComparison.Ordinal);

        // The research export: one line a cell of every report in scope.
        var cityCells = Csv(await city.GetByteArrayAsync($"/api/oversight/export/cells?years={last - 6}-{last}"));
        var countyCells = Csv(await countySupervisor.GetByteArrayAsync($"/api/oversight/export/cells?years={last - 6}-{last}"));
        var clerkCells = Csv(await clerk.GetByteArrayAsync("/api/oversight/export/cells"));
        Assert.Contains(cityCells, r => r["unit"] == DemoOversight.BrokenCarryOver);
        Assert.DoesNotContain(countyCells, r => r["unit"] == DemoOversight.BrokenCarryOver);
        Assert.Contains(countyCells, r => r["unit"] == DemoOversight.CopiedProblems);
        Assert.All(countyCells, r => Assert.StartsWith("示范县", r["unit"], StringComparison.Ordinal));
        Assert.All(clerkCells, r => Assert.Equal("示范市人民政府", r["unit"]));
        Assert.NotEmpty(clerkCells);

        await using (var db = app.Database())
        {
            var path = await db.Agencies.Where(a => a.Id == countyUnit).Select(a => a.TreePath).SingleAsync();
            var inCounty = await db.PublishedReports.CountAsync(r => r.Year >= last - 6 && db.Agencies.Any(a => a.Id == r.AgencyId && a.TreePath.StartsWith(path)));
            Assert.Equal(inCounty, countyCells.Select(r => r["reportId"]).Distinct().Count());

            var report = await db.PublishedReports.SingleAsync(r => r.AgencyId == broken && r.Year == last);
            var reading = ReportStore.FromJson(await db.ReportVersions.Where(v => v.Id == report.CurrentVersionId).Select(v => v.ReadingJson).SingleAsync());
            var cells = cityCells.Where(r => r["reportId"] == report.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(reading.Tables.Sum(t => t.Spec.Rows.Sum(row => row.Columns.Length)), cells.Count);
            var carried = Assert.Single(cells, r => r["table"] == "applications" && r["row"] == "carriedOver" && r["column"] == "0");
            Assert.Equal(reading.Applications!.Cell("carriedOver", 0)!.Value.ToString(CultureInfo.InvariantCulture), carried["value"]);
            Assert.Equal("自然人", carried["columnLabel"]);
            Assert.Equal(last.ToString(CultureInfo.InvariantCulture), carried["year"]);
            Assert.EndsWith(".html", carried["sourceFile"], StringComparison.Ordinal);
        }

        // A cell printed blank is flagged, and its value is what the reader made of it.
        Assert.Contains(cityCells, r => r["blank"] == "1");
        Assert.All(cityCells.Where(r => r["blank"] == "1"), r => Assert.True(r["value"] is "" or "0", r["value"]));

        // 指标与图表: the pooled 办结率 of a year with generated reports only is the sum of their 办结 over the sum of their 受理.
        var first = last - 6;
        var trend = Csv(await city.GetByteArrayAsync($"/oversight/figures?handler=Csv&chart=trend&from={first}&to={first}"));
        var completion = Assert.Single(trend, r => r["指标"] == "办结率");
        decimal Sum(IEnumerable<Dictionary<string, string>> rows, string row) =>
            rows.Where(r => r["year"] == first.ToString(CultureInfo.InvariantCulture) && r["table"] == "applications" && r["row"] == row && r["column"] == "6").Sum(r => decimal.Parse(r["value"], CultureInfo.InvariantCulture));
        Assert.Equal(Sum(cityCells, "outcomeTotal").ToString(CultureInfo.InvariantCulture), completion["分子"]);
        Assert.Equal((Sum(cityCells, "newlyReceived") + Sum(cityCells, "carriedOver")).ToString(CultureInfo.InvariantCulture), completion["分母"]);
        var countyTrend = Csv(await countySupervisor.GetByteArrayAsync($"/oversight/figures?handler=Csv&chart=trend&from={first}&to={first}"));
        Assert.Equal(Sum(countyCells, "outcomeTotal").ToString(CultureInfo.InvariantCulture), Assert.Single(countyTrend, r => r["指标"] == "办结率")["分子"]);
        Assert.Equal(HttpStatusCode.NotFound, (await countySupervisor.GetAsync($"/oversight/figures?root={broken}")).StatusCode);

        // 发布覆盖: per branch and year, reports held of units expected; the branches add up to the whole subtree.
        var coverage = Csv(await city.GetByteArrayAsync($"/oversight/figures?handler=Csv&chart=coverage&from={first}&to={last}"));
        await using (var db = app.Database())
        {
            var cityPath = await db.Agencies.Where(a => a.Name == "示范市人民政府").Select(a => a.TreePath).SingleAsync();
            var units = await db.Agencies.AsNoTracking().Where(a => a.TreePath.StartsWith(cityPath)).ToListAsync();
            var held = await db.PublishedReports.Select(r => new { r.AgencyId, r.Year }).ToListAsync();
            foreach (var year in new[] { first, last })
            {
                var y = year.ToString(CultureInfo.InvariantCulture);
                var ofYear = coverage.Where(r => r["年度"] == y).ToList();
                Assert.Equal(units.Count(u => u.ExpectedIn(year)), ofYear.Sum(r => int.Parse(r["应发布"], CultureInfo.InvariantCulture)));
                Assert.Equal(held.Count(h => h.Year == year && units.SingleOrDefault(u => u.Id == h.AgencyId)?.ExpectedIn(year) == true), ofYear.Sum(r => int.Parse(r["已收录"], CultureInfo.InvariantCulture)));
            }

            Assert.Equal("示范市人民政府（本级）", coverage[0]["单位"]);
            Assert.Contains(coverage, r => r["单位"].StartsWith("示范县人民政府及所属", StringComparison.Ordinal));
        }

        var bad = await city.GetAsync("/api/oversight/export/cells?years=2025-2020");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("终止年度早于起始年度", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/api/oversight/export/cells", await city.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Figures_from_stored_digests_match_figures_from_the_readings(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var city = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        var last = GongkaiApp.Today.Year - 1;
        var path = $"/oversight/figures?handler=Csv&chart=trend&from={last - 6}&to={last}";
        await using (var db = app.Database())
        {
            Assert.Equal(0, await db.ReportVersions.CountAsync(v => v.DigestJson == null));
        }

        var fromDigests = await city.GetByteArrayAsync(path);

        // Versions stored before digests were kept: each is digested from its reading when the page needs it, and kept.
        await using (var db = app.Database())
        {
            await db.ReportVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.DigestJson, (string?)null));
        }

        var fromReadings = await city.GetByteArrayAsync(path);
        Assert.Equal(Encoding.UTF8.GetString(fromDigests), Encoding.UTF8.GetString(fromReadings));
        Assert.Contains(Csv(fromReadings), r => r["指标"] == "规范性文件清理率" && r["分母"] != "");
        await using (var db = app.Database())
        {
            var current = await db.PublishedReports.Select(r => r.CurrentVersionId).ToListAsync();
            Assert.Equal(0, await db.ReportVersions.CountAsync(v => current.Contains(v.Id) && v.DigestJson == null));
        }
    }

    [Fact]
    public async Task The_problem_list_follows_the_reviews()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, demoReports: true);
        using var city = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        var last = GongkaiApp.Today.Year - 1;
        string key;
        int reportId;
        await using (var db = app.Database())
        {
            // A report of last year with an error of its own sums: a reviewer finds it was misread.
            var candidates = await db.PublishedReports.Where(r => r.Year == last && r.Errors > 0).Select(r => new { r.Id, r.CurrentVersionId }).ToListAsync();
            var chosen = candidates[0];
            var reading = ReportStore.FromJson(await db.ReportVersions.Where(v => v.Id == chosen.CurrentVersionId).Select(v => v.ReadingJson).SingleAsync());
            key = reading.Findings.Where(f => f.Severity == Severity.Error).GroupBy(f => f.Key).First(g => g.Count() == 1).Key;
            reportId = chosen.Id;
            db.FindingReviews.Add(new FindingReview { ReportId = reportId, FindingKey = key, Decision = ReviewDecision.Misread, ReviewedBy = "jiandu", ReviewedAt = app.Clock.GetUtcNow(), Comment = "原件无误" });
            await db.SaveChangesAsync();
        }

        var misread = await city.GetStringAsync("/oversight/problems?review=Misread");
        Assert.Equal(1, Rows(misread));
        Assert.Contains("原件无误", misread, StringComparison.Ordinal);
        var unreviewed = await city.GetStringAsync("/oversight/problems?review=none");
        var all = await city.GetStringAsync("/oversight/problems");
        Assert.Equal(Rows(all) - 1, Rows(unreviewed));

        // The 通报 leaves out what was misread; the XLSX lists it with its review.
        var docx = Gongkai.Web.Tests.Browser.JudgingBrowserTests.DocxText(await city.GetByteArrayAsync("/oversight/problems?handler=Docx&review=Misread"));
        Assert.Contains("未发现需要整改的问题", docx, StringComparison.Ordinal);
        using var xlsx = new MemoryStream(await city.GetByteArrayAsync("/oversight/problems?handler=Xlsx&review=Misread"));
        var row = Assert.Single(MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("读取有误", row["审核"]?.ToString());
        Assert.Equal(reportId.ToString(CultureInfo.InvariantCulture), row["报告编号"]?.ToString());

        static int Rows(string page) => System.Text.RegularExpressions.Regex.Count(page, "<tr class=\"sev-");
    }

    [Fact]
    public async Task A_corrected_cell_is_judged_afresh_on_the_problem_list()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, demoReports: true);
        using var city = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        var last = GongkaiApp.Today.Year - 1;
        int reportId, agencyId;
        await using (var db = app.Database())
        {
            var chosen = await db.PublishedReports.Where(r => r.Year == last).OrderBy(r => r.Id).Select(r => new { r.Id, r.AgencyId }).FirstAsync();
            (reportId, agencyId) = (chosen.Id, chosen.AgencyId);
        }

        var list = $"/oversight/problems?root={agencyId}&from={last}&to={last}&severity=error";
        var before = Rows(await city.GetStringAsync(list));

        // 本年新收 of 自然人 set far above the total: the sums of 表三 no longer agree, and the list, already built once
        // in this process, says so.
        var corrected = await Staff.PostFormAsync(city, $"/oversight/reports/{reportId}?handler=Correct",
            new() { ["cell"] = "applications|newlyReceived|0", ["value"] = "99999", ["comment"] = "核对原件" }, $"/oversight/reports/{reportId}");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var after = await city.GetStringAsync(list);
        Assert.True(Rows(after) > before, $"{before} errors before the correction, {Rows(after)} after");

        static int Rows(string page) => System.Text.RegularExpressions.Regex.Count(page, "<tr class=\"sev-");
    }

    /// <summary>The research export read as a researcher's tool reads it: UTF-8 with BOM, RFC 4180 quoting.</summary>
    internal static List<Dictionary<string, string>> Csv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 BOM");
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line =>
        {
            var fields = Fields(line);
            Assert.Equal(header.Length, fields.Count);
            return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
