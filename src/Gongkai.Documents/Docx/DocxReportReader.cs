using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Tables;
using Gongkai.Documents.Text;

namespace Gongkai.Documents.Docx;

/// <summary>
/// Reads a report from a Word document (.docx): paragraphs in order with their automatic numbering, each table row
/// as one tab-separated line with gridSpan/vMerge rebuilt as a grid, then <see cref="TextReportReader"/>.
/// </summary>
public static class DocxReportReader
{
    public static ReadResult Read(string source, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = ToText(bytes);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return ReadResult.Failure(source, "DOCX 文件已损坏或不是有效的 Word 文档，无法打开（可用 Word 或 WPS 打开后另存为 .docx 再试）");
        }

        return TextReportReader.ReadResult(text, source);
    }

    /// <summary>The document as the text reader takes it. Throws the Open XML SDK's exceptions for a broken package.</summary>
    internal static string ToText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var body = main.Document?.Body ?? throw new InvalidDataException("no body");
        var lines = new LineBuilder();
        WalkBlocks(body, new DocxNumbering(main), lines);
        return lines.ToString();
    }

    private static void WalkBlocks(OpenXmlElement container, DocxNumbering numbering, LineBuilder lines)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    foreach (var line in ParagraphText(p, numbering).Split('\n'))
                    {
                        if (line.Trim().Length > 0)
                        {
                            lines.AppendLine(line.Trim());
                        }
                    }

                    break;
                case Table table when !table.Descendants<Table>().Any():
                    foreach (var line in TableLines.ToLines(Rows(table, numbering), markBlankCells: true))
                    {
                        lines.AppendLine(line);
                    }

                    break;
                // A table holding tables is page layout (a report pasted into a bordered frame): read as blocks.
                case Table or TableRow or TableCell or SdtBlock or SdtContentBlock or SdtRow or SdtContentRow or SdtCell or SdtContentCell
                    or CustomXmlBlock or CustomXmlRow or CustomXmlCell:
                    WalkBlocks(element, numbering, lines);
                    break;
            }
        }
    }

    private static List<IReadOnlyList<SourceCell>> Rows(Table table, DocxNumbering numbering)
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        foreach (var row in table.Descendants<TableRow>())
        {
            var cells = new List<SourceCell>();
            // w:gridBefore: the row starts some grid columns to the right (rows shorter than the table, as in
            // Word tables whose first column holds a label spanning rows drawn without a cell).
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            if (before > 0)
            {
                cells.Add(new SourceCell("", before));
            }

            foreach (var cell in row.Descendants<TableCell>())
            {
                var props = cell.TableCellProperties;
                var span = props?.GridSpan?.Val?.Value ?? 1;
                // w:vMerge without a value continues the cell above: its text (usually empty) belongs to the
                // merged cell, whose text is already on the line where the merge started.
                var continues = props?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var text = continues ? "" : string.Join(" ", cell.Elements<Paragraph>().Select(p => ParagraphText(p, numbering)));
                cells.Add(new SourceCell(text, span));
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>
    /// A paragraph's visible text with its numbering label: text runs, tabs and line breaks, leaving out deleted
    /// revisions (w:delText) and field instructions, which Word does not show.
    /// </summary>
    private static string ParagraphText(Paragraph paragraph, DocxNumbering numbering)
    {
        var sb = new StringBuilder();
        sb.Append(numbering.Next(paragraph));
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }
}
