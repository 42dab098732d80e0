using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Testing;
using Gongkai.Web.Oversight.Intake;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Web.Tests.Oversight;

/// <summary>The reports store on both databases: imports that survive a restart, files stored once, scopes that hold, register files checked row by row.</summary>
public sealed class OversightStoreTests
{
    private static readonly string Chaoyang = Path.Combine(Corpus.Seeds, "004_f719e6107d444fd2.txt");

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_interrupted_import_resumes_and_reads_each_file_once(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true, importWorker: false);
        using var client = await SignedInAsync(app, "jiandu");
        var batch = await UploadAsync(client, ("a.txt", File.ReadAllBytes(Chaoyang)), ("b.txt", File.ReadAllBytes(Path.Combine(Corpus.Seeds, "002_d1ed69b8ea7b905a.txt"))));

        // A process claimed the items and stopped before finishing: its lease ran out ten minutes ago.
        await using (var db = app.Database())
        {
            var claimed = await ImportQueue.ClaimAsync(db, "stopped-process", 1000, app.Clock.GetUtcNow().AddMinutes(-10), default);
            Assert.Contains(await db.ImportItems.Where(i => i.BatchId == batch).Select(i => i.Id).FirstAsync(), claimed);
        }

        var worker = NewWorker(app);
        while (await worker.RunOnceAsync(default) > 0)
        {
        }

