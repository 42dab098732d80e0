using System.Text;

namespace Gongkai.Documents.Text;

/// <summary>How a segment's text ended in a row label.</summary>
internal readonly record struct LabelMatch(int Distance, int Length, string Printed)
{
    public bool Exact => Distance == 0;
}

/// <summary>
/// Recognises a row label at the end of a segment of text, tolerating what published reports do to labels:
/// stray spaces and line breaks, dropped or wrong characters (危机 for 危及 in 辽中区大黑岗子镇 2021,
/// 行政法案卷 for 行政执法案卷, 其他法律行政止公开 in 淮安市洪泽区 2023), and labels cut in two by their numbers.
/// </summary>
internal static class LabelMatcher
{
    /// <summary>The comparable core of a label: no numbering, brackets, quotes, punctuation or spaces.</summary>
    public static string Core(string label)
    {
        var s = StripNumbering(label.AsSpan().Trim());
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch) && ch is not ('一' or '二' or '三' or '四' or '五' or '六' or '七' or '八') || IsKeptNumeral(sb, ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    // Chinese numerals inside a label ("三安全一稳定", "三类", "四类") are words, not numbering.
    private static bool IsKeptNumeral(StringBuilder sb, char ch) =>
        ch is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' && sb.Length > 0;

    private static ReadOnlySpan<char> StripNumbering(ReadOnlySpan<char> s)
    {
        // "（三）", "(三)", "一、", "1.", "3、" at the start of a label.
        if (s.Length > 2 && s[0] is '(' or '（')
        {
            var close = s.IndexOfAny(')', '）');
            if (close is > 0 and <= 3)
            {
                s = s[(close + 1)..].TrimStart();
            }
        }

        if (s.Length > 1 && s[1] is '、' or '.' && (char.IsAsciiDigit(s[0]) || "一二三四五六七八".Contains(s[0], StringComparison.Ordinal)))
        {
            s = s[2..].TrimStart();
        }

        return s;
    }

    /// <summary>
    /// Matches the end of <paramref name="textCore"/> against <paramref name="labelCore"/>: the whole label with at
    /// most a quarter of its characters wrong, or (for labels cut by their numbers in pdftotext output, "（二）部分公开
    /// （区分处理的，只计这一情 形，不 / 4 0 0 … / 计其他情形）") a long enough beginning of it.
    /// </summary>
    public static LabelMatch? Match(string textCore, string labelCore)
    {
        if (textCore.Length == 0 || labelCore.Length == 0)
        {
            return null;
        }

        if (textCore.EndsWith(labelCore, StringComparison.Ordinal))
        {
            return new LabelMatch(0, labelCore.Length, labelCore);
        }

        // Short labels (规章, 总计, 其他) must be printed exactly: they are also column headings.
        if (labelCore.Length <= 4)
        {
            return null;
        }

        var window = textCore.Length > labelCore.Length * 2 + 4 ? textCore[^(labelCore.Length * 2 + 4)..] : textCore;
        var (distances, starts) = SuffixAlignment(window, labelCore);
        var full = distances[labelCore.Length];
        if (full * 4 <= labelCore.Length)
        {
            return new LabelMatch(full, labelCore.Length, window[starts[labelCore.Length]..]);
        }

        var minPrefix = Math.Max(6, (labelCore.Length + 1) / 2);
        for (var m = labelCore.Length - 1; m >= minPrefix; m--)
        {
            if (distances[m] * 8 <= m && window[^1] == labelCore[m - 1])
            {
                return new LabelMatch(distances[m] + 1, labelCore.Length, window[starts[m]..]);
            }
        }

        return null;
    }

    /// <summary>
    /// For each prefix length m of <paramref name="label"/>, the edit distance between label[..m] and the best suffix
    /// of <paramref name="text"/>, and where that suffix starts.
    /// </summary>
    private static (int[] Distances, int[] Starts) SuffixAlignment(string text, string label)
    {
        var n = text.Length;
        var m = label.Length;
        var prev = new int[n + 1];
        var prevStart = new int[n + 1];
        var cur = new int[n + 1];
        var curStart = new int[n + 1];
        var distances = new int[m + 1];
        var starts = new int[m + 1];
        for (var j = 0; j <= n; j++)
        {
            prevStart[j] = j;
        }

        distances[0] = 0;
        starts[0] = n;
        for (var i = 1; i <= m; i++)
        {
            cur[0] = i;
            curStart[0] = 0;
            for (var j = 1; j <= n; j++)
            {
                var diag = prev[j - 1] + (label[i - 1] == text[j - 1] ? 0 : 1);
                var up = prev[j] + 1;
                var left = cur[j - 1] + 1;
                if (diag <= up && diag <= left)
                {
                    cur[j] = diag;
                    curStart[j] = prevStart[j - 1];
                }
                else if (up <= left)
                {
                    cur[j] = up;
                    curStart[j] = prevStart[j];
                }
                else
                {
                    cur[j] = left;
                    curStart[j] = curStart[j - 1];
                }
            }

            distances[i] = cur[n];
            starts[i] = curStart[n];
            (prev, cur) = (cur, prev);
            (prevStart, curStart) = (curStart, prevStart);
        }

        return (distances, starts);
    }
}
