using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>Signs a demo account in through the real sign-in form, antiforgery token included.</summary>
public static partial class Staff
{
    public const string Password = "Gongkai#2026";

    /// <summary>A client holding the staff cookie of <paramref name="userName"/> (demo accounts: dengji, chengban, fuze, admin; add the agency's number for others, e.g. chengban3).</summary>
    public static async Task<HttpClient> SignedInAsync(GongkaiApp app, string userName, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/workspace/signin", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs the form page, takes its antiforgery token and POSTs the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
