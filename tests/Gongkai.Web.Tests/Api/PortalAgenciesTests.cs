using System.Net.Http.Json;
using Gongkai.Data;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Api;

public sealed class PortalAgenciesTests
{
    private sealed record AgencyItem(int Id, string Name);

    [Theory]
    [MemberData(nameof(Gongkai.Testing.TestDatabases.Providers), MemberType = typeof(Gongkai.Testing.TestDatabases))]
    public async Task The_demo_region_lists_its_agencies_from_province_to_township(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var agencies = await client.GetFromJsonAsync<AgencyItem[]>("/api/portal/agencies");
        Assert.NotNull(agencies);
        Assert.Contains(agencies, a => a.Name == "示范省人民政府");
        Assert.Contains(agencies, a => a.Name == "示范县城关镇人民政府");
        Assert.All(agencies, a => Assert.True(a.Id > 0));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_portal_api()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, demoData: false);
        using var client = app.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/portal/agencies", document, StringComparison.Ordinal);
    }
}
