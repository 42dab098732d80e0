using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents.Text;

namespace Gongkai.Documents.Html;

/// <summary>
/// The text of an HTML page's bytes. Order of trust: a byte-order mark; then valid UTF-8 (a page re-saved as UTF-8
/// often keeps its old <c>&lt;meta charset="gb2312"&gt;</c>, and GBK text of any length is practically never
/// valid UTF-8); then the charset the page declares (<c>&lt;meta charset&gt;</c> or the http-equiv Content-Type);
/// then GB18030, the superset of the GBK and GB2312 that government sites publish in.
/// </summary>
internal static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes) => DecodeReporting(bytes).Text;

    /// <summary>The page's text and the lines where damaged UTF-8 bytes were replaced (<see cref="TextDecoding.DecodeReporting"/>).</summary>
    public static DecodedText DecodeReporting(byte[] bytes)
    {
        if (HasBom(bytes) || IsValidUtf8(bytes) || TextDecoding.MostlyUtf8(bytes))
        {
            return TextDecoding.DecodeReporting(bytes);
        }

        return new((DeclaredEncoding(bytes) ?? TextDecoding.Gb18030).GetString(bytes), []);
    }

    /// <summary>The encoding named by the page's meta tags in its first 4 KB, if .NET knows it.</summary>
    internal static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups[1].Value.ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "x-gbk" or "gb18030" or "cp936" or "windows-936" or "euc-cn")
        {
            return TextDecoding.Gb18030;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasBom(byte[] b) =>
        b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
