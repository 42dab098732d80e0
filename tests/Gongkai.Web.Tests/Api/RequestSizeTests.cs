using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Portal;

namespace Gongkai.Web.Tests.Api;

/// <summary>Bodies beyond the limits: 413 in Chinese, and the apply form kept when only the attachment is too large.</summary>
public sealed class RequestSizeTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_40_MB_api_body_is_a_413_problem_in_chinese(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var body = Api.PortalRequestsTests.Body();
        body["description"] = new string('长', 40 * 1024 * 1024 / 3);
        using var content = JsonContent.Create(body);
        await content.LoadIntoBufferAsync();

        var response = await client.PostAsync("/api/portal/requests", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal("请求内容过大", problem.GetProperty("title").GetString());
        Assert.Contains("上限256KB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(40)]
    public async Task An_attachment_of_6_to_40_MB_is_refused_beside_its_field_with_the_form_kept(int megabytes)
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var file = new byte[megabytes * 1024 * 1024];
        "%PDF-"u8.CopyTo(file);
        var fields = PortalForms.Application("示范市2026年城市更新项目清单（含附件）");

        var response = await PortalForms.ApplyWithFileAsync(client, fields, "scan.pdf", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("身份证明附件不能超过5MB", page, StringComparison.Ordinal);
        Assert.Contains("value=\"张三丰\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"示范市人民路1号\"", page, StringComparison.Ordinal);
        Assert.Contains("示范市2026年城市更新项目清单（含附件）</textarea>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_beyond_the_page_limit_gets_the_chinese_413_page()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var file = new byte[51 * 1024 * 1024];

        var response = await PortalForms.ApplyWithFileAsync(client, PortalForms.Application(), "scan.pdf", file);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("提交的内容过大", page, StringComparison.Ordinal);
        Assert.Contains("上限50MB", page, StringComparison.Ordinal);
    }
}
