using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The portal's forms filled in as a browser would, antiforgery token included.</summary>
internal static partial class PortalForms
{
    /// <summary>The smallest PDF the portal accepts as a proof of identity (its magic bytes and trailer).</summary>
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8];

    public static Dictionary<string, string> Application(string description = "示范市2026年城市更新项目清单") => new()
    {
        ["AgencyId"] = "2",
        ["ApplicantType"] = "naturalPerson",
        ["Name"] = "张三丰",
        ["IdNumber"] = Api.PortalRequestsTests.IdNumber,
        ["Phone"] = Api.PortalRequestsTests.Phone,
        ["Address"] = "示范市人民路1号",
        ["Email"] = "",
        ["Description"] = description,
        ["Form"] = "paper",
        ["Delivery"] = "post",
    };

    /// <summary>Posts the apply form as multipart with one file, the way the page's form sends it.</summary>
    public static async Task<HttpResponseMessage> ApplyWithFileAsync(HttpClient client, Dictionary<string, string> fields, string fileName, byte[] file)
    {
        var page = await client.GetStringAsync("/portal/apply");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Attachment", fileName);
        return await client.PostAsync("/portal/apply", content);
    }

    /// <summary>Posts the apply form as multipart without a file, the way a browser sends the page's form.</summary>
    public static async Task<HttpResponseMessage> ApplyMultipartAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync("/portal/apply");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken");
        return await client.PostAsync("/portal/apply", content);
    }

    /// <summary>The tracking code shown on the confirmation page.</summary>
    public static string TrackingCodeOn(string page) => Code().Match(page) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No tracking code on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("class=\"tracking-code\">(GK\\d{4}-[0-9A-Z]{8})<")]
    private static partial Regex Code();
}
