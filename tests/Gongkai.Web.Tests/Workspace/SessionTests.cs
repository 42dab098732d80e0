using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>Sign-out ends the session on the server: a copy of the cookie stops working too.</summary>
public sealed class SessionTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_copied_cookie_stops_working_at_sign_out(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var owner = await Staff.SignedInAsync(app, "chengban");
        var cookie = await StaffCookieAsync(owner);
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/api/workspace/requests")).StatusCode);

        var signOut = await Staff.PostFormAsync(owner, "/workspace/signout", [], formPage: "/workspace");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var page = await thief.GetAsync("/workspace");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/workspace/signin", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/workspace/requests")).StatusCode);

        // Signing in again gives a new session that works.
        using var again = await Staff.SignedInAsync(app, "chengban");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/workspace")).StatusCode);
    }

    // The staff cookie as a Cookie header, read from the client's own request to the app.
    private static async Task<string> StaffCookieAsync(HttpClient client)
    {
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/workspace");
        var response = await client.SendAsync(probe);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = probe.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : "";
        var staff = header.Split("; ").Where(c => c.StartsWith("gongkai.staff", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(staff);
        return string.Join("; ", staff);
    }
}
