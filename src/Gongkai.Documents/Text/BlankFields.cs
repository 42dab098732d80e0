using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Text;

/// <summary>
/// Finds the blank cells of table rows whose cells are still separated: a browser's copy of an HTML table (one line
/// per row, cells joined by tabs, a blank cell an empty field: "一、本年新收…\t821\t35\t\t\t2\t1\t859", 上海市人民政府办公厅
/// 2019), Markdown pipe rows ("| 规章 |  | 6 |") and pages flattened with each cell followed by a line holding only
/// "|" (新疆 乡镇 2023 reports: "0\n|\n|\n6"). Once the separators become spaces the position of a blank is lost and
/// the row could only be guessed at, so each blank cell of a data row is marked with <see cref="Marker"/>, which
/// the tokenizer reads as a blank cell (zero, 国办公开办函〔2021〕30号 tables leave zeros blank).
/// </summary>
internal static partial class BlankFields
{
    /// <summary>Stands for one blank cell in normalised text (a private-use character no report prints).</summary>
    public const char Marker = '\uE000';

    // A table of the one-cell-then-"|" layout has a "|" line per cell: 表二 alone has more than twenty.
    private const int PipeLayoutLines = 10;

    private const int MaxRowLength = 2000;

    // 表四 prints its fifteen cells as one row (行政复议 and the two 行政诉讼 groups, five cells each).
    private const int ReviewWidth = 15;

