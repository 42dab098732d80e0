using System.Text;

namespace Gongkai.Documents.Tables;

/// <summary>One cell of a table as a document holds it: its text and how many grid columns and rows it covers.</summary>
internal readonly record struct SourceCell(string Text, int ColSpan = 1, int RowSpan = 1);

/// <summary>
/// Turns a table of merged cells (HTML rowspan/colspan, DOCX gridSpan/vMerge) into the text the text reader takes:
/// one line per table row, the cells of the rebuilt grid joined by tabs. A merged cell's text sits only at its
/// top-left grid position, so that a row label spanning 22 rows (表三 三、本年度办理结果) or a 勾稽 note spanning
/// three columns shifts no number into another line; the positions it covers are left out of the line, and a blank
/// cell is an empty field.
/// </summary>
internal static class TableLines
{
    /// <summary>Spans beyond these are typing errors in the source (Word pastes rowspan="9999"), clamped.</summary>
    private const int MaxColSpan = 64;
    private const int MaxRowSpan = 500;

    public static IEnumerable<string> ToLines(IReadOnlyList<IReadOnlyList<SourceCell>> rows, bool markBlankCells = false)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var grid = BuildCells(rows);
        if (markBlankCells)
        {
            FillBlankCells(grid);
        }

        foreach (var row in grid)
        {
            var last = row.FindLastIndex(c => c is { Length: > 0 });
            if (last < 0)
            {
                continue;
            }

            // Positions covered by a merged cell are left out: an empty field in the line is a blank cell
            // (Text/BlankFields), and a covered position is none.
            yield return string.Join('\t', row.Take(last + 1).Where(c => c is not null));
        }
    }

    /// <summary>
    /// A blank cell of a printed table is a zero (国办公开办函〔2021〕30号 tables leave zeros blank), and only the
    /// grid knows where it is: once joined into text, "40 3 2 1 46" no longer says which of seven columns are
    /// empty. In every row that prints at least one number, or a label with every number column blank, and no other
    /// text among the number columns, each blank cell there that is not covered by a merged cell gets the blank
    /// cell marker (<see cref="Text.BlankFields.Marker"/>): the text reader reads it as zero and says so.
    /// Header rows (text among the number columns) and rows of merged cells only are left as they are.
    /// </summary>
    private static void FillBlankCells(List<List<string?>> grid)
    {
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        // The number columns start where the leftmost number of any row sits (表三: after the three label columns).
        var start = grid.Select(r => r.FindIndex(IsNumber)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (start < 0)
        {
            return;
        }

        foreach (var row in grid)
        {
            var data = Enumerable.Range(start, width - start).Select(c => c < row.Count ? row[c] : "").ToList();
            var labelled = row.Take(start).Any(c => c is { Length: > 0 });
            if (!(data.Any(IsNumber) || (labelled && data.OfType<string>().All(c => c.Length == 0))) || data.Any(c => c is { Length: > 0 } && !IsNumber(c)))
            {
                continue;
            }

            for (var c = start; c < width; c++)
            {
                if (c >= row.Count)
                {
                    row.Add(Blank);
                }
                else if (row[c] is { Length: 0 })
                {
                    row[c] = Blank;
                }
            }
        }
    }

    private static readonly string Blank = Text.BlankFields.Marker.ToString();

    private static bool IsNumber(string? text) =>
        text is { Length: > 0 } && decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The grid of texts, row by row; positions covered by a merged cell hold <c>null</c>, blank cells "".</summary>
    private static List<List<string?>> BuildCells(IReadOnlyList<IReadOnlyList<SourceCell>> rows)
    {
        var grid = new List<List<string?>>(rows.Count);
        // For each column, how many more rows a rowspan above still covers.
        var pending = new List<int>();
        for (var r = 0; r < rows.Count; r++)
        {
            var line = new List<string?>();
            var col = 0;
            foreach (var cell in rows[r])
            {
                while (col < pending.Count && pending[col] > 0)
                {
                    Set(line, col, null);
                    col++;
                }

                var colSpan = Math.Clamp(cell.ColSpan, 1, MaxColSpan);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, Math.Min(MaxRowSpan, rows.Count - r));
                for (var c = 0; c < colSpan; c++)
                {
                    Set(line, col + c, c == 0 ? Clean(cell.Text) : null);
                    while (pending.Count <= col + c)
                    {
                        pending.Add(0);
                    }

                    // Counts this row too; decremented below with every other column.
                    pending[col + c] = rowSpan;
                }

                col += colSpan;
            }

            // Columns to the right still covered by a rowspan from above.
            for (var c = col; c < pending.Count; c++)
            {
                if (pending[c] > 0)
                {
                    Set(line, c, null);
                }
            }

            for (var c = 0; c < pending.Count; c++)
            {
                if (pending[c] > 0)
                {
                    pending[c]--;
                }
            }

            grid.Add(line);
        }

        return grid;
    }

    private static void Set(List<string?> line, int col, string? text)
    {
        while (line.Count <= col)
        {
            line.Add("");
        }

        line[col] = text;
    }

    /// <summary>
    /// One cell's text on one line: tabs and line breaks become spaces (a label wrapped inside its cell, as Word
    /// does with 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」), runs of spaces collapse, and the
    /// no-break spaces of blank cells (&amp;nbsp;, U+00A0) and ideographic spaces count as blank.
    /// </summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u3000' or '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
