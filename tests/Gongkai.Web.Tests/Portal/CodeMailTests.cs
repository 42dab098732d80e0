using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The 查询码 by email: an online application and a paper one registered by staff, read back from a local SMTP server.</summary>
public sealed class CodeMailTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_code_is_mailed_to_the_applicant_and_shown_on_a_printable_receipt(DatabaseProvider provider)
    {
        await using var smtp = new TestSmtpServer();
        await using var app = new GongkaiApp(provider);
        smtp.Configure(app);
        using var citizen = app.CreateClient(new() { AllowAutoRedirect = true, HandleCookies = true });
        var fields = PortalForms.Application();
        fields["Email"] = "zhangsanfeng@example.com";
        var applied = await (await PortalForms.ApplyMultipartAsync(citizen, fields)).Content.ReadAsStringAsync();
        var code = PortalForms.TrackingCodeOn(applied);
        Assert.Contains("查询码已发送至zhangsanfeng@example.com", applied, StringComparison.Ordinal);
        Assert.Contains("打印回执", applied, StringComparison.Ordinal);

        var message = Assert.Single(smtp.Messages);
        Assert.Equal("zhangsanfeng@example.com", message.To.Mailboxes.Single().Address);
        Assert.Contains(code, message.Subject, StringComparison.Ordinal);
        Assert.Contains($"查询码：{code}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("示范市人民政府已于2026年11月20日收到您的政府信息公开申请", message.TextBody, StringComparison.Ordinal);

        // A paper application registered by a clerk: the receipt with the code, and the same mail.
        using var registrar = await Staff.SignedInAsync(app, "dengji");
        var registered = await Staff.PostFormAsync(registrar, "/workspace/requests/register", new()
        {
            ["Input.Channel"] = "InPerson",
            ["Input.ArrivedOn"] = "2026-11-20",
            ["Input.ApplicantKind"] = "NaturalPerson",
            ["Input.Name"] = "李建华",
            ["Input.IdNumber"] = "110101199003071233",
            ["Input.Phone"] = "13700001111",
            ["Input.Address"] = "示范市某区某路9号",
            ["Input.Email"] = "lijianhua@example.com",
            ["Input.Description"] = "某片区房屋征收补偿方案",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains("mailed=1", registered.Headers.Location!.ToString(), StringComparison.Ordinal);
        var paperCode = registered.Headers.Location!.ToString().Split('/')[^1].Split('?')[0];
        Assert.Contains("查询码已发送至申请人的电子邮箱", await registrar.GetStringAsync(registered.Headers.Location.ToString()), StringComparison.Ordinal);
        var receipt = await registrar.GetStringAsync($"/workspace/requests/{paperCode}/receipt");
        Assert.Contains(paperCode, receipt, StringComparison.Ordinal);
        Assert.Contains("政府信息公开申请回执", receipt, StringComparison.Ordinal);
        Assert.Contains(smtp.Messages, m => m.To.Mailboxes.Single().Address == "lijianhua@example.com" && (m.TextBody ?? "").Contains(paperCode, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_mail_server_that_is_down_does_not_lose_the_application(DatabaseProvider provider)
    {
        int port;
        await using (var closed = new TestSmtpServer())
        {
            port = closed.Port;
        }

        await using var app = new GongkaiApp(provider);
        app.Settings["Gongkai:Smtp:Host"] = "127.0.0.1";
        app.Settings["Gongkai:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Gongkai:Smtp:Security"] = "None";
        using var citizen = app.CreateClient(new() { AllowAutoRedirect = true, HandleCookies = true });
        var fields = PortalForms.Application();
        fields["Email"] = "zhangsanfeng@example.com";
        var applied = await (await PortalForms.ApplyMultipartAsync(citizen, fields)).Content.ReadAsStringAsync();
        Assert.Matches("GK2026-", PortalForms.TrackingCodeOn(applied));
        Assert.Contains("查询码邮件未能发送", applied, StringComparison.Ordinal);
    }
}
