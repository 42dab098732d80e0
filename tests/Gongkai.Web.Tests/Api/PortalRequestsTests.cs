using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Api;

public sealed class PortalRequestsTests
{
    public const string IdNumber = "110101199003071233";
    public const string Phone = "13812345678";

    public static JsonObject Body(int agencyId = 2) => new()
    {
        ["agencyId"] = agencyId,
        ["applicant"] = new JsonObject
        {
            ["type"] = "naturalPerson",
            ["name"] = "张三丰",
            ["idNumber"] = IdNumber,
            ["phone"] = Phone,
            ["address"] = "示范市人民路1号",
        },
        ["description"] = "示范市2026年城市更新项目清单",
        ["form"] = "electronic",
        ["delivery"] = "email",
        ["email"] = "zhang@example.cn",
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_valid_application_is_registered_online_with_its_log_and_the_20_working_day_deadline(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/portal/requests", Body());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var code = (string)body!["trackingCode"]!;
        var due = WorkingDayCalendar.Official.AddWorkingDays(GongkaiApp.Today, StatutoryPeriods.Answer);
        Assert.Equal("2026-11-20", (string?)body["receivedOn"]);
        Assert.Equal(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)body["dueOn"]);
        Assert.Equal($"/api/portal/requests/{code}", response.Headers.Location!.OriginalString);

        await using var db = app.Database();
        var stored = await db.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
        Assert.Equal(2, stored.AgencyId);
        Assert.Equal(SubmissionChannel.Online, stored.Channel);
        Assert.Equal(GongkaiApp.Today, stored.ReceivedOn);
        Assert.Equal(due, stored.AnswerDue);
        Assert.Equal(RequestStatus.InProgress, stored.Status);
        Assert.Equal(IdNumber, stored.ApplicantIdNumber);
        Assert.Equal(ReceivingMethod.Email, stored.Receiving);
        var registered = Assert.Single(stored.Events);
        Assert.Equal("Registered", registered.Kind);
        Assert.Equal("portal", registered.RecordedBy);
        var replayed = RequestLog.Rebuild(stored, RequestPolicy.Official(app.Clock));
        Assert.True(replayed.IsSuccess, replayed.Error);
        Assert.Equal(due, replayed.Value!.Deadlines.AnswerDue);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Tracking_masks_personal_data_and_needs_the_phone_digits_for_anything_about_the_applicant(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var created = await (await client.PostAsJsonAsync("/api/portal/requests", Body())).Content.ReadFromJsonAsync<JsonObject>();
        var code = (string)created!["trackingCode"]!;

        var plain = await client.GetStringAsync($"/api/portal/requests/{code}");
        var verified = await client.GetStringAsync($"/api/portal/requests/{code.ToLowerInvariant()}?verify=5678");
        var wrong = await client.GetAsync($"/api/portal/requests/{code}?verify=1234");

        foreach (var json in new[] { plain, verified })
        {
            Assert.DoesNotContain(IdNumber, json, StringComparison.Ordinal);
            Assert.DoesNotContain(Phone, json, StringComparison.Ordinal);
            Assert.DoesNotContain("张三丰", json, StringComparison.Ordinal);
            Assert.DoesNotContain("示范市人民路", json, StringComparison.Ordinal);
            Assert.DoesNotContain("zhang@example.cn", json, StringComparison.Ordinal);
        }

        var open = JsonNode.Parse(plain)!;
        Assert.Equal("inProgress", (string?)open["status"]);
        Assert.Equal("办理中", (string?)open["statusLabel"]);
        Assert.Equal("2026-11-20", (string?)open["receivedOn"]);
        Assert.NotNull(open["dueOn"]);
        Assert.Null(open["applicantName"]);
        Assert.Null(open["steps"]);

        var full = JsonNode.Parse(verified)!;
        Assert.Equal("张**", (string?)full["applicantName"]);
        var step = Assert.Single(full["steps"]!.AsArray());
        Assert.Contains("互联网渠道", (string?)step!["text"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal("未找到申请", (string?)JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!["title"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_decided_request_shows_its_outcome_and_legal_basis(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var code = (string)(await (await client.PostAsJsonAsync("/api/portal/requests", Body())).Content.ReadFromJsonAsync<JsonObject>())!["trackingCode"]!;
        await using (var db = app.Database("chengban"))
        {
            var record = await db.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
            var request = RequestLog.Rebuild(record, RequestPolicy.Official(app.Clock)).Value!;
            Assert.True(RequestLog.Append(record, request, new Decided(GongkaiApp.Today, Outcome.Provided), "chengban", app.Clock.GetUtcNow()).IsSuccess);
            await db.SaveChangesAsync();
        }

        var json = await client.GetStringAsync($"/api/portal/requests/{code}?verify=5678");

        var body = JsonNode.Parse(json)!;
        Assert.Equal("decided", (string?)body["status"]);
        Assert.Equal("provided", (string?)body["outcome"]);
        Assert.Equal(Outcome.Provided.Name(), (string?)body["outcomeLabel"]);
        Assert.Equal("条例第三十六条第（二）项", (string?)body["legalBasis"]);
        Assert.Equal(2, body["steps"]!.AsArray().Count);
        Assert.DoesNotContain("chengban", json, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "applicant.name", "missing name", "请填写申请人姓名" },
        { "applicant.idNumber", "bad checksum", "居民身份证号码无效" },
        { "applicant.phone", "bad phone", "联系电话无效" },
        { "applicant.type", "unknown type", "申请人类型无效" },
        { "agencyId", "unknown agency", "所选行政机关不存在" },
        { "description", "empty description", "请填写所需政府信息" },
        { "form", "unknown form", "请选择信息的提供形式" },
        { "email", "email delivery without email", "须填写电子邮箱" },
        { "applicant.idNumber", "bad credit code", "统一社会信用代码无效" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_refused_with_a_chinese_message_under_its_key(string key, string mistake, string message)
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var body = Body();
        var applicant = body["applicant"]!.AsObject();
        switch (mistake)
        {
            case "missing name": applicant.Remove("name"); break;
            case "bad checksum": applicant["idNumber"] = "110101199003071234"; break;
            case "bad phone": applicant["phone"] = "12345"; break;
            case "unknown type": applicant["type"] = "alien"; break;
            case "unknown agency": body["agencyId"] = 9999; break;
            case "empty description": body["description"] = "   "; break;
            case "unknown form": body["form"] = "fax"; break;
            case "email delivery without email": body.Remove("email"); break;
            case "bad credit code": applicant["type"] = "commercialEnterprise"; applicant["idNumber"] = "91350100M000100Y44"; break;
        }

        var before = await CountAsync(app);
        var response = await client.PostAsJsonAsync("/api/portal/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Single(errors);
        Assert.Contains(message, (string?)errors[key]![0], StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task An_organisation_with_a_valid_credit_code_and_a_landline_is_accepted()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var body = Body();
        body["applicant"]!["type"] = "legalServiceAgency";
        body["applicant"]!["name"] = "示范律师事务所";
        body["applicant"]!["idNumber"] = "91350100m000100y43";
        body["applicant"]!["phone"] = "0591-87654321";
        body["form"] = "paper";
        body["delivery"] = "post";

        var response = await client.PostAsJsonAsync("/api/portal/requests", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.Database();
        var stored = await db.Requests.SingleAsync(r => r.ApplicantName == "示范律师事务所");
        Assert.Equal(ApplicantKind.LegalServiceAgency, stored.ApplicantKind);
        Assert.Equal("91350100M000100Y43", stored.ApplicantIdNumber);
        Assert.Equal(InformationForm.Paper, stored.Form);
    }

    [Theory]
    [InlineData("{\"agencyId\": 2, \"applicant\": ")]
    [InlineData("{\"agencyId\": \"two\"}")]
    [InlineData("null")]
    public async Task Malformed_json_is_a_problem_in_chinese(string json)
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/portal/requests", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("请求内容无法识别", (string?)problem["title"]);
        Assert.Contains("JSON", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_unknown_code_is_a_404_problem(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/portal/requests/GK2026-ZZZZZZZZ");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("未找到申请", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Submissions_beyond_the_limit_get_429_in_chinese(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, submissionsPerMinute: 3);
        using var client = app.CreateClient();
        var before = await CountAsync(app);
        var wrong = Body();
        wrong["description"] = "";
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/portal/requests", wrong)).StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/portal/requests", Body())).StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/portal/requests", Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("操作过于频繁", (string?)problem["title"]);
        Assert.Contains("每分钟最多提交3件申请", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/portal/agencies")).StatusCode);
        Assert.Equal(before + 3, await CountAsync(app));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_accepted_values()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, demoData: false);
        using var client = app.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/portal/requests/{trackingCode}", document, StringComparison.Ordinal);
        foreach (var value in new[] { "naturalPerson", "legalServiceAgency", "paper", "copying", "inPerson", "online" })
        {
            Assert.Contains(value, document, StringComparison.Ordinal);
        }

        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(document).RootElement.GetProperty("paths").GetProperty("/api/portal/requests").ValueKind);
    }

    private static async Task<int> CountAsync(GongkaiApp app)
    {
        await using var db = app.Database();
        return await db.Requests.CountAsync();
    }
}
