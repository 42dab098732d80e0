using System.Text;

namespace Gongkai.Documents.Text;

/// <summary>
/// Puts a part's lines back into paragraphs. Web pages, Word documents and most text copies give one paragraph a
/// line; a PDF gives the printed lines, a paragraph wrapped over several of them, its first line indented
/// (淮安市洪泽区 2024: "  一、总体情况" then "  2024 年，淮安市洪泽区人民政府坚持…中国特" / "色社会主义思想…").
/// </summary>
internal static class NarrativeParagraphs
{
    private const string SentenceEnds = "。！？；：!?;:";

    /// <summary>
    /// The width the text wraps its paragraphs at (the median prose line, in characters), or 0 when it does not
    /// wrap: most prose lines (long lines with Chinese text outside the tables) end inside a sentence.
    /// </summary>
    public static int WrapWidth(string[] lines, HashSet<int> tableLines)
    {
        int prose = 0, open = 0;
        var lengths = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (tableLines.Contains(i) || line.Length < 15 || line.Contains('\t', StringComparison.Ordinal) || !line.Any(IsChinese))
            {
                continue;
            }

            prose++;
            open += SentenceEnds.Contains(line[^1], StringComparison.Ordinal) ? 0 : 1;
            lengths.Add(Clean(line).Length);
        }

        lengths.Sort();
        return prose >= 4 && open * 2 > prose ? lengths[lengths.Count / 2] : 0;
    }

    /// <summary>
    /// The paragraphs of the lines, each with whitespace runs made one space. <c>Break</c> marks a line that can
    /// join no other (a table's line, left out as empty, or a heading line).
    /// </summary>
    public static List<string> Join(List<(string Text, bool Break)> lines, int wrapWidth)
    {
        var wrapped = wrapWidth > 0;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var blankBefore = false;
        var previousBreaks = true;
        var previousLength = 0;

        void Close()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }

        foreach (var (raw, isBreak) in lines)
        {
            var text = Clean(raw);
            if (text.Length == 0)
            {
                blankBefore = true;
                previousBreaks |= isBreak;
                continue;
            }

            var indented = raw.Length - raw.TrimStart().Length >= 2;
            var last = current.Length > 0 ? current[^1] : '。';
            var joins = wrapped && !isBreak && !previousBreaks && current.Length > 0 && !SentenceEnds.Contains(last, StringComparison.Ordinal) && !indented
                // A blank line inside a wrapped sentence is a page break whose footer ("-4-") was taken out; a short
                // line before it is a sub-heading, not a cut sentence.
                && (!blankBefore || previousLength >= 20)
                // A line well short of the width ends its paragraph (a title, a paragraph ending without a full stop).
                && previousLength * 10 >= wrapWidth * 7;
            if (!joins)
            {
                Close();
            }
            else if (char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(text[0]))
            {
                current.Append(' ');
            }

            current.Append(text);
            blankBefore = false;
            previousBreaks = isBreak;
            previousLength = text.Length;
        }

        Close();
        return paragraphs;
    }

    /// <summary>A line without its blank-cell marks, tabs and runs of spaces.</summary>
    private static string Clean(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var ch in line)
        {
            if (ch == BlankFields.Marker)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(ch);
        }

        return sb.ToString().TrimEnd();
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
