using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Bench.Oversight;

/// <summary>A client of the platform holding the 监督员's staff cookie.</summary>
internal static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<HttpClient> SignedInAsync(Uri address, string user, string password)
    {
        var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(10),
        };
        using var response = await http.PostAsJsonAsync("api/session", new { userName = user, password }, Json);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            http.Dispose();
            throw new InvalidOperationException($"Sign-in of {user} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return http;
    }
}
