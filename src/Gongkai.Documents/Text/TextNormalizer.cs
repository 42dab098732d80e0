using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Text;

/// <summary>
/// Brings a report's text to one form before it is tokenised: half-width digits and brackets, one kind of space,
/// simplified characters, page footers and Markdown table rules removed, Markdown pipes as cell separators.
/// </summary>
internal static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var traditional = TraditionalCharacters.IsTraditional(text);
        foreach (var ch in text)
        {
            switch (ch)
            {
                // Full-width ASCII (（）０-９：，．) as printed by Word and most government CMSs.
                case >= '\uFF01' and <= '\uFF5E':
                    sb.Append((char)(ch - 0xFEE0));
                    break;
                case '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\r':
                    sb.Append('\n');
                    break;
                // Markdown pipe tables, including ones shattered by PDF-to-Markdown conversion: a pipe is a cell edge
                // (turned into a tab once BlankFields has found the empty cells between pipes).
                case '*' or '#' or '`':
                    break;
                case >= '\u3400' and <= '\u9FFF' when traditional:
                    sb.Append(TraditionalCharacters.ToSimplified(ch));
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        var normalized = BlankFields.Mark(sb.ToString()).Replace('|', '\t');
        normalized = MarkdownRule().Replace(normalized, "\n");
        normalized = FooterLine().Replace(normalized, "\n");
        return InlineFooter().Replace(normalized, " ");
    }

    // "|---|:---:|" rules of Markdown tables (pipes already turned into tabs).
    [GeneratedRegex(@"^[\t :\-]*-{3,}[\t :\-]*$", RegexOptions.Multiline)]
    private static partial Regex MarkdownRule();

    // Page footers inside tables: "-3-", "— 5 —", "- 12 -", "第 3 页", "第3页 共10页", "3 / 10" (淮安市洪泽区 PDFs print "-3-").
    [GeneratedRegex(@"^[ \t]*(?:[-—–―]+[ \t]*\d{1,3}[ \t]*[-—–―]+|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex FooterLine();

    // The same footers in a report flattened onto one line, where they sit between spaces.
    [GeneratedRegex(@"(?<=\s)(?:[-—–―]{1,2} ?\d{1,3} ?[-—–―]{1,2}|第 ?\d{1,3} ?页)(?=\s)")]
    private static partial Regex InlineFooter();
}
