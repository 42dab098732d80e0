using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>
/// Writes a report's cells as CSV, one cell per line (表, 表名, 行键, 项目, 列序号, 列名, 数值), so that many reports
/// concatenate into one sheet a pivot table can add up. UTF-8 with a BOM, which Excel needs to show Chinese.
/// </summary>
public static class CsvReportWriter
{
    public static string Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder("\uFEFF机关,年度,表,表名,行键,项目,列序号,列名,数值\r\n");
        foreach (var table in report.Tables)
        {
            foreach (var (row, values) in table.Rows)
            {
                if (values is not { } cells)
                {
                    continue;
                }

                for (var c = 0; c < cells.Length; c++)
                {
                    string[] fields =
                    [
                        report.Agency ?? "", report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", table.Spec.PrintedName, table.Spec.Heading,
                        row.Key, row.DisplayLabel, c.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Columns[c].Label, MarkdownReportWriter.FormatBlank(cells[c]),
                    ];
                    sb.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
