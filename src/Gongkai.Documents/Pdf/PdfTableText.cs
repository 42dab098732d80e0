using Gongkai.Documents.Tables;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Turns a PDF's word boxes into the text the text reader takes, each statistics table rebuilt as a grid so that its
/// blank cells stay in their columns. <c>pdftotext -layout</c> loses them: 上海市人民政府办公厅's 2019 report prints
/// 「821 35 　 　 2 1 859」 under seven headings, and its text says only "821 35        2   1 859". A table here is a
/// run of lines with figures on one page, its header the lines just above with words over the figure columns.
/// </summary>
internal static class PdfTableText
{
    /// <summary>The text with tables as tab-separated rows, or null when no table with a header was found.</summary>
    public static string? ToText(IReadOnlyList<PdfPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var figure = PdfLines.FigureHeight(pages);
        var output = new LineBuilder();
        var grids = 0;
        IReadOnlyList<(double Min, double Max)>? previousColumns = null;
        List<PdfLine> carried = [];
        foreach (var page in pages)
        {
            var lines = PdfLines.Lines(page, figure);
            var done = 0;
            foreach (var table in Tables(lines, figure))
            {
                for (var i = done; i < table.HeaderStart; i++)
                {
                    output.AppendLine(lines[i].ToString());
                }

                var header = lines.Skip(table.HeaderStart).Take(table.DataStart - table.HeaderStart).ToList();
                var body = lines.Skip(table.DataStart).Take(table.End - table.DataStart).ToList();
                // A page break between a table's headings and its first row (the HTML writer's 表三 printed by
                // Chromium): the last lines of the page before are its headings, for the columns only. The first
                // row's label may stand above its figures at the top of the page, wrapped in a narrow cell
                // (「一、本年新收政府信息公开 / 358 87 … / 申请数量」, generated PDFs of the accuracy bench, gen-1-061):
                // label lines with nothing over the figures are no headings either.
                var headings = table.HeaderStart == 0 && !header.Any(l => l.Chunks.Any(c => PdfColumns.OverFigures(c, l, body, table.NumberEdge)))
                    ? [.. carried, .. header] : header;
                var columns = PdfColumns.Build(headings, body, table.NumberEdge, previousColumns, out var headed);
                previousColumns = headed ? columns : null;
                if (!headed)
                {
                    // Figures with no headings over them are no table this reader can place: kept as lines.
                    done = table.HeaderStart;
                    continue;
                }

                grids++;
                var rows = PdfRows.Build(header, body, table.NumberEdge, columns, figure, out var headerLines);
                foreach (var line in headerLines)
                {
                    output.AppendLine(line);
                }

                foreach (var line in TableLines.ToLines(rows, markBlankCells: true))
                {
                    output.AppendLine(line);
                }

                done = table.End;
            }

            for (var i = done; i < lines.Count; i++)
            {
                output.AppendLine(lines[i].ToString());
            }

            carried = [.. lines.Skip(Math.Max(done, lines.Count - MaxHeaderLines)).Where(l => !l.HasNumbers)];
        }

        return grids == 0 ? null : BlankTables(output.ToString());
    }

