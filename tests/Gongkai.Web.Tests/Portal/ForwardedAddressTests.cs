using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Portal;

/// <summary>Behind a configured proxy every citizen has a limit of their own; nobody else can choose their address.</summary>
public sealed class ForwardedAddressTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Citizens_behind_the_known_proxy_are_limited_each_on_their_own_address(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, submissionsPerMinute: 2);
        app.Settings["Gongkai:KnownProxies"] = "10.0.0.0/8";
        using var first = Citizen(app, "203.0.113.1");
        using var second = Citizen(app, "203.0.113.2");

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Staff.PostFormAsync(first, "/portal/apply", PortalForms.Application())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Staff.PostFormAsync(first, "/portal/apply", PortalForms.Application())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Staff.PostFormAsync(second, "/portal/apply", PortalForms.Application())).StatusCode);
    }

    [Fact]
    public async Task A_client_that_is_not_a_known_proxy_cannot_escape_the_limit_by_forging_the_header()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, submissionsPerMinute: 2);
        app.Settings["Gongkai:KnownProxies"] = "10.0.0.1";
        using var client = TrackingLimitTests.Client(app, "198.51.100.7");
        for (var i = 0; i < 3; i++)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 10}");
            var response = await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application());
            Assert.Equal(i < 2 ? HttpStatusCode.Redirect : HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    [Fact]
    public async Task Without_configured_proxies_the_forwarded_header_is_ignored()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite, submissionsPerMinute: 1);
        using var client = TrackingLimitTests.Client(app, "127.0.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");
        Assert.Equal(HttpStatusCode.Redirect, (await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application())).StatusCode);
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.78");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application())).StatusCode);
    }

    [Fact]
    public async Task The_tracking_limit_keys_on_the_forwarded_address()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        app.Settings["Gongkai:KnownProxies"] = "10.0.0.1";
        app.Settings["Gongkai:TrackingFailuresPerAddress"] = "3";
        using var prober = Citizen(app, "203.0.113.1", proxy: "10.0.0.1");
        using var neighbour = Citizen(app, "203.0.113.2", proxy: "10.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await prober.GetAsync($"/api/portal/requests/GK2026-{i:00000000}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await prober.GetAsync("/api/portal/requests/GK2026-99999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/api/portal/requests/GK2026-99999999")).StatusCode);
    }

    private static HttpClient Citizen(GongkaiApp app, string address, string proxy = "10.1.2.3")
    {
        var client = TrackingLimitTests.Client(app, proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
