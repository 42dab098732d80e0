using System.Net;
using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>
/// Writes a report as one print-ready web page: A4 page rules, the 公文 font stacks with Noto CJK fallbacks, the six
/// sections, and 表二/表三/表四 with the same merged cells as the DOCX (<see cref="OfficialLayout"/>).
/// </summary>
public static class HtmlReportWriter
{
    private const string Css = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body { font-family: "仿宋_GB2312", "仿宋", FangSong, "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16pt; line-height: 28pt; max-width: 156mm; margin: 2em auto; color: #000; }
        h1 { font-family: "方正小标宋简体", "华文中宋", "Noto Serif CJK SC", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.4; }
        h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0; }
        p { text-indent: 2em; margin: 0; text-align: justify; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-family: "宋体", SimSun, "Noto Serif CJK SC", serif; font-size: 9pt; line-height: 1.3; page-break-inside: auto; }
        table.proactive { font-size: 10.5pt; }
        th, td { border: 1px solid #000; padding: 2px 3px; text-align: center; vertical-align: middle; font-weight: normal; }
        th.label { text-align: left; }
        tr { page-break-inside: avoid; }
        caption { caption-side: top; font-size: 10.5pt; padding-bottom: 0.3em; }
        @media print { body { margin: 0; max-width: none; } }
        """;

    public static string Write(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = MarkdownReportWriter.Title(report);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n<style>\n")
            .Append(Css).Append("</style>\n</head>\n<body>\n<h1>").Append(Encode(title)).Append("</h1>\n");
        foreach (var section in ReportNarrative.Sections(report))
        {
            sb.Append("<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var text in section.Paragraphs)
            {
                sb.Append("<p>").Append(Encode(text)).Append("</p>\n");
            }

            if (section.Table is { } id)
            {
                if (report.Table(id) is { } table)
                {
                    WriteTable(sb, OfficialLayout.For(table), id);
                }
                else
                {
                    sb.Append("<p>（本表缺失）</p>\n");
                }
            }
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteTable(StringBuilder sb, LayoutTable layout, TableId id)
    {
        var total = layout.Widths.Sum();
        sb.Append("<table class=\"").Append(id.JsonKey().ToLowerInvariant()).Append("\">\n<colgroup>");
        foreach (var w in layout.Widths)
        {
            sb.Append("<col style=\"width:").Append((100 * w / total).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        sb.Append("</colgroup>\n");
        foreach (var row in layout.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                var tag = cell.Header ? "th" : "td";
                sb.Append('<').Append(tag);
                if (cell.ColSpan > 1)
                {
                    sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                }

                if (cell.RowSpan > 1)
                {
                    sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.Header && cell.ColSpan == 1 && cell.RowSpan == 1 && cell.Text.Length > 8)
                {
                    sb.Append(" class=\"label\"");
                }

                sb.Append('>').Append(cell.Text.Length > 0 ? Encode(cell.Text) : "&nbsp;").Append("</").Append(tag).Append('>');
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
