using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>CSP, nosniff, Referrer-Policy on every answer; HSTS and Secure cookies over HTTPS; pages that keep to the CSP.</summary>
public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task Every_answer_carries_the_headers_and_no_page_needs_inline_script()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 16), "安全标头");
        using var staff = await Staff.SignedInAsync(app, "fuze");
        foreach (var path in new[] { "/", "/portal/apply", "/portal/track", "/workspace", $"/workspace/requests/{code}", $"/workspace/requests/{code}/letter", "/workspace/reports", "/no-such-page" })
        {
            var response = await staff.GetAsync(path);
            var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-inline'; ", csp.Split("style-src-attr")[0], StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), path);

            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(InlineHandler(), html);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True((await staff.GetAsync("/api/portal/agencies")).Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Over_https_cookies_are_secure_and_hsts_is_sent()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://gongkai.example/") });

        var page = await client.GetAsync("/workspace/signin");
        Assert.Contains("max-age=31536000", string.Join(" ", page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        var signIn = await Staff.PostFormAsync(client, "/workspace/signin", new() { ["UserName"] = "fuze", ["Password"] = Staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var staffCookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("gongkai.staff", StringComparison.Ordinal));
        Assert.Contains("secure", staffCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", staffCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_forwarded_https_makes_cookies_secure_and_from_anyone_else_it_does_not()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        app.Settings["Gongkai:KnownProxies"] = "10.0.0.1";
        using var viaProxy = Portal.TrackingLimitTests.Client(app, "10.0.0.1");
        viaProxy.BaseAddress = new Uri("http://gongkai.example/");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.5");
        var proxied = await viaProxy.GetAsync("/workspace/signin");
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
        Assert.All(proxied.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        using var spoofer = Portal.TrackingLimitTests.Client(app, "198.51.100.7");
        spoofer.BaseAddress = new Uri("http://gongkai.example/");
        spoofer.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var spoofed = await spoofer.GetAsync("/workspace/signin");
        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
        Assert.All(spoofed.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RequireHttps_makes_every_cookie_secure_and_redirects_plain_http()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        app.Settings["Gongkai:RequireHttps"] = "true";
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var plain = await client.GetAsync("/portal/apply");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https", plain.Headers.Location!.Scheme);
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
