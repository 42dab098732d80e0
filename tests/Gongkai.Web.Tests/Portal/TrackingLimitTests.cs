using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Portal;

/// <summary>Guessing the phone's last four digits: 5 failures per code, 20 per address, in the database.</summary>
public sealed class TrackingLimitTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Five_wrong_endings_close_the_code_to_everyone_even_with_the_right_digits(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await ApplyAsync(app);
        using var attacker = Client(app, "198.51.100.7");
        for (var guess = 0; guess < 5; guess++)
        {
            var page = await TrackAsync(attacker, code, guess.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("未找到相符的申请", page, StringComparison.Ordinal);
        }

        var right = await Staff.PostFormAsync(attacker, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678" });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var refused = await right.Content.ReadAsStringAsync();
        Assert.Contains("核验失败次数过多", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("张**", refused, StringComparison.Ordinal);

        // Another client, another address: the limit is the code's, kept on the server.
        using var elsewhere = Client(app, "203.0.113.9");
        var api = await elsewhere.GetAsync($"/api/portal/requests/{code}?verify=5678");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("核验失败次数过多", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("applicantName", out _));

        // The status without the applicant's details stays open to the public.
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync($"/api/portal/requests/{code}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Twenty_misses_from_one_address_close_tracking_to_that_address_only(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await ApplyAsync(app);
        using var prober = Client(app, "198.51.100.7");
        for (var i = 0; i < 20; i++)
        {
            var miss = await prober.GetAsync($"/api/portal/requests/GK2026-{i:00000000}?verify=1234");
            Assert.Equal(HttpStatusCode.NotFound, miss.StatusCode);
        }

        var blocked = await prober.GetAsync($"/api/portal/requests/{code}?verify=5678");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("查询失败次数过多", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var citizen = Client(app, "203.0.113.9");
        var own = await citizen.GetFromJsonAsync<JsonElement>($"/api/portal/requests/{code}?verify=5678");
        Assert.Equal("张**", own.GetProperty("applicantName").GetString());
    }

    internal static HttpClient Client(GongkaiApp app, string address)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(GongkaiApp.ClientAddressHeader, address);
        return client;
    }

    private static async Task<string> ApplyAsync(GongkaiApp app)
    {
        using var client = app.CreateClient();
        var response = await Staff.PostFormAsync(client, "/portal/apply", PortalForms.Application());
        return PortalForms.TrackingCodeOn(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> TrackAsync(HttpClient client, string code, string digits) =>
        await (await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = digits })).Content.ReadAsStringAsync();
}
