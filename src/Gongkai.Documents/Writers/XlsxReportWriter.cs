using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Xlsx;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>
/// Writes a report as an Excel workbook in <see cref="XlsxLayout"/>: one labelled sheet per table, so a supervising
/// office can add columns, sort and sum; <see cref="XlsxReportReader"/> reads it back.
/// </summary>
public static class XlsxReportWriter
{
    public static byte[] Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            AddSheet(workbookPart, XlsxLayout.InfoSheet, InfoRows(report), hideKeyColumn: false);
            foreach (var spec in report.Template.Tables)
            {
                AddSheet(workbookPart, XlsxLayout.SheetName(spec.Id), TableRows(report.Table(spec.Id), spec), hideKeyColumn: true);
            }

            AddSheet(workbookPart, XlsxLayout.FindingsSheet, FindingRows(report), hideKeyColumn: false);
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<object?[]> InfoRows(AnnualReport report)
    {
        yield return [XlsxLayout.TitleLabel, MarkdownReportWriter.Title(report)];
        yield return [XlsxLayout.AgencyLabel, report.Agency];
        yield return [XlsxLayout.YearLabel, report.Year is { } y ? y : null];
        yield return [XlsxLayout.TemplateLabel, report.Template.Code, report.Template.DocumentNumber];
        yield return [XlsxLayout.SourceLabel, report.Source];
    }

    private static IEnumerable<object?[]> TableRows(ReportTable? table, TableSpec templateSpec)
    {
        var spec = table?.Spec ?? templateSpec;
        yield return [$"{spec.PrintedName} {spec.Heading}"];
        if (table is null)
        {
            yield return ["（本表缺失）"];
            yield break;
        }

        string? header = null;
        foreach (var (row, values) in table.Rows)
        {
            var columns = string.Join("|", row.Columns.Select(c => c.Label));
            if (columns != header)
            {
                header = columns;
                var head = new object?[XlsxLayout.KeyColumn];
                head[0] = "分组";
                head[1] = "项目";
                for (var c = 0; c < row.Columns.Length; c++)
                {
                    head[XlsxLayout.FirstValueColumn - 1 + c] = row.Columns[c].Label;
                }

                head[XlsxLayout.KeyColumn - 1] = XlsxLayout.KeyHeader;
                yield return head;
            }

            var line = new object?[XlsxLayout.KeyColumn];
            line[0] = row.Group;
            line[1] = row.DisplayLabel;
            for (var c = 0; c < row.Columns.Length; c++)
            {
                line[XlsxLayout.FirstValueColumn - 1 + c] = values is { } v ? v[c] : null;
            }

            line[XlsxLayout.KeyColumn - 1] = values is null ? null : row.Key;
            yield return line;
        }
    }

    private static IEnumerable<object?[]> FindingRows(AnnualReport report)
    {
        yield return ["级别", "代码", "内容"];
        foreach (var f in report.Findings)
        {
            yield return [MarkdownReportWriter.SeverityLabel(f.Severity), f.Code, f.Message];
        }
    }

    private static void AddSheet(WorkbookPart workbookPart, string name, IEnumerable<object?[]> rows, bool hideKeyColumn)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 0;
        foreach (var values in rows)
        {
            r++;
            var row = new Row { RowIndex = r };
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    row.Append(Cell(XlsxLayout.ColumnName(c + 1) + r.ToString(CultureInfo.InvariantCulture), value));
                }
            }

            data.Append(row);
        }

        var columns = new Columns(
            new Column { Min = 1, Max = 1, Width = 16, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true },
            new Column { Min = 3, Max = XlsxLayout.KeyColumn - 1, Width = 14, CustomWidth = true },
            new Column { Min = XlsxLayout.KeyColumn, Max = XlsxLayout.KeyColumn, Width = 30, CustomWidth = true, Hidden = hideKeyColumn });
        part.Worksheet = new Worksheet(columns, data);
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        int i => new Cell { CellReference = reference, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString() ?? "")) },
    };
}
