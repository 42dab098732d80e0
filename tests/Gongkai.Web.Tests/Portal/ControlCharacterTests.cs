using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Portal;

/// <summary>NUL and the other control characters, refused with the field named, on both databases (PostgreSQL gave 500).</summary>
public sealed class ControlCharacterTests
{
    // Every text field of the apply form, with the label its message names.
    private static readonly (string Field, string Label)[] FormFields =
    [
        ("ApplicantType", "申请人类型"),
        ("Name", "姓名或名称"),
        ("IdNumber", "身份证明号码"),
        ("Phone", "联系电话"),
        ("Address", "通信地址"),
        ("Email", "电子邮箱"),
        ("Description", "所需信息的描述"),
        ("Form", "提供形式"),
        ("Delivery", "获取方式"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task NUL_in_every_field_of_the_apply_form_is_named_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var before = await CountAsync(app);
        foreach (var (field, label) in FormFields)
        {
            foreach (var bad in new[] { "\0", "\u0007", "\u007F", "\u0085" })
            {
                var fields = PortalForms.Application();
                fields[field] = fields[field] + bad + "x";
                var response = await PortalForms.ApplyMultipartAsync(client, fields);

                var page = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, page);
                Assert.Contains($"「{label}」含有不可见的控制字符", page, StringComparison.Ordinal);
            }
        }

        // A URL-encoded form (not what the page sends) cannot even be read with %00 in it: refused with the field named.
        var encoded = PortalForms.Application();
        encoded["Name"] = "张\0三丰";
        var refused = await Staff.PostFormAsync(client, "/portal/apply", encoded);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("「姓名或名称」含有不可见的控制字符", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var multiline = PortalForms.Application("第一行\r\n第二行\t制表");
        Assert.Equal(HttpStatusCode.Redirect, (await Staff.PostFormAsync(app.CreateClient(new() { AllowAutoRedirect = false }), "/portal/apply", multiline)).StatusCode);
        Assert.Equal(before + 1, await CountAsync(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task NUL_in_every_field_of_the_api_and_in_tracking_is_a_400_not_a_500(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var before = await CountAsync(app);
        var paths = new (string[] Path, string Key)[]
        {
            (["applicant", "type"], "applicant.type"),
            (["applicant", "name"], "applicant.name"),
            (["applicant", "idNumber"], "applicant.idNumber"),
            (["applicant", "phone"], "applicant.phone"),
            (["applicant", "address"], "applicant.address"),
            (["email"], "email"),
            (["description"], "description"),
            (["form"], "form"),
            (["delivery"], "delivery"),
        };
        foreach (var (path, key) in paths)
        {
            var body = Api.PortalRequestsTests.Body();
            var parent = path.Length == 2 ? body[path[0]]!.AsObject() : body;
            parent[path[^1]] = (string?)parent[path[^1]] + "\0";

            var response = await client.PostAsJsonAsync("/api/portal/requests", body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains("控制字符", errors.GetProperty(key)[0].GetString(), StringComparison.Ordinal);
        }

        // (A %00 in the path itself is refused by Kestrel with 400 before the platform sees it.)
        var track = await client.GetAsync("/api/portal/requests/GK2026-%07ABC");
        Assert.Equal(HttpStatusCode.BadRequest, track.StatusCode);
        Assert.Contains("「查询码」", (await track.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var verify = await client.GetAsync("/api/portal/requests/GK2026-ABCDEFGH?verify=12%0034");
        Assert.Equal(HttpStatusCode.BadRequest, verify.StatusCode);
        Assert.Contains("「联系电话后四位」", (await verify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var trackPage = await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = "GK2026-\0", ["PhoneLastFour"] = "5678" });
        Assert.Equal(HttpStatusCode.BadRequest, trackPage.StatusCode);
        Assert.Contains("「查询码」含有不可见的控制字符", await trackPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(before, await CountAsync(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task NUL_in_staff_fields_is_refused_with_the_field_named(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Workspace.Requests.AddAsync(app, Workspace.Requests.City, new DateOnly(2026, 11, 16), "控制字符");
        using var handler = await Staff.SignedInAsync(app, "chengban");

        var page = await Workspace.Requests.StepAsync(handler, code, "correctionRequested", new() { ["Step.Items"] = "请说明\0名称", ["Step.DueOn"] = "2026-12-02" });
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("「补正事项」含有不可见的控制字符", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var version = (await Workspace.Requests.LoadAsync(app, code)).Version;
        var api = await handler.PostAsJsonAsync($"/api/workspace/requests/{code}/events", new { version, type = "consultationOpened", party = "ThirdParty", consultedName = "某\0公司" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("被征求意见的第三方或机关名称", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var search = await handler.GetAsync("/workspace?q=%00");
        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("「搜索内容」", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bell = await Workspace.Requests.StepAsync(handler, code, "consultationOpened", new() { ["Step.Party"] = "ThirdParty", ["Step.ConsultedName"] = "某\u0007公司" });
        Assert.Equal(HttpStatusCode.BadRequest, bell.StatusCode);
        Assert.Contains("「被征求意见的第三方或机关名称」", await bell.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var stranger = app.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await Staff.PostFormAsync(stranger, "/workspace/signin", new() { ["UserName"] = "fuze\0", ["Password"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("「用户名」", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var session = await stranger.PostAsJsonAsync("/api/session", new { userName = "fuze\0", password = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
        Assert.Equal(version, (await Workspace.Requests.LoadAsync(app, code)).Version);
    }

    private static async Task<int> CountAsync(GongkaiApp app)
    {
        _ = app.Services;
        await using var db = app.Database();
        return await db.Requests.CountAsync();
    }
}