    public static string Mark(string text)
    {
        if (text.IndexOf('\t', StringComparison.Ordinal) < 0 && text.IndexOf('|', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var original = text.Split('\n');
        var lines = (string[])original.Clone();
        var changed = false;
        var cellPipeLayout = original.Count(IsCellThenPipe) >= PipeLayoutLines;
        var pipeLayout = !cellPipeLayout && original.Count(l => l.Trim() == "|") >= PipeLayoutLines;
        for (var i = 0; i < lines.Length; i++)
        {
            var marked = original[i].Trim() == "|" ? cellPipeLayout ? (ClosesRow(original, i) ? null : Marker.ToString()) : PipeLine(original, i, pipeLayout)
                : cellPipeLayout && EmptyCellThenCovered().IsMatch(original[i]) ? Marker.ToString()
                : RowLine(original[i]);
            if (marked is not null)
            {
                lines[i] = marked;
                changed = true;
            }
        }

        return changed ? string.Join('\n', lines) : text;
    }

    /// <summary>
    /// A data row on one line: after its last text field (the label, which may itself take several fields, as
    /// "（三）不予公开\t1.属于国家秘密"), only numbers and empty fields (a row of zeros left blank,
    /// "3.危及“三安全一稳定”\t\t\t\t\t\t\t"); without a label, at least two numbers. Empty fields there become
    /// <see cref="Marker"/>. With tabs every field counts, the last one too (a tab at the end of a copied row is
    /// a blank last cell); with pipes the edge pipes of "| a | b |" enclose nothing.
    /// </summary>
    private static string? RowLine(string line)
    {
        // One table row is a few hundred characters at most; a longer line is a whole report or no table.
        if (line.Length > MaxRowLength || (line.IndexOf('\t', StringComparison.Ordinal) < 0 && line.IndexOf('|', StringComparison.Ordinal) < 0))
        {
            return null;
        }

        var body = line.Trim(' ');
        var leadingPipe = body.StartsWith('|');
        var trailingPipe = body.EndsWith('|') && body.Length > 1;
        if (leadingPipe)
        {
            body = body[1..];
        }

        if (trailingPipe)
        {
            body = body[..^1];
        }

        var fields = body.Split('\t', '|');
        var last = Array.FindLastIndex(fields, f => f.Trim().Length > 0 && !IsNumber(f));
        if (last < 0)
        {
            // No label on the line (表四's one row of numbers): a line of one number is no row but a cell, its
            // tabs indentation ("\t0", one cell per line in reports pasted from Word, seed 001).
            // A line of fifteen empty fields is 表四's one row copied with every cell blank.
            var filled = fields.Count(f => f.Trim().Length > 0);
            if (filled == 0 && fields.Length == ReviewWidth && !leadingPipe)
            {
                return string.Join('\t', Enumerable.Repeat(Marker.ToString(), ReviewWidth));
            }

            if (filled < 2)
            {
                return null;
            }
        }

        var values = fields.Skip(last + 1).ToArray();
        var numbers = values.Count(IsNumber);
        var blanks = values.Length - numbers;
        if (blanks == 0 || (numbers == 0 && last < 0))
        {
            return null;
        }

        // "第二十条第（一）项 | |||": pipes with nothing between them are the positions a header cell's colspan
        // covered (区县 pages flattened from HTML, 天津市红桥区 2022), not blank cells of a row.
        if (numbers == 0 && body.Contains("||", StringComparison.Ordinal))
        {
            return null;
        }

        var sb = new StringBuilder(line.Length + blanks);
        if (leadingPipe)
        {
            sb.Append('|');
        }

        for (var f = 0; f < fields.Length; f++)
        {
            if (f > 0)
            {
                sb.Append('\t');
            }

            sb.Append(f > last && fields[f].Trim().Length == 0 ? Marker.ToString() : fields[f]);
        }

        if (trailingPipe)
        {
            sb.Append('|');
        }

        return sb.ToString();
    }

    /// <summary>
    /// In the one-cell-then-"|" layout (a document with many lines holding only "|") such a line right after
    /// another one closes an empty cell.
    /// </summary>
    private static string? PipeLine(string[] lines, int i, bool pipeLayout)
    {
        var previous = i - 1;
        while (previous >= 0 && lines[previous].Trim().Length == 0)
        {
            previous--;
        }

        return pipeLayout && previous >= 0 && lines[previous].Trim() == "|" ? $"{Marker}|" : null;
    }

    /// <summary>
    /// In the one-cell-then-"|" layout a lone "|" also closes each row ("行政处罚 |", "|", "+239 |", "239 |", "|",
    /// "行政强制 |": 2019 reports of 交通运输局 pages, 武汉市汉阳区 2022): one that a label follows is that row end,
    /// not a blank cell; before another lone "|" or a number it is a blank cell.
    /// </summary>
    private static bool ClosesRow(string[] lines, int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
        {
            var next = lines[j].Trim();
            if (next.Length == 0)
            {
                continue;
            }

            var cell = next.TrimEnd('|').Trim();
            return cell.Length > 0 && !IsNumber(cell);
        }

        return true;
    }

    /// <summary>
    /// "规章 |", "0 |": pages flattened from HTML with each cell on a line of its own ending in " |" (区统计局 2023,
    /// 岳阳市南湖新区 2019, 武汉市汉阳区 2022); there a line holding only "|" is a blank cell or closes a row (<see cref="ClosesRow"/>).
    /// </summary>
    private static bool IsCellThenPipe(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 2 && t[^1] == '|' && t.IndexOf('|', StringComparison.Ordinal) == t.Length - 1;
    }

    /// <summary>A cell holding a number as the tables print them: "1,584", "-3", "+19", "减4", "0.5", "251000元", "2.3万元".</summary>
    private static bool IsNumber(string field)
    {
        var t = field.Trim();
        if (t.EndsWith("万元", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        else if (t.EndsWith('元') || t.EndsWith('%') || t.EndsWith('件'))
        {
            t = t[..^1];
        }

        if (t.StartsWith('-') || t.StartsWith('+') || t.StartsWith('增') || t.StartsWith('减'))
        {
            t = t[1..];
        }

        return t.Length > 0 && char.IsAsciiDigit(t[0]) && t.All(c => char.IsAsciiDigit(c) || c is ',' or '.');
    }

    // "| ||" in the one-cell-per-line layout: a blank cell, then the positions a colspan covered (高新区社会发展局 2022).
    [GeneratedRegex(@"^\s*\|\s+\|+\s*$")]
    private static partial Regex EmptyCellThenCovered();
}
