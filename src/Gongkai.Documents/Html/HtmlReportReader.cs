using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Documents.Limits;
using Gongkai.Documents.Tables;
using Gongkai.Documents.Text;
using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Html;

/// <summary>
/// Reads a report published as a web page: decodes it (<see cref="HtmlDecoding"/>), drops what a reader does not
/// see (scripts, styles, hidden blocks), turns each data table into tab-separated lines with its merged cells
/// rebuilt as a grid, and hands the text to <see cref="TextReportReader"/>.
/// </summary>
public static class HtmlReportReader
{
    /// <summary>Larger pages are refused (<see cref="ReaderLimits.MaxHtmlBytes"/>).</summary>
    public const int MaxBytes = ReaderLimits.MaxHtmlBytes;

    public static Result<AnnualReport> Read(string source, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
        {
            return Result.Fail<AnnualReport>($"HTML 文件过大（{bytes.Length / (1024 * 1024)} MB），超过 {MaxBytes / (1024 * 1024)} MB 的上限，不像是一份年度报告网页");
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            return Result.Fail<AnnualReport>("文件扩展名是 HTML，但内容不是文本（含二进制内容），无法读取");
        }

        var decoded = HtmlDecoding.DecodeReporting(bytes);
        if (HtmlGuard.Refusal(decoded.Text) is { } refusal)
        {
            return Result.Fail<AnnualReport>(refusal);
        }

        return TextReportReader.Read(ToText(decoded.Text), source, [.. decoded.Findings()]);
    }

    /// <summary>The page as the text reader takes it: the page title first, then every visible block and table row.</summary>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var lines = new LineBuilder();
        // The <title> is often the report's full title ("…2023年政府信息公开工作年度报告_…人民政府") where the
        // body starts with a shorter heading; the site name after the separator is dropped.
        if (TitleOf(document) is { Length: > 0 } title)
        {
            lines.Append(title);
            lines.Break();
        }

        if (document.Body is { } body)
        {
            Walk(body, lines);
        }

        return lines.ToString();
    }

    private static string? TitleOf(IDocument document)
    {
        var title = TableLines.Clean(document.Title ?? "");
        var parts = title.Split(['_', '|', '－', '—'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.FirstOrDefault(p => p.Contains("报告", StringComparison.Ordinal)) ?? (parts.Length > 0 ? parts[0] : null);
    }

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "select", "button", "object", "canvas", "head", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer",
        "nav", "aside", "main", "blockquote", "pre", "center", "form", "hr", "tr", "td", "th", "caption", "thead", "tbody", "tfoot", "figure", "address",
    };

    /// <summary>
    /// Deeper than this, a page is malformed (unclosed &lt;div&gt;s by the thousand in broken CMS output); the
    /// rest of such a branch is read as plain text so that recursion cannot exhaust the stack.
    /// </summary>
    private const int MaxDepth = 200;

    private static void Walk(INode node, LineBuilder lines, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            lines.Append(node.TextContent);
            lines.Break();
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    lines.Append(text.Data);
                    break;
                case IElement element:
                    WalkElement(element, lines, depth + 1);
                    break;
            }
        }
    }

    private static void WalkElement(IElement element, LineBuilder lines, int depth)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name) || IsHidden(element))
        {
            return;
        }

        if (name == "br")
        {
            lines.Break();
            return;
        }

        // A table that holds no other table is data; one that does is page layout (old CMS templates put the
        // whole article, report table included, in one cell of a layout table) and is read as blocks.
        if (element is IHtmlTableElement table && table.QuerySelector("table") is null)
        {
            lines.Break();
            foreach (var line in TableLines.ToLines(Rows(table), markBlankCells: true))
            {
                lines.AppendLine(line);
            }

            return;
        }

        var block = Blocks.Contains(name) || name == "table";
        if (block)
        {
            lines.Break();
        }

        Walk(element, lines, depth);
        if (block)
        {
            lines.Break();
        }
    }

    private static List<IReadOnlyList<SourceCell>> Rows(IHtmlTableElement table) =>
        [.. table.Rows.Select(r => (IReadOnlyList<SourceCell>)[.. r.Cells.Where(c => !IsHidden(c)).Select(c => new SourceCell(CellText(c), c.ColumnSpan, c.RowSpan))])];

    /// <summary>
    /// A cell's visible text on one line. Word-pasted cells split a label over several spans
    /// (<c>&lt;span&gt;三、本年度&lt;/span&gt;&lt;span&gt;办理结果&lt;/span&gt;</c>), which join without a gap; paragraphs
    /// inside one cell join with a space.
    /// </summary>
    private static string CellText(IElement cell)
    {
        var inner = new LineBuilder();
        Walk(cell, inner);
        return inner.ToString().Replace('\n', ' ');
    }

    /// <summary>Inline <c>display:none</c> (Word's hidden spans, collapsed site menus) is not part of the page a person reads.</summary>
    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));
}
