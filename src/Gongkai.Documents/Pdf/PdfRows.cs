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
    private sealed class LabelCell(double key, PdfChunk chunk, bool numbered)
    {
        /// <summary>Where the label's column is: its left edge, or its centre where labels are centred in their cells.</summary>
        public double Key { get; } = key;

        public double Left { get; } = chunk.XMin;

        public double Center { get; } = chunk.CenterX;

        /// <summary>Opens a row: a numbered label, or any label of a table without numbering.</summary>
        public bool Numbered { get; } = numbered;

        /// <summary>A label printed after rows of a column further right: the middle of a merged cell over them.</summary>
        public bool AmongChildren { get; init; }

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
        var lastHeading = header.FindLastIndex(l => l.Chunks.Any(c => PdfColumns.OverFigures(c, l, body, edge)));
        headerLines = [.. header.Take(lastHeading + 1).Select(l => l.ToString())];
        var lines = header.Skip(lastHeading + 1).Concat(body).ToList();

        var labels = lines.SelectMany(l => l.Chunks.Where(c => !IsCell(c, l, edge))).ToList();
        // 表二's labels carry no numbering (规章, 行政许可): there each label line is a row of its own.
        var numberedTable = labels.Any(c => c.Numbered);
        Func<PdfChunk, double> key = LeftAligned(labels) ? c => c.XMin : c => c.CenterX;
        var rows = new List<Row>();
        var pending = new List<LabelCell>();
        var index = 0;
        foreach (var line in lines)
        {
            LabelCell? left = null;
            foreach (var chunk in line.Chunks.Where(c => !IsCell(c, line, edge)))
            {
                var at = index++;
                var k = key(chunk);
                if (chunk.Numbered || !numberedTable)
                {
                    var sibling = pending.Any(p => p.Numbered && SameCell(p, chunk));
                    var deeper = pending.Any(p => p.Numbered && p.Key > k + SameColumn);
                    // A label further left on a line above, not in the middle of rows of its own: a row of blank
                    // cells across the label columns (「二、上年结转政府信息公开申请数量」 above 「（一）予以公开」).
                    var blankAbove = pending.Any(p => p.Numbered && !p.AmongChildren && p.Key < k - SameColumn && p.LastY < chunk.CenterY - 0.45 * figure);
                    if (sibling || blankAbove || (deeper && !IsParent(labels, at, key)))
                    {
                        Flush(rows, pending, columns.Count);
                    }

                    left = new LabelCell(k, chunk, true) { AmongChildren = rows.Count > 0 && rows[^1].Labels.Any(l => l.Key > k + SameColumn && !SameCell(l, chunk)) };
                    pending.Add(left);
                    continue;
                }

                var open = pending.LastOrDefault(p => SameCell(p, chunk));
                var above = rows.Count == 0 ? null : rows[^1].Labels.Where(p => p.Numbered && Continues(p, chunk, figure)).MaxBy(p => p.Key);
                if (open is null && !line.HasNumbers && above is not null && chunk.CenterY - above.LastY <= 2 * figure
                    && !pending.Any(p => p.Numbered && p.Key >= k - SameColumn))
                {
                    open = above;
                }

                // Justified text spaces a label's characters apart (「5.要求行政机关确认或重 新出具」 in 淮安市洪泽区's
                // 2024 report): an unnumbered piece right of a label on its line, and of no label above, goes on with it.
                open ??= left;

                if (open is null)
                {
                    open = new LabelCell(k, chunk, false);
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

        // The grid knows its figure columns, even one blank in every row, which TableLines would take for a label
        // column: a blank cell of a row whose cells are all figures or blank is 0 here already.
        var result = rows.Select(r => (IReadOnlyList<SourceCell>)[
            new SourceCell(string.Join(" ", r.Labels.OrderBy(l => l.Key).Select(l => l.Text))),
            .. r.Cells.Select(c => new SourceCell(c ?? (r.Cells.All(x => x is null || PdfLines.NumberPattern().IsMatch(x)) ? "0" : ""))),
        ]).ToList();
        // Label text left over after the last row (not numbered, so no blank row) is kept as a line of its own.
        if (pending.Count > 0)
        {
            result.Add([new SourceCell(string.Join(" ", pending.Select(p => p.Text)), 1 + columns.Count)]);
        }

        return result;
    }

    /// <summary>
    /// Whether a label line stands in the column of a label above: both start or both centre there. The HTML
    /// writer's layout left-aligns long labels and centres short ones in the same column (「5.属于三类内部事务信息」,
    /// 「1.属于国家秘密」), and centres labels over two columns (「（一）予以公开」, 「（二）部分公开（区分处理的，…」).
    /// </summary>
    private static bool SameCell(LabelCell cell, PdfChunk chunk) =>
        Math.Abs(cell.Left - chunk.XMin) <= SameColumn || Math.Abs(cell.Center - chunk.CenterX) <= SameColumn;

    /// <summary>
    /// Whether a table's labels start at a few left edges (Word's and most pages' label cells) rather than being
    /// centred (the HTML writer's official layout, printed by Chromium): its numbered labels start at no more
    /// places than they centre at.
    /// </summary>
    private static bool LeftAligned(List<PdfChunk> labels)
    {
        var numbered = labels.Where(c => c.Numbered).ToList();
        return Places(numbered.Select(c => c.XMin)) <= Places(numbered.Select(c => c.CenterX));
    }

    /// <summary>How many places the values fall at, values less than <see cref="SameColumn"/> apart taken as one.</summary>
    private static int Places(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Where((x, i) => i == 0 || x - sorted[i - 1] > SameColumn).Count();
    }

    /// <summary>
    /// Whether a label line goes on with a label above: the same column, or a hanging indent that puts the next line of 「5.要求行政机关确认或重新出具 / 已获取信息」 under
    /// the text, not the number.
    /// </summary>
    private static bool Continues(LabelCell cell, PdfChunk chunk, double figure) =>
        SameCell(cell, chunk) || (chunk.XMin >= cell.Left - SameColumn && chunk.XMin <= cell.Left + 2 * figure);

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
    /// 22 rows, so it is printed between the rows of 「（四）无法提供」. That label stands in a column of its own,
    /// right of where this one ends: 「（七）总计」, centred across the same two columns as 「（六）其他处理」 above it
    /// and so starting a little further right, is its sibling, and 「（六）其他处理」 a row of its own, not the head of
    /// the blank 「5.要求行政机关确认或重新出具已获取信息」 wrapped above it (2019 表三 in narrow columns with text at
    /// the top of its cells, generated PDF gen-2-075 of the accuracy bench).
    /// </summary>
    private static bool IsParent(List<PdfChunk> labels, int at, Func<PdfChunk, double> key)
    {
        var x = key(labels[at]);
        var next = labels.Skip(at + 1).FirstOrDefault(c => Math.Abs(key(c) - x) > SameColumn);
        return next is not null && key(next) > x + SameColumn && next.XMin >= labels[at].XMax - SameColumn;
    }
}
