using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// A reviewer judges a finding without the original when it says where it was read: the line of the text and the
/// digits printed there. Numbers under a label no template has (「其中：网上申请」 under 表三, as some county reports
/// add) are said with their line and digits. Names and numbers made up.
/// </summary>
public sealed class SourceLineTests
{
    [Fact]
    public void Numbers_under_no_known_row_are_said_with_their_line_and_digits()
    {
        var text = string.Join('\n',
            "某某县统计局2023年政府信息公开工作年度报告",
            "二、主动公开政府信息情况",
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
            "规章 | 0 | 0 | 0 |",
            "行政规范性文件 | 1 | 0 | 5 |",
            "三、收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
            "其中：网上申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
            "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
            "");

        var report = TextReportReader.ReadTables(text, "county.txt")!;

        var unknown = Assert.Single(report.Findings, f => f.Code == "parse.unknownRow");
        Assert.Equal(8, unknown.Line);
        Assert.Equal("2 0 0 0 0 0 2", unknown.Printed);
        Assert.Equal(3m, report.Applications!.Cell("newlyReceived", 6));
    }
}
