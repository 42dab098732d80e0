using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>
/// Next year's holidays: before the 2027 notice is loaded a deadline into 2027 is 暂定 everywhere it shows; an
/// administrator loads the notice on 节假日安排 without a release and every date follows.
/// </summary>
public sealed partial class HolidayNoticeTests
{
    private static readonly DateOnly December20 = new(2026, 12, 20);

    private const string Reason = "2027年放假安排尚未公布，按《全国年节及纪念日放假办法》暂定，不含调休，公布后自动更新";

    // A made-up notice: 元旦 1–3 January with Saturday 9 January worked, so 20 working days from 2026-12-20 end on 15 January.
    private const string Notice2027 = """
        {
          "year": 2027,
          "notices": [ { "number": "国办发明电〔2026〕9号", "issued": "2026-11-20" } ],
          "holidays": [
            { "name": "元旦", "off": "2027-01-01/2027-01-03", "worked": ["2027-01-09"] },
            { "name": "春节", "off": "2027-02-05/2027-02-12", "worked": ["2027-02-20"] }
          ]
        }
        """;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_provisional_due_date_becomes_the_official_one_when_the_notice_is_loaded(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, today: December20);
        using var citizen = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Staff.PostFormAsync(citizen, "/portal/apply", PortalForms.Application());
        var receipt = await citizen.GetStringAsync("/portal/applied");
        var code = PortalForms.TrackingCodeOn(receipt);
        Assert.Contains("2027年1月18日", receipt, StringComparison.Ordinal);
        Assert.Contains("暂定", receipt, StringComparison.Ordinal);
        Assert.Contains(Reason, receipt, StringComparison.Ordinal);

        var tracked = await TrackAsync(citizen, code);
        Assert.Contains("2027年1月18日", tracked, StringComparison.Ordinal);
        Assert.Contains(Reason, tracked, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await citizen.GetStringAsync($"/api/portal/requests/{code}")))
        {
            Assert.Equal("2027-01-18", json.RootElement.GetProperty("dueOn").GetString());
            Assert.True(json.RootElement.GetProperty("dueProvisional").GetBoolean());
            Assert.Equal(Reason, json.RootElement.GetProperty("dueNote").GetString());
        }

        using var admin = await Staff.SignedInAsync(app, "admin");
        var list = await admin.GetStringAsync("/workspace");
        Assert.Contains("2027年放假安排尚未载入", list, StringComparison.Ordinal);
        Assert.Contains(Reason, list, StringComparison.Ordinal);
        var details = await admin.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("2027年1月18日（暂定）", details, StringComparison.Ordinal);
        Assert.Contains("暂定：" + Reason, details, StringComparison.Ordinal);

        var loaded = await UploadAsync(admin, Notice2027);
        Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        var page = await admin.GetStringAsync("/workspace/admin/holidays");
        Assert.Contains("已载入2027年放假安排（国办发明电〔2026〕9号）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("2027年放假安排尚未载入", page, StringComparison.Ordinal);

        tracked = await TrackAsync(citizen, code);
        Assert.Contains("2027年1月15日", tracked, StringComparison.Ordinal);
        Assert.DoesNotContain("暂定", tracked, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await citizen.GetStringAsync($"/api/portal/requests/{code}")))
        {
            Assert.Equal("2027-01-15", json.RootElement.GetProperty("dueOn").GetString());
            Assert.False(json.RootElement.GetProperty("dueProvisional").GetBoolean());
        }
        details = await admin.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("2027年1月15日", details, StringComparison.Ordinal);
        Assert.DoesNotContain("暂定", details, StringComparison.Ordinal);

        await using var db = app.Database();
        Assert.Equal(new DateOnly(2027, 1, 15), (await db.Requests.SingleAsync(r => r.TrackingCode == code)).AnswerDue);
        var audit = await db.AuditEntries.SingleAsync(a => a.Entity == nameof(HolidayNoticeRecord));
        Assert.Equal(("admin", "insert", "2027"), (audit.Actor, audit.Action, audit.EntityId));
    }

    [Fact]
    public async Task A_malformed_notice_is_refused_with_the_line_and_the_reason_and_nothing_changes()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, today: December20);
        using var admin = await Staff.SignedInAsync(app, "admin");

        var uploaded = await UploadAsync(admin, Notice2027.Replace("\"2027-01-09\"", "\"2027-01-06\"", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var page = await uploaded.Content.ReadAsStringAsync();
        Assert.Contains("未载入", page, StringComparison.Ordinal);
        Assert.Contains("第5行：「元旦」的调休上班日2027-01-06是星期三，调休上班只能安排在星期六或星期日", page, StringComparison.Ordinal);

        var entered = await Staff.PostFormAsync(admin, "/workspace/admin/holidays?handler=Enter", new()
        {
            ["Year"] = "2027",
            ["Number"] = "国办发明电〔2026〕9号",
            ["Issued"] = "2026-11-20",
            ["Lines"] = "元旦 2027-01-01至2027-01-03\n国庆节 2027-09-30至2027-10-07\n中秋节 2027-09-15 2027-10-01",
        }, formPage: "/workspace/admin/holidays");
        page = await entered.Content.ReadAsStringAsync();
        Assert.Contains("第3行：放假日期应为一个日期或一段连续日期", page, StringComparison.Ordinal);
        Assert.Contains("元旦 2027-01-01至2027-01-03", page, StringComparison.Ordinal); // what was typed is kept

        await using var db = app.Database();
        Assert.Equal(0, await db.HolidayNotices.CountAsync());
        Assert.Contains("2027年放假安排尚未载入", await admin.GetStringAsync("/workspace"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_typed_on_the_page_load_the_notice()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, today: December20);
        using var admin = await Staff.SignedInAsync(app, "admin");
        var entered = await Staff.PostFormAsync(admin, "/workspace/admin/holidays?handler=Enter", new()
        {
            ["Year"] = "2027",
            ["Number"] = "国办发明电〔2026〕9号",
            ["Issued"] = "2026-11-20",
            ["Lines"] = "元旦 2027-01-01至2027-01-03 上班 2027-01-09\n春节 2027-02-05至2027-02-12 上班 2027-02-20",
        }, formPage: "/workspace/admin/holidays");
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        await using var db = app.Database();
        Assert.Equal("国办发明电〔2026〕9号", (await db.HolidayNotices.SingleAsync()).Citation);
    }

    [Fact]
    public async Task Only_administrators_load_notices_and_see_the_banner()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, today: December20);
        using var clerk = await Staff.SignedInAsync(app, "chengban");
        var response = await clerk.GetAsync("/workspace/admin/holidays");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/workspace/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("放假安排尚未载入", await clerk.GetStringAsync("/workspace"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_banner_waits_for_November()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, today: new DateOnly(2026, 10, 31));
        using var admin = await Staff.SignedInAsync(app, "admin");
        Assert.DoesNotContain("放假安排尚未载入", await admin.GetStringAsync("/workspace"), StringComparison.Ordinal);
    }

    private static async Task<string> TrackAsync(HttpClient client, string code)
    {
        var response = await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = Api.PortalRequestsTests.Phone[^4..] });
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string json)
    {
        var page = await admin.GetStringAsync("/workspace/admin/holidays");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Add(file, "file", "2027.json");
        return await admin.PostAsync("/workspace/admin/holidays?handler=Upload", content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
