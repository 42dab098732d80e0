using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The citizen reads the outcome in plain words; the 表三 counting notes are shown to staff only.</summary>
public sealed class OutcomeWordsTests
{
    [Fact]
    public async Task The_citizen_sees_the_plain_outcome_and_the_staff_the_counting_note()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var code = await TrackPageTests.ApplyAsync(client, PortalForms.Application());
        await using (var db = app.Database("chengban"))
        {
            var record = await db.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
            var request = RequestLog.Rebuild(record, RequestPolicy.Official(app.Clock)).Value!;
            Assert.True(RequestLog.Append(record, request, new Decided(GongkaiApp.Today, Outcome.PartiallyDisclosed, new() { Withheld = [new WithheldPart("身份证号码", Outcome.ThirdPartyRights, "涉及个人隐私")] }), "chengban", app.Clock.GetUtcNow()).IsSuccess);
            await db.SaveChangesAsync();
        }

        var track = await (await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678" })).Content.ReadAsStringAsync();
        Assert.Contains("部分公开，提供可以公开的部分（第三十七条）", track, StringComparison.Ordinal);
        Assert.DoesNotContain("只计", track, StringComparison.Ordinal);
        Assert.DoesNotContain("区分处理的", track, StringComparison.Ordinal);
        var api = await client.GetStringAsync($"/api/portal/requests/{code}?verify=5678");
        Assert.DoesNotContain("只计", api, StringComparison.Ordinal);

        using var staff = await Staff.SignedInAsync(app, "chengban");
        var details = await staff.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("部分公开，提供可以公开的部分（第三十七条）", details, StringComparison.Ordinal);
        Assert.Contains("区分处理的，只计这一情形", details, StringComparison.Ordinal);
    }
}
