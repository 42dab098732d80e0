using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>登记 by staff is checked by the portal's rules: identity document, phone, lengths, dates, control characters.</summary>
public sealed class RegistrationRulesTests
{
    private static Dictionary<string, string> Fields() => new()
    {
        ["Input.Channel"] = "InPerson",
        ["Input.ArrivedOn"] = "2026-11-19",
        ["Input.ApplicantKind"] = "NaturalPerson",
        ["Input.Name"] = "欧阳修文",
        ["Input.IdNumber"] = Api.PortalRequestsTests.IdNumber,
        ["Input.Phone"] = "13900001111",
        ["Input.Address"] = "示范市解放路8号",
        ["Input.Description"] = "2025年示范市老旧小区改造项目清单",
        ["Input.Form"] = "Paper",
        ["Input.Receiving"] = "Post",
    };

    public static TheoryData<DatabaseProvider, string, string, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "Input.IdNumber", "123", "居民身份证号码无效");
            data.Add(provider, "Input.Phone", "abc", "联系电话无效");
            data.Add(provider, "Input.Description", new string('述', 350_000), "所需信息的描述不能超过4000个字");
            data.Add(provider, "Input.ArrivedOn", "0001-01-01", "申请提交或到达的日期应在2019年5月15日");
            data.Add(provider, "Input.ArrivedOn", "2026-11-21", "至今天（2026年11月20日）之间");
            data.Add(provider, "Input.Name", "欧阳\u0007修文", "「姓名或名称」含有不可见的控制字符");
            data.Add(provider, "Input.Address", "", "请填写通信地址");
            data.Add(provider, "Input.Email", "not-an-email", "电子邮箱格式不正确");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task What_the_portal_refuses_staff_cannot_register(DatabaseProvider provider, string field, string value, string message)
    {
        await using var app = new GongkaiApp(provider);
        using var client = await Staff.SignedInAsync(app, "dengji");
        var fields = Fields();
        fields[field] = value;

        var response = await Staff.PostFormAsync(client, "/workspace/requests/register", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.Equal(0, await db.Requests.CountAsync(r => r.ApplicantName == "欧阳修文"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task NUL_in_the_registration_form_is_refused_with_the_field_named(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = await Staff.SignedInAsync(app, "dengji");
        var fields = Fields();
        fields["Input.Address"] = "示范市\0解放路8号";

        var response = await Staff.PostFormAsync(client, "/workspace/requests/register", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("「通信地址」含有不可见的控制字符", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.Equal(0, await db.Requests.CountAsync(r => r.ApplicantName == "欧阳修文"));
    }

    [Fact]
    public async Task A_passport_holder_is_registered_when_the_registrar_says_so()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = await Staff.SignedInAsync(app, "dengji");
        var fields = Fields();
        fields["Input.IdNumber"] = "E12345678";

        var refused = await Staff.PostFormAsync(client, "/workspace/requests/register", fields);
        Assert.Contains("居民身份证号码无效", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["Input.OtherDocument"] = "true";
        var saved = await Staff.PostFormAsync(client, "/workspace/requests/register", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.Database();
        Assert.Equal("E12345678", (await db.Requests.SingleAsync(r => r.ApplicantName == "欧阳修文")).ApplicantIdNumber);
    }
}
