using System.Text;
using System.Globalization;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Many reports open by listing every section, the three tables' headings among them, then state the statistics
/// period in figures ("全文包括总体情况、主动公开政府信息情况、…行政诉讼情况…。本年度报告中所列数据统计期限从2019年1月1日
/// 到12月31日止"). The list is no heading, and its dates are no 表四.
/// </summary>
public sealed class OverviewSentenceTests
{
    private const string Opening =
        "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、" +
        "因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况，以及其他需要报告的事项。" +
        "本年度报告中所列数据统计期限从YEAR年1月1日到12月31日止。\n";

    [Theory]
    [InlineData(TextLayout.TabSeparated)]
    [InlineData(TextLayout.SingleLine)]
    [InlineData(TextLayout.OneCellPerLine)]
    [InlineData(TextLayout.PdfLayout)]
    public void The_list_of_sections_in_the_opening_is_not_a_table_heading(TextLayout layout)
    {
        var random = new Random(31);
        foreach (var template in new[] { ReportTemplate.Format2021, ReportTemplate.Trial2019 })
        {
            var written = ReportGenerator.Generate(random, template, template == ReportTemplate.Format2021 ? 2023 : 2019);
            var text = Opening.Replace("YEAR", string.Create(CultureInfo.InvariantCulture, $"{written.Year}"), StringComparison.Ordinal) + TextLayouts.Write(written, layout);
            var read = ReportReader.Read("opening.txt", Encoding.UTF8.GetBytes(text)).Report!;
            Assert.True(written.ReviewLitigation!.ValueEquals(read.ReviewLitigation), $"表四 of the {template.Code} report in {layout}");
            Assert.True(written.Applications!.ValueEquals(read.Applications), $"表三 of the {template.Code} report in {layout}");
            Assert.True(written.Proactive!.ValueEquals(read.Proactive), $"表二 of the {template.Code} report in {layout}");
        }
    }
}
