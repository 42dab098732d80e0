using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>The letter page's forms posted as a browser does, and a letter's DOCX read back as text.</summary>
internal static partial class Letters
{
    /// <summary>Posts one step of the letter page (拟稿, 审核, 签发) with the request's current version.</summary>
    public static async Task<HttpResponseMessage> StepAsync(HttpClient client, string code, string type, Dictionary<string, string>? fields = null, int? version = null)
    {
        var url = $"/workspace/requests/{code}/letter";
        var page = await client.GetStringAsync(url);
        var form = new Dictionary<string, string>(fields ?? []) { ["Step.Type"] = type };
        form["Step.Version"] = (version ?? int.Parse(Version().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await Staff.PostFormAsync(client, url, form);
    }

    /// <summary>The 承办人 saves the generated text as the draft; the 负责人 reviews and signs it.</summary>
    public static async Task SignAsync(HttpClient handler, HttpClient head, string code, string? text = null)
    {
        var page = await handler.GetStringAsync($"/workspace/requests/{code}/letter");
        var generated = WebUtility.HtmlDecode(Draft().Match(page).Groups[1].Value);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, code, "letterDrafted", new() { ["Step.Text"] = text ?? generated })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(head, code, "letterReviewed")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(head, code, "letterSigned")).StatusCode);
    }

    /// <summary>The paragraphs of a Word document, in order.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)];
    }

    [GeneratedRegex("name=\"Step.Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("<textarea id=\"letter-text\" name=\"Step.Text\" rows=\"14\">([^<]*)</textarea>")]
    public static partial Regex Draft();
}
