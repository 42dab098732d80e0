namespace Gongkai.Documents.Pdf;

/// <summary>
/// The figure columns of one table, as x ranges from left to right. Figures of one column overlap (left-aligned,
/// right-aligned or centred alike); a column blank in every row still has its heading (科研机构 in
/// 上海市人民政府办公厅's 2019 表三, where no research body applied). Headings are taken narrowest first, so that a
/// leaf heading (商业企业) makes its column before a heading over several columns (法人或其他组织) is seen, which,
/// overlapping more than one column, is passed over.
/// </summary>
internal static class PdfColumns
{
    public static List<(double Min, double Max)> Build(List<PdfLine> header, List<PdfLine> body, double edge,
        IReadOnlyList<(double Min, double Max)>? previous, out bool headed)
    {
        var columns = new List<(double Min, double Max)>();
        foreach (var chunk in body.Where(l => l.HasNumbers).SelectMany(l => l.Chunks).Where(c => c.XMin >= edge - 2))
        {
            var hits = Overlapping(columns, chunk.XMin, chunk.XMax);
            var min = hits.Select(h => columns[h].Min).Append(chunk.XMin).Min();
            var max = hits.Select(h => columns[h].Max).Append(chunk.XMax).Max();
            foreach (var h in hits.OrderDescending())
            {
                columns.RemoveAt(h);
            }

            columns.Add((min, max));
        }

        headed = false;
        var headings = header.SelectMany(l => l.Chunks.Where(c => OverFigures(c, l, body, edge))).Select(c => (c.XMin, c.XMax)).ToList();
        // A table carried over from the page before repeats no header (淮安市洪泽区 2023 表三 runs onto a second page):
        // its columns are the previous table's, if every figure here falls in one of them.
        if (headings.Count == 0 && previous is not null && columns.All(c => Overlapping(previous, c.Min, c.Max).Count == 1))
        {
            headings = [.. previous];
        }

        foreach (var (min, max) in headings.OrderBy(h => h.XMax - h.XMin))
        {
            var hits = Overlapping(columns, min, max);
            if (hits.Count == 0)
            {
                columns.Add((min, max));
                headed = true;
            }
            else if (hits.Count == 1)
            {
                columns[hits[0]] = (Math.Min(columns[hits[0]].Min, min), Math.Max(columns[hits[0]].Max, max));
                headed = true;
            }
        }

        columns.Sort((a, b) => a.Min.CompareTo(b.Min));
        return columns;
    }

    /// <summary>
    /// Whether a heading stands over the figures rather than the labels: centred right of the first figure, or starting
    /// right of where the labels of the rows end,
    /// and so over a first column blank in every row (「本年制发件数」 where 淮安市洪泽区 made no regulation).
    /// </summary>
    public static bool OverFigures(PdfChunk heading, PdfLine line, List<PdfLine> body, double edge)
    {
        if (heading.CenterX >= edge - 5)
        {
            return true;
        }

        // The first heading of its line heads the labels, however short they are (「信息内容」 over 「行政许可」).
        // Labels are measured on every line of the body, not only on those with figures: where 表三 runs onto a page
        // with no header and its label columns are narrow, the first line with figures may carry only the outer
        // label (「理结」 of 「三、本年度办理结果」 wrapped in its cell), and the inner labels on the lines above
        // (「（一）予以公开」) would start right of it and pass for headings (generated PDFs of the accuracy bench,
        // gen-1-106: 表三 broken over pages 3 and 4 with labels wrapped in narrow columns).
        var labelEnd = body.SelectMany(l => l.Chunks).Where(c => c.XMin < edge - 2).Select(c => c.XMax).DefaultIfEmpty(edge).Max();
        return heading.XMin >= labelEnd - 2 && heading != line.Chunks[0];
    }

    /// <summary>The column a cell's text falls in: the one it overlaps most, else the nearest.</summary>
    public static int ColumnOf(List<(double Min, double Max)> columns, PdfChunk chunk)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < columns.Count; i++)
        {
            var overlap = Math.Min(columns[i].Max, chunk.XMax) - Math.Max(columns[i].Min, chunk.XMin);
            var score = overlap > 0 ? overlap : -Math.Abs((columns[i].Min + columns[i].Max) / 2 - chunk.CenterX) - 1000;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best;
    }

    private static List<int> Overlapping(IReadOnlyList<(double Min, double Max)> columns, double min, double max)
    {
        var hits = new List<int>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (Math.Min(columns[i].Max, max) - Math.Max(columns[i].Min, min) > 0.5)
            {
                hits.Add(i);
            }
        }

        return hits;
    }
}
