using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents.Xlsx;

/// <summary>
/// Reads a workbook. One written by Gongkai (<see cref="XlsxLayout"/>: a 报告信息 sheet naming the template) is read
/// cell by cell through its row keys, exactly; any other workbook is read as text, each sheet row a tab-separated
/// line, by <see cref="TextReportReader"/>.
/// </summary>
public static class XlsxReportReader
{
    public static ReadResult Read(string source, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var sheets = Sheets(document);
            if (sheets.TryGetValue(XlsxLayout.InfoSheet, out var info) && Info(info, XlsxLayout.TemplateLabel) is { } code
                && ReportTemplate.FromCode(code) is { } template)
            {
                return ReadResult.Success(source, ReportRules.Apply(ReadGongkai(source, template, info, sheets)));
            }

            var lines = sheets.Values.SelectMany(rows => rows.Select(r => string.Join('\t', r).TrimEnd('\t')));
            return TextReportReader.ReadResult(string.Join('\n', lines), source);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return ReadResult.Failure(source, "XLSX 文件已损坏或不是有效的 Excel 工作簿，无法打开");
        }
    }

    private static AnnualReport ReadGongkai(string source, ReportTemplate template, List<string[]> info, Dictionary<string, List<string[]>> sheets)
    {
        ReportTable? Table(TableSpec spec)
        {
            if (!sheets.TryGetValue(XlsxLayout.SheetName(spec.Id), out var rows))
            {
                return null;
            }

            var keyed = rows.Where(r => r.Length >= XlsxLayout.KeyColumn && r[XlsxLayout.KeyColumn - 1].Length > 0 && r[XlsxLayout.KeyColumn - 1] != XlsxLayout.KeyHeader)
                .ToDictionary(r => r[XlsxLayout.KeyColumn - 1], StringComparer.Ordinal);
            if (keyed.Count == 0)
            {
                return null;
            }

            // 表三 written with （六）其他处理 as one row (the 2019 layout some 2021 reports print) has that row's key.
            if (spec.Id == TableId.Applications && keyed.ContainsKey("otherHandling"))
            {
                spec = ReportTemplate.ApplicationsWithSingleOtherHandling;
            }

            var values = new Dictionary<string, IReadOnlyList<decimal?>?>();
            foreach (var row in spec.Rows)
            {
                if (keyed.TryGetValue(row.Key, out var cells))
                {
                    values[row.Key] = [.. row.Columns.Select((_, c) => Number(cells[XlsxLayout.FirstValueColumn - 1 + c]))];
                }
            }

            return ReportTable.Create(spec, values);
        }

        return new AnnualReport(template)
        {
            Source = source,
            Title = Info(info, XlsxLayout.TitleLabel),
            Agency = Info(info, XlsxLayout.AgencyLabel),
            Year = int.TryParse(Info(info, XlsxLayout.YearLabel), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
            Proactive = Table(template.Proactive),
            Applications = Table(template.Applications),
            ReviewLitigation = Table(template.ReviewLitigation),
        };
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Info(List<string[]> rows, string label) =>
        rows.FirstOrDefault(r => r.Length > 1 && r[0] == label) is { } row && row[1].Length > 0 ? row[1] : null;

    /// <summary>Every sheet by name, as rows of cell texts placed at their column (gaps are "").</summary>
    private static Dictionary<string, List<string[]>> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is null)
            {
                continue;
            }

            var rows = new List<string[]>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = XlsxLayout.ColumnOf(cell.CellReference?.Value);
                    // A cell without a reference follows the previous one.
                    var at = column > 0 ? Math.Min(column, 16384) - 1 : cells.Count;
                    while (cells.Count <= at)
                    {
                        cells.Add("");
                    }

                    cells[at] = CellText(cell, shared);
                }

                rows.Add([.. cells]);
            }

            result[sheet.Name?.Value ?? id] = rows;
        }

        return result;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var text = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        return text;
    }
}
