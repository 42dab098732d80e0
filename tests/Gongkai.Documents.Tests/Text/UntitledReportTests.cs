using System.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// A web page printed to PDF loses its &lt;title&gt;, often the only place the title is; the body still states the
/// statistics period, which gives the year. Text made up.
/// </summary>
public sealed class UntitledReportTests
{
    [Theory]
    [InlineData("根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告中所列数据统计期限为2024年1月1日至12月31日。", 2024)]
    [InlineData("本年度报告中所列数据统计期限从2019年1月1日到12月31日止。", 2019)]
    [InlineData("本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。", 2022)]
    [InlineData("主要从总体情况等六个方面汇报我镇2023年政府信息公开工作。", 2023)]
    [InlineData("我局门户网站及时发布信息。截止2021年12月31日我局通过官方网站发布政务类信息34条。", 2021)]
    public void Year_comes_from_the_statistics_period_when_no_title_is_printed(string opening, int year)
    {
        var text = opening + "\n一、总体情况\n我局持续推进政务公开工作。\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n";
        var report = ReportReader.Read("untitled.txt", Encoding.UTF8.GetBytes(text)).Report!;
        Assert.Equal(year, report.Year);
    }
}
