using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>Which of the two report formats a text is in (<see cref="TextReportReader"/>).</summary>
internal static class TemplateDetector
{
    /// <summary>
    /// The format is told by the tables, not the year (report-json.md): 表二's column headings first
    /// (本年制发件数 is 2021, 本年新制作数量/上一年项目数量 is 2019), then 表三's （六） sub-rows, then the year.
    /// </summary>
    public static ReportTemplate Detect(LocatedTables located, int? year)
    {
        var header = located.ProactiveHeader.ToString();
        string[] marks2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"];
        string[] marks2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额"];
        var votes2021 = marks2021.Count(m => header.Contains(m, StringComparison.Ordinal));
        var votes2019 = marks2019.Count(m => header.Contains(m, StringComparison.Ordinal))
            + (located.Proactive.ContainsKey(RowKeys.OtherExternalServices) ? 1 : 0) + (located.Proactive.ContainsKey(RowKeys.CentralizedProcurement) ? 1 : 0);
        if (votes2021 != votes2019)
        {
            return votes2021 > votes2019 ? ReportTemplate.Format2021 : ReportTemplate.Trial2019;
        }

        if (located.HasOtherHandlingSubRows)
        {
            return ReportTemplate.Format2021;
        }

        if (located.SingleOtherHandling && year is null or < 2021)
        {
            return ReportTemplate.Trial2019;
        }

        return ReportTemplate.ForYear(year ?? 2021);
    }
}
