using System.Globalization;
using System.Text;
using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>Writes a report's tables as Markdown pipe tables, one per statutory table, with its findings listed.</summary>
public static class MarkdownReportWriter
{
    public static string Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Title(report)).Append("\n\n");
        sb.Append("格式：").Append(report.Template.DocumentNumber).Append("\n\n");
        foreach (var spec in report.Template.Tables)
        {
            sb.Append("## ").Append(spec.PrintedName).Append(' ').Append(spec.Heading).Append("\n\n");
            if (report.Table(spec.Id) is not { } table)
            {
                sb.Append("（本表缺失）\n\n");
                continue;
            }

            WriteTable(sb, table);
            sb.Append('\n');
        }

        if (report.Findings.Length > 0)
        {
            sb.Append("## 检查结果\n\n");
            foreach (var f in report.Findings)
            {
                sb.Append("- **").Append(SeverityLabel(f.Severity)).Append("** `").Append(f.Code).Append("` ").Append(f.Message).Append('\n');
            }
        }

        return sb.ToString();
    }

    public static string Title(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Title ?? $"{report.Agency ?? "（未知机关）"}{(report.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "")}政府信息公开工作年度报告";
    }

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "存疑",
        _ => "提示",
    };

    private static void WriteTable(StringBuilder sb, ReportTable table)
    {
        // Rows of one table may have different columns (表二's blocks): one pipe table per run of equal columns.
        string? header = null;
        foreach (var (row, values) in table.Rows)
        {
            var columns = string.Join(" | ", row.Columns.Select(c => c.Label));
            if (columns != header)
            {
                if (header is not null)
                {
                    sb.Append('\n');
                }

                header = columns;
                sb.Append("| 项目 | ").Append(columns).Append(" |\n|---|").Append(string.Concat(row.Columns.Select(_ => "---:|"))).Append('\n');
            }

            sb.Append("| ").Append(row.DisplayLabel).Append(" | ");
            sb.Append(values is { } cells ? string.Join(" | ", cells.Select(FormatCell)) : string.Join(" | ", row.Columns.Select(_ => "—")));
            sb.Append(" |\n");
        }
    }

    /// <summary>A cell as printed in a document: a value, or blank when unknown.</summary>
    public static string FormatBlank(decimal? value) => value is { } v ? FormatCell(v) : "";

    public static string FormatCell(decimal? value) =>
        ChineseNumbers.Figure(value, "?");
}
