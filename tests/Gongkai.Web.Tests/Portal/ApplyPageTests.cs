using System.Net;
using Gongkai.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Portal;

public sealed class ApplyPageTests
{

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_form_registers_the_application_and_shows_the_receipt_after_a_redirect(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var posted = await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/portal/applied", posted.Headers.Location!.OriginalString);
        var receipt = await client.GetStringAsync("/portal/applied");
        var code = PortalForms.TrackingCodeOn(receipt);
        var due = WorkingDayCalendar.Official.AddWorkingDays(GongkaiApp.Today, StatutoryPeriods.Answer);
        Assert.Contains("2026年11月20日", receipt, StringComparison.Ordinal);
        Assert.Contains($"{due.Year}年{due.Month}月{due.Day}日", receipt, StringComparison.Ordinal);
        Assert.Contains("示范市人民政府", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain(Api.PortalRequestsTests.IdNumber, receipt, StringComparison.Ordinal);

        // The receipt is shown once; reloading it shows no one's data.
        Assert.DoesNotContain(code, await client.GetStringAsync("/portal/applied"), StringComparison.Ordinal);

        await using var db = app.Database();
        var stored = await db.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
        Assert.Equal(SubmissionChannel.Online, stored.Channel);
        Assert.Equal(due, stored.AnswerDue);
        Assert.Equal(ReceivingMethod.Post, stored.Receiving);
        Assert.Equal("portal", Assert.Single(stored.Events).RecordedBy);
    }

    [Fact]
    public async Task Every_wrong_field_gets_its_own_chinese_message_and_nothing_is_stored()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var fields = PortalForms.Application();
        fields["Name"] = "";
        fields["IdNumber"] = "110101199003071234";
        fields["Phone"] = "0000";
        fields["Delivery"] = "email";

        var response = await Staff.PostFormAsync(client, "/portal/apply", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("申请未提交：有 4 项需要修改", page, StringComparison.Ordinal);
        Assert.Contains("请填写申请人姓名", page, StringComparison.Ordinal);
        Assert.Contains("居民身份证号码无效", page, StringComparison.Ordinal);
        Assert.Contains("联系电话无效", page, StringComparison.Ordinal);
        Assert.Contains("须填写电子邮箱", page, StringComparison.Ordinal);
        Assert.Contains("value=\"示范市人民路1号\"", page, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.False(await db.Requests.AnyAsync(r => r.Description == fields["Description"]));
    }

    [Fact]
    public async Task Markup_typed_into_the_description_comes_back_encoded()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var fields = PortalForms.Application("<script>alert('x')</script>");
        fields["Name"] = "";

        var page = await (await Staff.PostFormAsync(client, "/portal/apply", fields)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_proof_of_identity_is_stored_with_the_application()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await PortalForms.ApplyWithFileAsync(client, PortalForms.Application(), "身份证.pdf", PortalForms.Pdf);

        var code = PortalForms.TrackingCodeOn(await response.Content.ReadAsStringAsync());
        await using var db = app.Database();
        var attachment = await db.Attachments.SingleAsync(a => a.TrackingCode == code);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal("身份证.pdf", attachment.FileName);
        Assert.Equal(PortalForms.Pdf, attachment.Content);
    }

    [Theory]
    [InlineData("scan.pdf", 5 * 1024 * 1024 + 1, "身份证明附件不能超过5MB")]
    [InlineData("scan.pdf", 20 * 1024 * 1024, "身份证明附件不能超过5MB")]
    [InlineData("scan.pdf", 100, "身份证明附件只接受PDF、JPEG或PNG文件")]
    public async Task A_proof_too_large_or_not_a_pdf_jpeg_or_png_is_refused(string name, int size, string message)
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var file = new byte[size];
        "%PDF-"u8.CopyTo(file);
        if (size == 100)
        {
            "MZ\x90\0"u8.CopyTo(file);
        }

        var before = await CountAsync(app);
        var response = await PortalForms.ApplyWithFileAsync(client, PortalForms.Application(), name, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task Only_accepted_applications_count_towards_the_limit_and_the_refused_one_keeps_the_form()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, submissionsPerMinute: 3);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrong = PortalForms.Application();
        wrong["Phone"] = "0000";
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Staff.PostFormAsync(client, "/portal/apply", wrong)).StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application())).StatusCode);
        }

        var before = await CountAsync(app);
        var refused = await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application("第四件申请的内容描述"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("每分钟最多提交3件申请", page, StringComparison.Ordinal);
        Assert.Contains("第四件申请的内容描述</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"示范市人民路1号\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/portal/apply")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        using var content = new FormUrlEncodedContent(PortalForms.Application());

        var response = await client.PostAsync("/portal/apply", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<int> CountAsync(GongkaiApp app)
    {
        await using var db = app.Database();
        return await db.Requests.CountAsync();
    }
}
