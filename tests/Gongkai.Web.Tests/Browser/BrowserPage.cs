using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gongkai.Web.Tests.Browser;

/// <summary>
/// One browser page in its own context (cookies are not shared with other pages); closes both on dispose.
/// The Playwright page is <see cref="Page"/>; the common steps are forwarded here.
/// </summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public IBrowserContext Context { get; } = context;

    /// <summary>Navigates and fails unless the platform answered 2xx (after redirects).</summary>
    public async Task<IResponse> GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url) ?? throw new InvalidOperationException($"No response from {url}.");
        Assert.True(response.Ok, $"GET {url} answered {response.Status}.");
        return response;
    }

    public ILocator Locator(string selector) => Page.Locator(selector);

    /// <summary>Fills the form field whose <c>name</c> is <paramref name="name"/> (as Razor Pages' <c>asp-for</c> writes it).</summary>
    public Task FillAsync(string name, string value) => Page.Locator($"[name=\"{name}\"]").FillAsync(value);

    /// <summary>Waits until the address ends with <paramref name="path"/> (query string ignored).</summary>
    public Task WaitForPathAsync(string path) =>
        Page.WaitForURLAsync(new Regex("^[^?#]*" + Regex.Escape(path) + "([?#].*)?$", RegexOptions.CultureInvariant));

    /// <summary>A full-page PNG under <see cref="PlatformInBrowser.ScreenshotFolder"/>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(PlatformInBrowser.ScreenshotFolder);
        var path = Path.Combine(PlatformInBrowser.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
