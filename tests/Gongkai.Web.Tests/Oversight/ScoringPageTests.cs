using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Tests.Oversight;

/// <summary>考评 on the demo region, both databases: scores that agree with the publication matrix, a sheet saved and refused, the XLSX read back.</summary>
public sealed partial class ScoringPageTests
{
    private const int Year = 2024;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_supervisor_scores_the_region_with_its_own_sheet_and_exports_it(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var client = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);

        var page = await client.GetStringAsync($"/oversight/scoring?year={Year}");
        Assert.Contains("得分与排名", page, StringComparison.Ordinal);
        var standard = await ExportAsync(client);
        var units = standard.Select(r => (string)r["单位"]!).Distinct().Count();
        Assert.True(units >= 30, $"{units} units scored");
        Assert.Equal(units * 5, standard.Count);

        // A sheet with a row that deducts more than its points is refused, row named, the sheet kept.
        var refused = await PostSheetAsync(client, [("年度报告", "按期发布", "5", "Late", "8")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("第1个指标「按期发布」：每次扣分应大于 0 且不超过分值", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(standard.Count, (await ExportAsync(client)).Count);

        // One 指标 only, 10 points lost when late: a unit scores 10 unless the matrix says it was late or did not publish.
        var saved = await PostSheetAsync(client, [("年度报告", "按期发布", "10", "Late", "10")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var scores = (await ExportAsync(client)).ToDictionary(r => (string)r["单位"]!, r => Convert.ToDecimal(r["得分"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(units, scores.Count);
        var matrix = await client.GetFromJsonAsync<JsonElement>($"/api/oversight/matrix?from={Year}&to={Year}");
        var statuses = matrix.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("cells")[0].GetProperty("status").GetString());
        Assert.Contains(statuses.Values, s => s is "late" or "missing");
        foreach (var (unit, score) in scores)
        {
            Assert.Equal(statuses[unit] is "late" or "missing" ? 0m : 10m, score);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_confirmed_finding_is_tracked_from_assignment_to_the_corrected_version(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var client = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        int report;
        await using (var db = app.Database())
        {
            report = await db.PublishedReports.Where(r => r.Agency!.Name == "朝阳市人民政府" && r.Year == 2021).Select(r => r.Id).SingleAsync();
        }

        var page = await client.GetStringAsync($"/oversight/reports/{report}");
        var key = FindingKey().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(k => k.Contains("normativeDocuments", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/oversight/reports/{report}?handler=Review", new() { ["findingKey"] = key, ["decision"] = "Confirmed", ["comment"] = "原文数字粘连" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/oversight/reports/{report}?handler=Rectify", new() { ["findingKey"] = key, ["state"] = "Assigned", ["note"] = "已通知朝阳市政府办" })).StatusCode);

        // Not 已更正 while the current version still has the finding.
        var early = await PostAsync(client, $"/oversight/reports/{report}?handler=Rectify", new() { ["findingKey"] = key, ["state"] = "Corrected" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("当前版本中仍有该问题", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var scores = await ExportAsync(client, 2021);
        Assert.Equal("属实1项：已交办1项", scores.First(r => (string)r["单位"]! == "朝阳市人民政府")["整改情况"]);

        // The unit publishes a corrected report: the finding is gone from the current version and can be closed.
        var text = File.ReadAllText(Path.Combine(Corpus.Seeds, "004_f719e6107d444fd2.txt")).Replace("行政规范性文件623129", "行政规范性文件 6 2 3129", StringComparison.Ordinal);
        await OversightStoreTests.WaitAsync(app, await OversightStoreTests.UploadAsync(client, ("朝阳市2021更正.txt", System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.Contains("当前版本中已无的属实问题", await client.GetStringAsync($"/oversight/reports/{report}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/oversight/reports/{report}?handler=Rectify", new() { ["findingKey"] = key, ["state"] = "Corrected", ["note"] = "第2版已更正" })).StatusCode);
        scores = await ExportAsync(client, 2021);
        Assert.Equal("属实1项：已更正1项", scores.First(r => (string)r["单位"]! == "朝阳市人民政府")["整改情况"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_finding_against_last_years_report_is_reviewed_on_the_report_page(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var client = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        var last = GongkaiApp.Today.Year - 1;
        int report;
        await using (var db = app.Database())
        {
            report = await db.PublishedReports.Where(r => r.Agency!.Name == DemoOversight.BrokenCarryOver && r.Year == last).Select(r => r.Id).SingleAsync();
        }

        // 示范市民政局 carries over two applications more than its report of the year before said (X01).
        var page = await client.GetStringAsync($"/oversight/reports/{report}");
        Assert.Contains("与上年比对", page, StringComparison.Ordinal);
        var key = FindingKey().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(k => k.StartsWith("applications.carryOver|", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/oversight/reports/{report}?handler=Review", new() { ["findingKey"] = key, ["decision"] = "Confirmed", ["comment"] = "结转数与上年不符" })).StatusCode);

        var confirmed = await client.GetStringAsync($"/oversight/problems?from={last}&to={last}&review=Confirmed");
        Assert.Contains("结转数与上年不符", confirmed, StringComparison.Ordinal);
        Assert.Contains(DemoOversight.BrokenCarryOver, confirmed, StringComparison.Ordinal);

        // A key the report does not have (of its own or against last year) is refused.
        var stale = await PostAsync(client, $"/oversight/reports/{report}?handler=Review", new() { ["findingKey"] = "applications.carryOver|Applications|nothing|0", ["decision"] = "Confirmed" });
        Assert.Contains("该问题已不在报告的当前版本中", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url.Split('?')[0]);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    private static async Task<List<IDictionary<string, object?>>> ExportAsync(HttpClient client, int year = Year)
    {
        var bytes = await client.GetByteArrayAsync($"/oversight/scoring?handler=Export&year={year}");
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    private static async Task<HttpResponseMessage> PostSheetAsync(HttpClient client, (string Block, string Name, string Points, string Check, string PerCase)[] rows)
    {
        var page = await client.GetStringAsync($"/oversight/scoring?year={Year}");
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token().Match(page).Groups[1].Value) };
        foreach (var r in rows)
        {
            fields.AddRange([new("block", r.Block), new("name", r.Name), new("points", r.Points), new("check", r.Check), new("perCase", r.PerCase)]);
        }

        fields.AddRange([new("excellent", "90"), new("good", "80"), new("pass", "60")]);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"/oversight/scoring?handler=Sheet&year={Year}", content);
    }

    [GeneratedRegex("data-finding=\"([^\"]+)\"")]
    private static partial Regex FindingKey();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
