namespace Gongkai.Documents.Limits;

/// <summary>
/// Counts a page's elements and how deep they nest before the HTML parser builds it, whose time grows with the
/// square of the depth (html_deep__div_100000.html, 100,000 nested &lt;div&gt;, took 186 s; 1,000,000 unclosed
/// &lt;b&gt; had not ended after 10 s). A quick scan of the tags, not a parser: elements that never need closing (void elements)
/// or close themselves (&lt;p&gt;, &lt;li&gt;, &lt;td&gt;, &lt;tr&gt; and the like, left open by many CMS pages) do not
/// add depth; comments and the text of scripts and styles are skipped.
/// </summary>
internal static class HtmlGuard
{
    private static readonly HashSet<string> NoDepth = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "!doctype",
    };

    /// <summary>Why the page must not be parsed (Chinese), or null when it is within the limits.</summary>
    public static string? Refusal(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (depth, elements) = (0, 0);
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                at = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '!'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                at++;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                break;
            }

            if (closing)
            {
                depth -= NoDepth.Contains(name) ? 0 : 1;
                depth = Math.Max(depth, 0);
                at = end + 1;
                continue;
            }

            if (++elements > ReaderLimits.MaxHtmlElements)
            {
                return $"网页中的 HTML 元素超过 {ReaderLimits.MaxHtmlElements:N0} 个的上限（第{LineOf(html, at)}行附近），不像是一份年度报告网页，未读取";
            }

            var selfClosed = html[end - 1] == '/';
            if (!selfClosed && !NoDepth.Contains(name) && ++depth > ReaderLimits.MaxHtmlDepth)
            {
                return $"网页中的 HTML 元素嵌套超过 {ReaderLimits.MaxHtmlDepth} 层（第{LineOf(html, at)}行附近的「<{name}>」），页面结构异常（未闭合的标签或恶意构造），未读取";
            }

            // The text of a script or style is not markup: "<" in it starts no tag.
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                depth--;
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                at = close < 0 ? html.Length : close;
                continue;
            }

            at = end + 1;
        }

        return null;
    }

    private static int LineOf(string html, int position) => html.AsSpan(0, position).Count('\n') + 1;
}
