using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>The identity proof a citizen hands in online reaches the staff of the agency it was sent to, and no one else.</summary>
public sealed class AttachmentTests
{

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Staff_of_the_agency_download_the_proof_and_the_download_is_audited(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var citizen = app.CreateClient();
        var receipt = await PortalForms.ApplyWithFileAsync(citizen, PortalForms.Application(), "身份证 正面.pdf", PortalForms.Pdf);
        var code = PortalForms.TrackingCodeOn(await receipt.Content.ReadAsStringAsync());

        using var staff = await Staff.SignedInAsync(app, "chengban");
        var page = await staff.GetStringAsync($"/workspace/requests/{code}");
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/workspace/requests/[^\"]+handler=attachment&amp;id=\\d+)\"[^>]*>身份证 正面.pdf</a>");
        Assert.True(link.Success, "the request page lists the attachment with a download link");

        using var download = await staff.GetAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("身份证 正面.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(PortalForms.Pdf, await download.Content.ReadAsByteArrayAsync());

        await using var db = app.Database();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == "read" && e.Entity == nameof(AttachmentRecord));
        Assert.Equal("chengban", audit.Actor);
        Assert.Contains(code, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_agency_and_the_public_cannot_reach_it()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var citizen = app.CreateClient();
        var receipt = await PortalForms.ApplyWithFileAsync(citizen, PortalForms.Application(), "scan.pdf", PortalForms.Pdf);
        var code = PortalForms.TrackingCodeOn(await receipt.Content.ReadAsStringAsync());
        await using var db = app.Database();
        var id = (await db.Attachments.SingleAsync(a => a.TrackingCode == code)).Id;
        var url = $"/workspace/requests/{code}?handler=attachment&id={id}";

        using var other = await Staff.SignedInAsync(app, "chengban3");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        using var stranger = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var anonymous = await stranger.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/workspace/signin", anonymous.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == "read"));
    }
}
