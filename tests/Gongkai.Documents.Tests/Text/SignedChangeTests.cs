using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// 2019 reports (trial format) print 表二's 本年增/减 with its sign either way, "+19", "-1942", or in words, "减4";
/// pages flattened to one cell per line close each row with a lone "|", which is no blank cell. Numbers made up.
/// </summary>
public sealed class SignedChangeTests
{
    private const string Heading = "某某县交通运输局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(五)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n";

    [Fact]
    public void A_change_printed_with_a_plus_or_in_words_is_one_signed_cell()
    {
        var text = Heading + "行政许可\t21\t+19\t40\n其他对外管理服务事项\t6\t减4\t2\n第二十条第(六)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚\t8249\t-1942\t6307\n行政强制\t3\t增2\t5\n";

        var report = TextReportReader.ReadTables(text, "signed.txt")!;
        Assert.Equal(ReportTemplate.Trial2019, report.Template);
        var table = report.Proactive!;
        Assert.Equal([21m, 19, 40], table["administrativeLicensing"]!.Value.Select(v => v!.Value));
        Assert.Equal([6m, -4, 2], table["otherExternalServices"]!.Value.Select(v => v!.Value));
        Assert.Equal([8249m, -1942, 6307], table["administrativePenalty"]!.Value.Select(v => v!.Value));
        Assert.Equal([3m, 2, 5], table["administrativeCoercion"]!.Value.Select(v => v!.Value));
        Assert.DoesNotContain(report.Findings, f => f.Code.StartsWith("parse.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signed_figure_is_not_read_into_a_column_that_cannot_be_negative()
    {
        // A 2019 report printed with its zeros left blank: 行政许可 上一年 blank, 增/减 -2, 处理决定 279; 行政处罚 55,
        // -4, blank. Splitting "279" into "2、79" or "55" into "5、5" would be cheaper, but puts -2 or -4 where no
        // figure is negative.
        var text = Heading + "行政许可 -2 279\n其他对外管理服务事项 6 减4 2\n第二十条第(六)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政处罚 55 -4\n行政强制 3 增2 5\n";

        var table = TextReportReader.ReadTables(text, "blank-zeros.txt")!.Proactive!;

        Assert.Equal([0m, -2, 279], table["administrativeLicensing"]!.Value.Select(v => v!.Value));
        Assert.Equal([55m, -4, 0], table["administrativePenalty"]!.Value.Select(v => v!.Value));
    }

    [Fact]
    public void A_lone_pipe_before_a_label_closes_the_row_and_one_before_a_number_is_a_blank_cell()
    {
        string[] lines =
        [
            "第二十条第(五)项 | |||", "|", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
            "行政许可 |", "339 |", "+123 |", "462 |", "|",
            "其他对外管理服务事项 |", "0 |", "0 |", "0 |", "|",
            "第二十条第(六)项 | |||", "|", "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
            "行政处罚 |", "|", "+239 |", "239 |", "|",
            "行政强制 |", "10 |", "0 |", "|", "|",
        ];
        var text = "某某县交通运输局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + string.Join('\n', lines) + "\n";

        var report = TextReportReader.ReadTables(text, "flattened.txt")!;
        var table = report.Proactive!;
        Assert.Equal([339m, 123, 462], table["administrativeLicensing"]!.Value.Select(v => v!.Value));
        Assert.Equal([0m, 239, 239], table["administrativePenalty"]!.Value.Select(v => v!.Value));
        Assert.Equal([10m, 0, 0], table["administrativeCoercion"]!.Value.Select(v => v!.Value));
        var blank = Assert.Single(report.Findings, f => f.Row == "administrativePenalty");
        Assert.Equal(("parse.blankCell", Severity.Warning, (int?)0), (blank.Code, blank.Severity, blank.Column));
        Assert.Contains(report.Findings, f => f is { Row: "administrativeCoercion", Code: "parse.blankCell", Column: 2 });
    }
}
