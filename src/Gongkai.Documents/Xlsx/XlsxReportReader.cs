using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Limits;
using Gongkai.Documents.Text;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents.Xlsx;

/// <summary>
/// Reads a workbook. One written by Gongkai (<see cref="XlsxLayout"/>: a 报告信息 sheet naming the template) is read
/// cell by cell through its row keys, exactly, and every cell it cannot take is a finding; any other workbook is
/// read as text, each sheet row a tab-separated line, by <see cref="TextReportReader"/>.
/// </summary>
public static class XlsxReportReader
{
    public static Result<AnnualReport> Read(string source, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (ZipGuard.Refusal(bytes, "XLSX") is { } refusal)
        {
            return Result.Fail<AnnualReport>(refusal);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var sheets = Sheets(document);
            if (sheets.TryGetValue(XlsxLayout.InfoSheet, out var info) && Info(info, XlsxLayout.TemplateLabel) is { } code
                && ReportTemplate.FromCode(code) is { } template)
            {
                return Result.Ok(ReportRules.Apply(ReadGongkai(source, template, info, sheets)));
            }

            var lines = sheets.Values.SelectMany(rows => rows.Select(r => string.Join('\t', r.Select(c => c.Text)).TrimEnd('\t')));
            return TextReportReader.Read(string.Join('\n', lines), source, [.. Unreadable(sheets)]);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or KeyNotFoundException)
        {
            return Result.Fail<AnnualReport>("XLSX 文件已损坏或不是有效的 Excel 工作簿，无法打开");
        }
    }

    /// <summary>One cell as read: its text, and why its value could not be taken when it could not.</summary>
    private readonly record struct SheetCell(string Text, string? Problem = null)
    {
        public static readonly SheetCell Absent = new("");

        public bool Present { get; init; }
    }