        await using var check = app.Database();
        var items = await check.ImportItems.Where(i => i.BatchId == batch).ToListAsync();
        Assert.All(items, i => Assert.True(i.State is ImportState.Stored or ImportState.Duplicate, $"{i.FileName}: {i.State} {i.Error}"));
        Assert.All(items, i => Assert.Equal(worker.Name, i.ClaimedBy));
        var chaoyang = await check.PublishedReports.Include(r => r.Agency).SingleAsync(r => r.Agency!.Name == "朝阳市人民政府" && r.Year == 2021);
        Assert.Equal(1, await check.ReportVersions.CountAsync(v => v.ReportId == chaoyang.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_same_file_imported_twice_is_one_version_and_a_new_file_is_the_next(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var client = await SignedInAsync(app, "jiandu");
        var bytes = File.ReadAllBytes(Chaoyang);
        await WaitAsync(app, await UploadAsync(client, ("chaoyang.txt", bytes)));
        var second = await UploadAsync(client, ("again.txt", bytes));
        await WaitAsync(app, second);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes) + "\n（2022年3月1日更新）\n");
        var third = await UploadAsync(client, ("updated.txt", changed));
        await WaitAsync(app, third);

        await using var db = app.Database();
        Assert.Equal(ImportState.Duplicate, (await db.ImportItems.SingleAsync(i => i.BatchId == second)).State);
        var report = await db.PublishedReports.Include(r => r.Agency).SingleAsync(r => r.Agency!.Name == "朝阳市人民政府" && r.Year == 2021);
        var versions = await db.ReportVersions.Where(v => v.ReportId == report.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.Equal("updated.txt", versions[^1].FileName);
        Assert.Equal(versions[^1].Id, report.CurrentVersionId);
        Assert.Equal(1, await db.StoredFiles.CountAsync(f => f.Sha256 == versions[0].FileSha256));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task One_handful_with_a_file_twice_and_a_new_version_stores_each_once_in_order(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true, importWorker: false);
        using var client = await SignedInAsync(app, "jiandu");
        var worker = NewWorker(app);
        while (await worker.RunOnceAsync(default) > 0)
        {
        }

        var text = TextLayouts.Write(ReportGenerator.Generate(new Random(3), Domain.Reports.ReportTemplate.Format2021, 2013) with { Agency = "示范市统计局" }, TextLayout.TabSeparated);
        var bytes = Encoding.UTF8.GetBytes(text);
        var changed = Encoding.UTF8.GetBytes(text + "\n（2014年3月1日更新）\n");
        var batch = await UploadAsync(client, ("first.txt", bytes), ("again.txt", bytes), ("updated.txt", changed), ("noise.txt", [0xFF, 0xFE, 0x00]));
        Assert.Equal(4, await worker.RunOnceAsync(default));

        await using var db = app.Database();
        var items = await db.ImportItems.Where(i => i.BatchId == batch).OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([ImportState.Stored, ImportState.Duplicate, ImportState.Stored, ImportState.Failed], items.Select(i => i.State));
        Assert.False(string.IsNullOrEmpty(items[3].Error));
        var report = await db.PublishedReports.Include(r => r.Agency).SingleAsync(r => r.Agency!.Name == "示范市统计局" && r.Year == 2013);
        Assert.All(items.Take(3), i => Assert.Equal(report.Id, i.ReportId));
        var versions = await db.ReportVersions.Where(v => v.ReportId == report.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(["first.txt", "updated.txt"], versions.Select(v => v.FileName));
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(versions[^1].Id, report.CurrentVersionId);
        Assert.Equal(versions[^1].Errors, report.Errors);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_platform_processes_share_the_queue_and_read_no_file_twice(DatabaseProvider provider)
    {
        await using var first = new GongkaiApp(provider, demoReports: true, importWorker: false);
        using var client = await SignedInAsync(first, "jiandu");
        await using var second = new GongkaiApp(provider, demoData: false, importWorker: false, sharedDatabase: first.ConnectionString);
        _ = second.Server;
        List<string> units;
        await using (var db = first.Database())
        {
            var scope = await db.StaffAccounts.Where(s => s.UserName == "jiandu").Select(s => s.Agency!.TreePath).SingleAsync();
            units = await db.Agencies.Where(a => a.TreePath.StartsWith(scope)).OrderBy(a => a.Id).Select(a => a.Name).ToListAsync();
        }

        // Years before the demo's, so that every file is the first version of its report.
        var random = new Random(11);
        var files = units.SelectMany(u => new[] { 2013, 2014 }.Select(year =>
            ($"{u}{year}.txt", Encoding.UTF8.GetBytes(TextLayouts.Write(ReportGenerator.Generate(random, Domain.Reports.ReportTemplate.Format2021, year) with { Agency = u }, TextLayout.TabSeparated)))))
            .ToArray();
        var batch = await UploadAsync(client, files);

        var workers = new[] { NewWorker(first), NewWorker(second) };
        await Task.WhenAll(workers.Select(w => Task.Run(async () =>
        {
            while (await w.RunOnceAsync(default) > 0)
            {
            }
        })));

        await using var check = first.Database();
        var items = await check.ImportItems.Where(i => i.BatchId == batch).ToListAsync();
        Assert.Equal(files.Length, items.Count);
        Assert.All(items, i => Assert.True(i.State == ImportState.Stored && i.Attempts == 1, $"{i.FileName}: {i.State} after {i.Attempts} claims, {i.Error}"));
        Assert.All(items, i => Assert.Contains(i.ClaimedBy, workers.Select(w => w.Name)));
        Assert.Equal(files.Length, await check.PublishedReports.CountAsync(r => r.Year == 2013 || r.Year == 2014));
        Assert.Equal(files.Length, await check.ReportVersions.CountAsync(v => v.FileName.EndsWith("2013.txt") || v.FileName.EndsWith("2014.txt")));
    }

    private static ImportWorker NewWorker(GongkaiApp app) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<ImportSignal>(), app.Clock, NullLogger<ImportWorker>.Instance);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_supervisor_sees_and_imports_only_within_the_subtree(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var city = await SignedInAsync(app, "jiandu");
        await using (var db = app.Database())
        {
            // A 监督员 of 示范县: 示范市's own departments lie outside.
            var countyUnit = await db.Agencies.SingleAsync(a => a.Name == "示范县人民政府");
            db.StaffAccounts.Add(new StaffAccount { AgencyId = countyUnit.Id, UserName = "jiandu-xian", DisplayName = "示范县监督员", PasswordHash = (await db.StaffAccounts.SingleAsync(a => a.UserName == "jiandu")).PasswordHash, Roles = StaffRoles.Supervisor });
            await db.SaveChangesAsync();
        }

        await WaitAsync(app, 1);
        int outside, inside;
        await using (var db = app.Database())
        {
            outside = await db.PublishedReports.Where(r => r.Agency!.Name == "示范市统计局").Select(r => r.Id).FirstAsync();
            inside = await db.PublishedReports.Where(r => r.Agency!.Name == "示范县统计局").Select(r => r.Id).FirstAsync();
        }

        using var county = await SignedInAsync(app, "jiandu-xian");
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/oversight/reports/{outside}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/oversight/reports/{outside}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/oversight/reports/{outside}/original")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync($"/oversight/reports/{inside}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/oversight/reports/{outside}")).StatusCode);
        var matrix = await county.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/oversight/matrix");
        Assert.DoesNotContain(matrix.GetProperty("rows").EnumerateArray(), r => r.GetProperty("name").GetString() == "示范市统计局");
        Assert.Contains(matrix.GetProperty("rows").EnumerateArray(), r => r.GetProperty("name").GetString() == "示范县统计局");

        // The county's supervisor cannot place a file in a unit of the city's.
        var batch = await UploadAsync(county, ("dahei.txt", File.ReadAllBytes(Path.Combine(Corpus.Seeds, "001_b63a0e3bb038d4c3.txt"))));
        await WaitAsync(app, batch);
        int item, cityUnit;
        await using (var db = app.Database())
        {
            item = await db.ImportItems.Where(i => i.BatchId == batch).Select(i => i.Id).SingleAsync();
            cityUnit = await db.Agencies.Where(a => a.Name == "示范市统计局").Select(a => a.Id).SingleAsync();
        }

        var refused = await county.PostAsJsonAsync($"/api/oversight/pending/{item}", new { agencyId = cityUnit, year = 2021 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不在您管辖", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // A file no longer waiting is not found, as a page would say.
        var gone = await county.PostAsJsonAsync($"/api/oversight/pending/{item + 100_000}", new { agencyId = cityUnit, year = 2021 });
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("已不在待确认列表中", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An agency's own staff see their unit's reports and cannot import.
        using var clerk = await Staff.SignedInAsync(app, "chengban");
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "files", "x.txt" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/oversight/imports", form)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/oversight/reports/{inside}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_register_file_with_bad_rows_is_refused_whole_with_the_row_numbers(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true, importWorker: false);
        using var client = await SignedInAsync(app, "jiandu");
        int before;
        await using (var db = app.Database())
        {
            before = await db.Agencies.CountAsync();
        }

        var csv = "单位名称,别名,单位层级,上级单位,行政区划代码,年报截止,起始年度,终止年度\n"
            + "示范市档案馆,,政府部门,,,,2020,\n"
            + "示范市水务局,,水利部门,,,,,\n"
            + "示范县河湾镇人民政府,河湾镇,乡镇街道,示范县人民政府二,,13-40,,\n"
            + "示范市数据局,,政府部门,,12345,,2024,2023\n";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(client, "/oversight/units")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(csv)), "file", "units.csv" },
        };
        var page = await (await client.PostAsync("/oversight/units", content)).Content.ReadAsStringAsync();
        Assert.Contains("未导入任何单位", page, StringComparison.Ordinal);
        Assert.Contains("第3行：单位层级「水利部门」无法识别", page, StringComparison.Ordinal);
        Assert.Contains("第4行：上级单位「示范县人民政府二」既不在单位名录中", page, StringComparison.Ordinal);
        Assert.Contains("第4行：年报截止「13-40」无法识别", page, StringComparison.Ordinal);
        Assert.Contains("第5行：行政区划代码「12345」", page, StringComparison.Ordinal);
        Assert.Contains("第5行：终止年度2023早于起始年度2024", page, StringComparison.Ordinal);
        Assert.DoesNotContain("第2行", page, StringComparison.Ordinal);
        await using var db2 = app.Database();
        Assert.Equal(before, await db2.Agencies.CountAsync());
    }

    static OversightStoreTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static async Task<HttpClient> SignedInAsync(GongkaiApp app, string user)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/session", new { userName = user, password = Staff.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    internal static async Task<int> UploadAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        var response = await client.PostAsync("/api/oversight/imports", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("batchId").GetInt32();
    }

    /// <summary>Waits until the background worker has finished every item of the batch (bounded).</summary>
    internal static async Task WaitAsync(GongkaiApp app, int batch)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await using var db = app.Database();
            if (await db.ImportItems.AnyAsync(i => i.BatchId == batch) && !await db.ImportItems.AnyAsync(i => i.BatchId == batch && (i.State == ImportState.Queued || i.State == ImportState.Reading)))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Import batch {batch} did not finish.");
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        return System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }
}
