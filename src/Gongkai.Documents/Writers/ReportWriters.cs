using System.Text;
using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>The output formats of a report by name (docx, html, xlsx, csv, md, json): file extension and bytes.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<string> Formats { get; } = ["docx", "html", "xlsx", "csv", "md", "json"];

    /// <summary>True for formats a terminal can show (written to standard output when no file is named).</summary>
    public static bool IsText(string format) => format is "html" or "csv" or "md" or "json";

    public static string Extension(string format) => "." + format;

    public static byte[] Write(AnnualReport report, string format) => format switch
    {
        "docx" => DocxReportWriter.Write(report),
        "xlsx" => XlsxReportWriter.Write(report),
        "html" => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(report)),
        "csv" => Encoding.UTF8.GetBytes(CsvReportWriter.Write(report)),
        "md" => Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(report)),
        "json" => Encoding.UTF8.GetBytes(ReportJson.Serialize(report) + "\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
