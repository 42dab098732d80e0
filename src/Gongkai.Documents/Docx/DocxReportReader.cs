using System.Globalization;
using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Limits;
using Gongkai.Documents.Tables;
using Gongkai.Documents.Text;
using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Docx;

/// <summary>
/// Reads a report from a Word document (.docx): paragraphs in order with their automatic numbering, each table row
/// as one tab-separated line with gridSpan/vMerge rebuilt as a grid, then <see cref="TextReportReader"/>.
/// </summary>
public static class DocxReportReader
{
    public static Result<AnnualReport> Read(string source, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (ZipGuard.Refusal(bytes, "DOCX") is { } refusal)
        {
            return Result.Fail<AnnualReport>(refusal);
        }

        string text;
        var findings = new List<Finding>();
        try
        {
            text = ToText(bytes, findings);
        }
        // The SDK and System.IO.Packaging report a damaged package in these (docx_byteflip__001_b63a0e3_8.docx: an
        // ArgumentException for a [Content_Types].xml whose bytes were overwritten).
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or KeyNotFoundException)
        {
            return Result.Fail<AnnualReport>("DOCX 文件已损坏或不是有效的 Word 文档，无法打开（可用 Word 或 WPS 打开后另存为 .docx 再试）");
        }

        return TextReportReader.Read(text, source, findings);
    }

    /// <summary>The document as the text reader takes it. Throws the Open XML SDK's exceptions for a broken package.</summary>
    internal static string ToText(byte[] bytes, List<Finding>? findings = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var body = main.Document?.Body ?? throw new InvalidDataException("no body");
        var lines = new LineBuilder();
        var walk = new Walk(DocxNumbering.TryCreate(main, findings ?? []), findings ?? []);
        WalkBlocks(body, walk, lines);
        return lines.ToString();
    }

    /// <summary>What the walk carries: the numbering, the findings for values it cannot take, and the table it is in.</summary>
    private sealed class Walk(DocxNumbering numbering, List<Finding> findings)
    {
        public DocxNumbering Numbering { get; } = numbering;

        public List<Finding> Findings { get; } = findings;

        public int Tables { get; set; }
    }

    private static void WalkBlocks(OpenXmlElement container, Walk walk, LineBuilder lines)
    {
        foreach (var element in container.ChildElements)
        {
            ReadBudget.Check();
            switch (element)
            {
                case Paragraph p:
                    foreach (var line in ParagraphText(p, walk.Numbering).Split('\n'))
                    {
                        if (line.Trim().Length > 0)
                        {
                            lines.AppendLine(line.Trim());
                        }
                    }

                    break;
                case Table table when !table.Descendants<Table>().Any():
                    walk.Tables++;
                    foreach (var line in TableLines.ToLines(Rows(table, walk), markBlankCells: true))
                    {
                        lines.AppendLine(line);
                    }

                    break;
                // A table holding tables is page layout (a report pasted into a bordered frame): read as blocks.
                case Table or TableRow or TableCell or SdtBlock or SdtContentBlock or SdtRow or SdtContentRow or SdtCell or SdtContentCell
                    or CustomXmlBlock or CustomXmlRow or CustomXmlCell:
                    WalkBlocks(element, walk, lines);
                    break;
            }
        }
    }

    private static List<IReadOnlyList<SourceCell>> Rows(Table table, Walk walk)
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        foreach (var row in table.Descendants<TableRow>())
        {
            var cells = new List<SourceCell>();
            // w:gridBefore: the row starts some grid columns to the right (rows shorter than the table, as in
            // Word tables whose first column holds a label spanning rows drawn without a cell).
            var before = Span(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val, 0, "gridBefore", walk, rows.Count);
            if (before > 0)
            {
                cells.Add(new SourceCell("", before));
            }

            foreach (var cell in row.Descendants<TableCell>())
            {
                var props = cell.TableCellProperties;
                var span = Span(props?.GridSpan?.Val, 1, "gridSpan", walk, rows.Count);
                // w:vMerge without a value continues the cell above: its text (usually empty) belongs to the
                // merged cell, whose text is already on the line where the merge started.
                var continues = props?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.InnerText != "restart");
                var text = continues ? "" : string.Join(" ", cell.Elements<Paragraph>().Select(p => ParagraphText(p, walk.Numbering)));
                cells.Add(new SourceCell(text, span));
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>
    /// A column count of the grid (w:gridSpan, w:gridBefore) as written, or <paramref name="fallback"/> with a finding
    /// when it is no count: docx_xml__003_1160e25_gridspan_62.docx has gridSpan="x". Word draws at most 63 columns.
    /// </summary>
    private static int Span(OpenXmlSimpleType? value, int fallback, string attribute, Walk walk, int row)
    {
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value.InnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 63)
        {
            return n;
        }

        walk.Findings.Add(Finding.Warning(FindingCodes.DocxInvalidAttribute, null, null, null,
            $"第{walk.Tables}个表格第{row + 1}行有无效的合并列数（{attribute}=「{value.InnerText}」），按 {fallback} 列读取；该行的单元格可能错位，请核对原件"));
        return fallback;
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
