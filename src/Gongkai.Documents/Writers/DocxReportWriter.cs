using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>
/// Writes a report as a Word document in the official layout: A4 with 公文 margins, the title in 小标宋, the six
/// section headings in 黑体, the text in 仿宋 三号, and 表二/表三/表四 with the template's merged header cells
/// (<see cref="OfficialLayout"/>). Fonts a Linux machine lacks fall back through the font table to Noto CJK.
/// </summary>
public static class DocxReportWriter
{
    /// <summary>A4 in twentieths of a point, and the 公文 margins of GB/T 9704 (37/35/28/26 mm).</summary>

    internal const int TextWidth = DocxStyles.TextWidth;

    public static byte[] Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            body.Append(DocxStyles.Paragraph(MarkdownReportWriter.Title(report), DocxStyles.TitleFont, 44, bold: false, center: true, indent: false));
            foreach (var section in ReportNarrative.Sections(report))
            {
                body.Append(DocxStyles.Paragraph(section.Heading, DocxStyles.HeadingFont, 32, bold: false, center: false, indent: true));
                foreach (var text in section.Paragraphs)
                {
                    body.Append(DocxStyles.Paragraph(text, DocxStyles.BodyFont, 32, bold: false, center: false, indent: true));
                }

                if (section.Table is { } id)
                {
                    if (report.Table(id) is { } table)
                    {
                        body.Append(Table(OfficialLayout.For(table), id == TableId.Proactive ? 21 : 18));
                        body.Append(DocxStyles.Paragraph("", DocxStyles.BodyFont, 21, bold: false, center: false, indent: false));
                    }
                    else
                    {
                        body.Append(DocxStyles.Paragraph("（本表缺失）", DocxStyles.BodyFont, 32, bold: false, center: false, indent: true));
                    }
                }
            }

            body.Append(DocxStyles.GongwenPage());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A layout table as a Word table: every grid row written in full, a cell covered by a rowspan from above
    /// written as a w:vMerge continuation with the same gridSpan, header rows repeated on each page.
    /// </summary>
    private static Table Table(LayoutTable layout, int fontSize)
    {
        var total = layout.Widths.Sum();
        var widths = layout.Widths.Select(w => (int)(TextWidth * w / total)).ToArray();
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // For each grid column: rows still covered by a rowspan from above, and that cell's gridSpan.
        var coveredRows = new int[layout.Columns];
        var coveredSpan = new int[layout.Columns];
        foreach (var cells in layout.Rows)
        {
            var rowProps = new TableRowProperties(new CantSplit());
            if (cells.All(c => c.Header))
            {
                rowProps.Append(new TableHeader());
            }

            var row = new TableRow(rowProps);
            var col = 0;
            var queue = new Queue<LayoutCell>(cells);
            while (col < layout.Columns && (queue.Count > 0 || coveredRows[col] > 0))
            {
                if (coveredRows[col] > 0)
                {
                    var span = coveredSpan[col];
                    coveredRows[col]--;
                    row.Append(Cell(null, span, Width(widths, col, span), fontSize));
                    col += span;
                    continue;
                }

                var cell = queue.Dequeue();
                if (cell.RowSpan > 1)
                {
                    coveredRows[col] = cell.RowSpan - 1;
                    coveredSpan[col] = cell.ColSpan;
                }

                row.Append(Cell(cell, cell.ColSpan, Width(widths, col, cell.ColSpan), fontSize, restart: cell.RowSpan > 1));
                col += cell.ColSpan;
            }

            table.Append(row);
        }

        return table;
    }

    private static int Width(int[] widths, int col, int span) => widths.Skip(col).Take(span).Sum();

    private static TableCell Cell(LayoutCell? cell, int span, int width, int fontSize, bool restart = false)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (cell is null || restart)
        {
            props.Append(restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        // Row labels read left-aligned as in the template; headings and numbers are centred.
        var center = cell is null || cell.Number || cell.Header && (cell.ColSpan > 1 || cell.RowSpan > 1 || cell.Text.Length <= 8);
        var paragraph = DocxStyles.Paragraph(cell?.Text ?? "", DocxStyles.TableFont, fontSize, bold: false, center: center, indent: false, exactLine: false);
        return new TableCell(props, paragraph);
    }
}