    private static AnnualReport ReadGongkai(string source, ReportTemplate template, List<SheetCell[]> info, Dictionary<string, List<SheetCell[]>> sheets)
    {
        var findings = new List<Finding>();
        ReportTable? Table(TableSpec spec)
        {
            var sheetName = XlsxLayout.SheetName(spec.Id);
            if (!sheets.TryGetValue(sheetName, out var rows))
            {
                return null;
            }

            // A row key written twice (xlsx_xml__002_d1ed69b_rowdup_15.xlsx): the first is read, the other said.
            var keyed = new Dictionary<string, (SheetCell[] Cells, int Row)>(StringComparer.Ordinal);
            for (var r = 0; r < rows.Count; r++)
            {
                var key = rows[r].Length >= XlsxLayout.KeyColumn ? rows[r][XlsxLayout.KeyColumn - 1].Text : "";
                if (key.Length == 0 || key == XlsxLayout.KeyHeader)
                {
                    continue;
                }

                if (!keyed.TryAdd(key, (rows[r], r + 1)))
                {
                    findings.Add(Finding.Warning(FindingCodes.XlsxDuplicateRow, spec.Id, key, null,
                        $"工作表「{sheetName}」第{r + 1}行与第{keyed[key].Row}行是同一行（键「{key}」），只读取了第{keyed[key].Row}行，请核对"));
                }
            }

            if (keyed.Count == 0)
            {
                return null;
            }

            // 表三 written with （六）其他处理 as one row (the 2019 layout some 2021 reports print) has that row's key.
            if (spec.Id == TableId.Applications && keyed.ContainsKey(RowKeys.OtherHandling))
            {
                spec = ReportTemplate.ApplicationsWithSingleOtherHandling;
            }

            var values = new Dictionary<string, IReadOnlyList<decimal?>?>();
            foreach (var row in spec.Rows)
            {
                if (keyed.TryGetValue(row.Key, out var line))
                {
                    values[row.Key] = [.. row.Columns.Select((_, c) => Number(spec, row.Key, c, sheetName, line, findings))];
                }
            }

            return ReportTable.Create(spec, values);
        }

        var report = new AnnualReport(template)
        {
            Source = source,
            Title = Info(info, XlsxLayout.TitleLabel),
            Agency = Info(info, XlsxLayout.AgencyLabel),
            Year = int.TryParse(Info(info, XlsxLayout.YearLabel), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
            Proactive = Table(template.Proactive),
            Applications = Table(template.Applications),
            ReviewLitigation = Table(template.ReviewLitigation),
        };
        return report.WithFindings(findings);
    }

    /// <summary>
    /// A value cell of a keyed row. A cell Gongkai left out is an unread value; a cell that is there but holds no
    /// number (an emptied &lt;v&gt;, a shared string that does not exist, a type Excel does not know) is read as
    /// unread with an error finding naming the sheet and cell.
    /// </summary>
    private static decimal? Number(TableSpec spec, string rowKey, int column, string sheetName, (SheetCell[] Cells, int Row) line, List<Finding> findings)
    {
        var at = XlsxLayout.FirstValueColumn - 1 + column;
        var cell = at < line.Cells.Length ? line.Cells[at] : SheetCell.Absent;
        if (!cell.Present)
        {
            return null;
        }

        var why = cell.Problem;
        if (why is null)
        {
            if (decimal.TryParse(cell.Text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
                && Math.Abs(value) <= ReaderLimits.MaxCellValue)
            {
                return value;
            }

            why = cell.Text.Length == 0 ? "单元格为空" : $"「{Shorten(cell.Text)}」不是可读取的数";
        }

        findings.Add(Finding.Error(FindingCodes.XlsxUnreadableCell, spec.Id, rowKey, column,
            $"{spec.CellName(rowKey, column)}：工作表「{sheetName}」单元格 {XlsxLayout.ColumnName(at + 1)}{line.Row} {why}，未读取"));
        return null;
    }

    /// <summary>In a workbook read as text, the cells whose value could not be taken: one finding naming the first and the count.</summary>
    private static IEnumerable<Finding> Unreadable(Dictionary<string, List<SheetCell[]>> sheets)
    {
        var bad = sheets.SelectMany(s => s.Value.SelectMany((row, r) => row.Select((cell, c) => (Sheet: s.Key, Row: r + 1, Column: c + 1, cell.Problem))))
            .Where(x => x.Problem is not null).ToList();
        if (bad.Count > 0)
        {
            var (sheet, row, column, problem) = bad[0];
            yield return Finding.Warning(FindingCodes.XlsxUnreadableCell, null, null, null,
                $"工作簿中有 {bad.Count} 个单元格的值无法读取（如工作表「{sheet}」单元格 {XlsxLayout.ColumnName(column)}{row} {problem}），按空白读取，请核对原件");
        }
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    private static string? Info(List<SheetCell[]> rows, string label) =>
        rows.FirstOrDefault(r => r.Length > 1 && r[0].Text == label) is { } row && row[1].Text.Length > 0 ? row[1].Text : null;

    /// <summary>Every sheet by name, as rows of cells placed at their column (gaps are absent cells).</summary>
    private static Dictionary<string, List<SheetCell[]>> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<SheetCell[]>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is null)
            {
                continue;
            }

            var rows = new List<SheetCell[]>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                ReadBudget.Check();
                var cells = new List<SheetCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = XlsxLayout.ColumnOf(cell.CellReference?.Value);
                    // A cell without a reference follows the previous one.
                    var at = column > 0 ? Math.Min(column, 16384) - 1 : cells.Count;
                    while (cells.Count <= at)
                    {
                        cells.Add(SheetCell.Absent);
                    }

                    cells[at] = CellText(cell, shared) with { Present = true };
                }

                rows.Add([.. cells]);
            }

            result.TryAdd(sheet.Name?.Value ?? id, rows);
        }

        return result;
    }

    /// <summary>
    /// A cell's text by its type (the t attribute), read as written: a type Excel does not define
    /// (xlsx_xml__hongze-2023_type_13.xlsx) or a shared string that is not in the table
    /// (xlsx_xml__002_d1ed69b_sst_32.xlsx) gives no text but a problem.
    /// </summary>
    private static SheetCell CellText(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.InnerText ?? "n";
        var text = cell.CellValue?.Text ?? "";
        switch (type)
        {
            case "inlineStr":
                return new(cell.InlineString?.InnerText ?? "");
            case "s":
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count
                    ? new(shared[i])
                    : new("", $"引用的共享字符串「{Shorten(text)}」不存在");
            case "n" or "str" or "b" or "d" or "e":
                return new(text);
            default:
                return new("", $"的类型「{Shorten(type)}」无效");
        }
    }
}
