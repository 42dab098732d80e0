using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Oversight;

/// <summary>X09 on the demo region, both databases: the report copied from another unit, names replaced, is found and shown side by side.</summary>
public sealed class PeerCopyTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_report_copied_from_another_unit_is_found_and_shown_side_by_side(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoReports: true);
        using var client = await OversightStoreTests.SignedInAsync(app, "jiandu");
        await OversightStoreTests.WaitAsync(app, 1);
        var year = GongkaiApp.Today.Year - 1;
        int copier, source;
        await using (var db = app.Database())
        {
            copier = await db.PublishedReports.Where(r => r.Agency!.Name == DemoOversight.CopiedFromPeer && r.Year == year).Select(r => r.Id).SingleAsync();
            source = await db.PublishedReports.Where(r => r.Agency!.Name == DemoOversight.CopiedFrom && r.Year == year).Select(r => r.Id).SingleAsync();
        }

        var planted = $"{Math.Min(copier, source)}-{Math.Max(copier, source)}";
        Assert.Contains(planted, await PairsAsync(client, year));

        var compare = await client.GetStringAsync($"/oversight/similar?year={year}&a={copier}&b={source}");
        Assert.Contains("<mark>", compare, StringComparison.Ordinal);
        Assert.Contains($"{DemoOversight.CopiedFromPeer} 与 {DemoOversight.CopiedFrom}", WebUtility.HtmlDecode(compare), StringComparison.Ordinal);

        // The year before, the two units wrote their own; a pair that is not near-duplicate is not shown side by side.
        int copierBefore, sourceBefore;
        await using (var db = app.Database())
        {
            copierBefore = await db.PublishedReports.Where(r => r.Agency!.Name == DemoOversight.CopiedFromPeer && r.Year == year - 1).Select(r => r.Id).SingleAsync();
            sourceBefore = await db.PublishedReports.Where(r => r.Agency!.Name == DemoOversight.CopiedFrom && r.Year == year - 1).Select(r => r.Id).SingleAsync();
        }

        Assert.DoesNotContain($"{Math.Min(copierBefore, sourceBefore)}-{Math.Max(copierBefore, sourceBefore)}", await PairsAsync(client, year - 1));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/oversight/similar?year={year}&a={copier}&b={copier + 1000}")).StatusCode);
    }

    private static async Task<List<string>> PairsAsync(HttpClient client, int year)
    {
        var page = await client.GetStringAsync($"/oversight/similar?year={year}");
        return [.. System.Text.RegularExpressions.Regex.Matches(page, "data-pair=\"(\\d+)-(\\d+)\"")
            .Select(m => new[] { int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) })
            .Select(p => $"{p.Min()}-{p.Max()}")];
    }
}
