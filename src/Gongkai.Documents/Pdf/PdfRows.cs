using Gongkai.Documents.Tables;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// The rows of one table: each line with figures is a row, and the label lines around it are given to rows. A label
/// wraps inside its cell and its figures sit beside its first, middle or last line (Chromium centres them in the
/// cell, Word puts them at the top): label lines above the figures belong to the row, as does a line below that
/// goes on with a numbered label of the row above in the same column (「2.没有现成信息需要另行」 / 「制作」). A
/// numbered label with no figures before the next label of its column is a row of blank cells (「2.其他法律行政法规禁止
/// 公开」 in 上海市人民政府办公厅's 2019 表三).
/// </summary>
internal static class PdfRows
{
    private sealed class LabelCell(PdfChunk chunk)
    {
        public double X { get; } = chunk.XMin;

        public bool Numbered { get; } = chunk.Numbered;

        public double LastY { get; set; } = chunk.CenterY;

        public string Text { get; set; } = chunk.Text;
    }

    private sealed record Row(List<LabelCell> Labels, string?[] Cells);

    /// <summary>Labels of different columns start this far apart at least; the lines of one label start together.</summary>
    private const double SameColumn = 4;

    public static List<IReadOnlyList<SourceCell>> Build(List<PdfLine> header, List<PdfLine> body, double edge,
        List<(double Min, double Max)> columns, double figure, out List<string> headerLines)
    {
        // Label lines under the last line of headings are the first rows, blank or with figures further down.
        var lastHeading = header.FindLastIndex(l => l.Chunks.Any(c => c.CenterX >= edge - 5));
        headerLines = [.. header.Take(lastHeading + 1).Select(l => l.ToString())];
        var lines = header.Skip(lastHeading + 1).Concat(body).ToList();

        var labels = lines.SelectMany(l => l.Chunks.Where(c => !IsCell(c, l, edge))).ToList();
        var rows = new List<Row>();
        var pending = new List<LabelCell>();
        var index = 0;
        foreach (var line in lines)
        {
            LabelCell? left = null;
            foreach (var chunk in line.Chunks.Where(c => !IsCell(c, line, edge)))
            {
                var at = index++;
                // Justified text spaces a label's characters apart (「5.要求行政机关确认或重 新出具」 in 淮安市洪泽区's
                // 2024 report): an unnumbered piece right of a label on its line goes on with that label.
                if (!chunk.Numbered && left is not null)
                {
                    left.Text += chunk.Text;
                    continue;
                }

                if (chunk.Numbered)
                {
                    var sibling = pending.Any(p => p.Numbered && Math.Abs(p.X - chunk.XMin) <= SameColumn);
                    var deeper = pending.Any(p => p.Numbered && p.X > chunk.XMin + SameColumn);
                    if (sibling || (deeper && !IsParent(labels, at)))
                    {
                        Flush(rows, pending, columns.Count);
                    }

                    left = new LabelCell(chunk);
                    pending.Add(left);
                    continue;
                }

                var open = pending.LastOrDefault(p => Math.Abs(p.X - chunk.XMin) <= SameColumn);
                // A hanging indent puts the next line of 「5.要求行政机关确认或重新出具 / 已获取信息」 under the text, not the number.
                var above = rows.Count == 0 ? null : rows[^1].Labels.Where(p => p.Numbered && chunk.XMin >= p.X - SameColumn && chunk.XMin <= p.X + 2 * figure).MaxBy(p => p.X);
                if (open is null && !line.HasNumbers && above is not null && chunk.CenterY - above.LastY <= 2 * figure
                    && !pending.Any(p => p.Numbered && p.X >= chunk.XMin - SameColumn))
                {
                    open = above;
                }

                if (open is null)
                {
                    open = new LabelCell(chunk);
                    pending.Add(open);
                }
                else
                {
                    open.Text += chunk.Text;
                    open.LastY = chunk.CenterY;
                }

                left = open;
            }

            if (line.HasNumbers)
            {
                var cells = new string?[columns.Count];
                foreach (var chunk in line.Chunks.Where(c => IsCell(c, line, edge)))
                {
                    var c = PdfColumns.ColumnOf(columns, chunk);
                    cells[c] = cells[c] is null ? chunk.Text : $"{cells[c]} {chunk.Text}";
                }

                rows.Add(new Row([.. pending], cells));
                pending.Clear();
            }
        }

        if (pending.Any(p => p.Numbered))
        {
            Flush(rows, pending, columns.Count);
        }

        var result = rows.Select(r => (IReadOnlyList<SourceCell>)[
            new SourceCell(string.Join(" ", r.Labels.OrderBy(l => l.X).Select(l => l.Text))),
            .. r.Cells.Select(c => new SourceCell(c ?? "")),
        ]).ToList();
        // Label text left over after the last row (not numbered, so no blank row) is kept as a line of its own.
        if (pending.Count > 0)
        {
            result.Add([new SourceCell(string.Join(" ", pending.Select(p => p.Text)), 1 + columns.Count)]);
        }

        return result;
    }

    private static bool IsCell(PdfChunk chunk, PdfLine line, double edge) => line.HasNumbers && chunk.XMin >= edge - 2;

    /// <summary>A row of blank cells: the pending labels with no figures.</summary>
    private static void Flush(List<Row> rows, List<LabelCell> pending, int width)
    {
        if (pending.Count > 0)
        {
            rows.Add(new Row([.. pending], new string?[width]));
            pending.Clear();
        }
    }

    /// <summary>
    /// Whether a numbered label in an outer column heads the rows around it rather than being a row of its own: the
    /// next label text in another column is further right. Chromium centres 「三、本年度办理结果」 in its cell of
    /// 22 rows, so it is printed between the rows of 「（四）无法提供」.
    /// </summary>
    private static bool IsParent(List<PdfChunk> labels, int at)
    {
        var x = labels[at].XMin;
        var next = labels.Skip(at + 1).FirstOrDefault(c => Math.Abs(c.XMin - x) > SameColumn);
        return next is not null && next.XMin > x + SameColumn;
    }
}