    /// <summary>
    /// Tables blank in every cell, where a report leaves zeros blank (the generated PDFs with every zero blank in
    /// tests/corpus/generated, gen-1-006 and gen-1-011): no figure makes them a grid, so their label lines come out
    /// alone and would read as rows missing. A 表二 sub-table's label lines under its single line of headings
    /// (「信息内容 本年新制作数量 本年新公开数量 对外公开总数量」 over 「规章」, 「规范性文件」) get a blank cell under each
    /// heading, and 表四's headings with no row of figures before part 五 get a row of 15 blank cells: blank cells
    /// read as 0, each said.
    /// </summary>
    internal static string BlankTables(string text)
    {
        var blank = "\t" + Text.BlankFields.Marker;
        var lines = text.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = lines[i].Trim();
            if (header.StartsWith("信息内容", StringComparison.Ordinal) && !header.Contains('\t', StringComparison.Ordinal)
                && header["信息内容".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is var columns and >= 1 and <= 3)
            {
                for (var j = i + 1; j < lines.Length && ProactiveLabels.Contains(lines[j].Replace(" ", "", StringComparison.Ordinal)); j++)
                {
                    lines[j] = lines[j].Trim() + string.Concat(Enumerable.Repeat(blank, columns));
                }
            }
        }

        var review = Array.FindIndex(lines, l => l.Contains("行政复议", StringComparison.Ordinal) && l.Contains("行政诉讼", StringComparison.Ordinal) && !l.Contains("情况", StringComparison.Ordinal));
        if (review >= 0)
        {
            var end = review + 1;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("五、", StringComparison.Ordinal) && !lines[end].Any(char.IsAsciiDigit) && lines[end].Length < 80)
            {
                end++;
            }

            if (end < lines.Length && end - review <= MaxHeaderLines && lines[end].TrimStart().StartsWith("五、", StringComparison.Ordinal)
                && lines.Skip(review).Take(end - review).Any(l => l.Contains("审结", StringComparison.Ordinal)))
            {
                lines[end - 1] += "\n" + string.Concat(Enumerable.Repeat(blank, 15))[1..];
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The labels of 表二's rows, as a blank sub-table prints them alone on their lines.</summary>
    private static readonly HashSet<string> ProactiveLabels =
        ["规章", "规范性文件", "行政规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"];

    /// <summary>Where a table's header starts, its first row with figures, its end (exclusive), and the left edge of its figures.</summary>
    private readonly record struct TableSpan(int HeaderStart, int DataStart, int End, double NumberEdge);

    private static IEnumerable<TableSpan> Tables(List<PdfLine> lines, double figure)
    {
        // Rows of one table follow each other closely; a wider gap is the end of the table or a paragraph break.
        var maxGap = 3.5 * figure;
        var previousEnd = 0;
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].HasNumbers)
            {
                i++;
                continue;
            }

            var edge = NumberEdge(lines[i]);
            var last = i;
            var j = i + 1;
            for (; j < lines.Count && lines[j].CenterY - lines[j - 1].CenterY <= maxGap; j++)
            {
                if (lines[j].HasNumbers && NumberEdge(lines[j]) < edge - 2 * figure && NumberEdge(lines[j]) < LabelRight(lines, i, j, edge) + 2)
                {
                    // Figures where this table has labels: the next table, its headings all in this one's label
                    // columns (杭州's 表四 under 表三, where 行政复议 … 尚未审结 stand left of 表三's figures).
                    // Figures further left than the first row's but still right of every label are the same table's:
                    // where zeros are left blank its first rows may print figures only in the last columns, and with
                    // no header on the page (表三 carried over a page break) nothing else says where its columns
                    // start (generated PDFs of the accuracy bench, gen-1-106: 「2 2」 in 其他 and 总计, then 「103 103」
                    // in 科研机构 and 总计).
                    break;
                }

                if (lines[j].HasNumbers)
                {
                    edge = Math.Min(edge, NumberEdge(lines[j]));
                    last = j;
                }
                else if (lines[j].Chunks.Any(c => c.XMax > edge + 1))
                {
                    // Text over the figure columns: the next table's header ("第二十条第（五）项 / 信息内容 本年处理决定数量") or prose.
                    break;
                }
            }

            // The header: lines just above, back to prose that runs across the label and figure columns. A table
            // carried onto a new page has no headings there, and a label wrapped in a narrow column may run over
            // more lines than a header has, with no figures when its row is blank (「1.申请人无正当理由逾期不补正、
            // 行政机关不再处理其政府信息公开申请」 over 11 lines at the top of a page, generated PDFs of the accuracy
            // bench, gen-1-106): above a run of label lines with nothing over the figures, closely spaced label lines
            // go on belonging to the table.
            var start = i;
            while (start - 1 >= previousEnd && lines[start].CenterY - lines[start - 1].CenterY <= maxGap
                && !lines[start - 1].HasNumbers && !IsProse(lines[start - 1], edge) && !IsItemHeading(lines[start])
                && (i - start < MaxHeaderLines || (lines[start].CenterY - lines[start - 1].CenterY <= 2 * figure
                    && lines.Skip(start - 1).Take(i - start + 1).All(l => l.Chunks.All(c => c.XMax < edge - 2)))))
            {
                start--;
            }

            // Label lines after the last figures belong to the table while they follow as closely as rows do: a last
            // row left blank. A wider gap opens the next section (「四、政府信息公开行政复议、行政诉讼情况」 30 pt
            // under 杭州's last row of 表三).
            // Such a row's label stands where the labels of rows with figures stand; 「第二十条第（六）项」, centred over
            // the whole of 表二 under the last row of （五）, does not, and opens the next sub-table where it stands
            // with the labels (上海市人民政府办公厅 2019). The labels are taken from the label lines above the first
            // figures too: a label wrapped in its cell puts its figures on a line of their own between its lines
            // (「一、本年新收政府信息 / 57 … 451 / 公开申请数量」 followed by the blank row 「二、上年结转政府信息 /
            // 公开申请数量」 at the foot of a page, generated PDFs of the accuracy bench, gen-1-106).
            // Lines of headings (「信息内容 上一年项目数量 本年增/减 处理决定数量」) are no label lines: only lines above the
            // figures with nothing over them count.
            // A single character left of the figures is a group label printed one character to a line (「（三）不予
            // 公开」 beside the last rows at the foot of a page where 表三 breaks, generated PDFs of the accuracy bench,
            // gen-1-005): it stands in no label's column and would end the table before a blank row beside it.
            var labels = lines.Skip(start).Take(i - start).Where(l => l.Chunks.All(c => c.XMax < edge))
                .Concat(lines.Skip(i).Take(last + 1 - i)).SelectMany(l => l.Chunks.Where(c => c.XMax < edge)).ToList();
            // A numbered label wholly left of the figures opens a blank row wherever it stands: 「四、结转下年度继续办理」,
            // centred across the label columns under 「（七）总计」, which is centred across fewer, shares no column
            // with the rows on its page (generated PDFs of the accuracy bench, gen-1-061); a section heading that
            // follows a table runs over the figure columns.
            var end = last + 1;
            while (end < j && lines[end].CenterY - lines[end - 1].CenterY <= 2 * figure && !IsItemHeading(lines[end])
                && (lines[end].Chunks.All(c => labels.Any(l => Math.Abs(l.XMin - c.XMin) <= 4 || Math.Abs(l.CenterX - c.CenterX) <= 4)
                        || (c.Text.Length == 1 && c.XMax < edge))
                    || (lines[end].Chunks[0].Numbered && lines[end].Chunks.All(c => c.XMax < edge))))
            {
                end++;
            }

            yield return new TableSpan(start, i, end, edge);
            previousEnd = end;
            i = end;
        }
    }

    /// <summary>A table's headings are at most this many lines (表四's three rows of headings, wrapped).</summary>
    private const int MaxHeaderLines = 8;

    /// <summary>
    /// 表二's sub-tables each open with the article they report on (「第二十条第（五）项」): the headings of one
    /// stop there, and do not reach into the sub-table above, blank in every cell and so found by no figure.
    /// </summary>
    private static bool IsItemHeading(PdfLine line) =>
        line.Chunks.Count == 1 && line.Chunks[0].Text.Replace(" ", "", StringComparison.Ordinal) is var text
        && text.StartsWith("第二十条第", StringComparison.Ordinal) && text.EndsWith('项');

    /// <summary>
    /// A line of prose or a heading over the whole table: most of its width one run of text across the edge of the
    /// figures. A centred heading over the first figure column crosses it too, but is one cell among several
    /// (「自然人」 beside 「商业企业」 …; 「本年制发件数」 beside 「信息内容」).
    /// </summary>
    private static bool IsProse(PdfLine line, double edge)
    {
        var width = line.Chunks[^1].XMax - line.Chunks[0].XMin;
        return line.Chunks.Any(c => c.XMin < edge - 5 && c.XMax > edge + 5 && c.XMax - c.XMin > 0.4 * width);
    }

    /// <summary>
    /// Where the labels of a table's lines <paramref name="from"/> to <paramref name="to"/> (exclusive) end on the
    /// right: the text left of the figures, on lines with figures and on label lines alike; plus infinity when
    /// they have none, so that figures further left than the first row's end the table, as they did before.
    /// </summary>
    private static double LabelRight(List<PdfLine> lines, int from, int to, double edge) =>
        lines.Skip(from).Take(to - from).SelectMany(l => l.Chunks.Where(c => c.XMin < edge - 2 && !(l.HasNumbers && c.IsNumber)))
            .Select(c => c.XMax).DefaultIfEmpty(double.PositiveInfinity).Max();

    private static double NumberEdge(PdfLine line) => line.Chunks.Where(c => c.IsNumber).Min(c => c.XMin);
}
