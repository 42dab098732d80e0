using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Documents.Tables;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Published web tables often leave zeros blank (&amp;nbsp;) in most cells of 表三. The grid knows which column a
/// blank is in; the text it is turned into must say so, or a row printed "40 3 2 1 46" over seven columns is read
/// as if its blanks were anywhere (0、0、40、3、2、1、46). Numbers here are generated, not copied from any report.
/// </summary>
public sealed partial class BlankCellTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(23)]
    public void Html_tables_with_zeros_printed_blank_read_to_the_numbers(int seed)
    {
        var template = seed == 11 ? ReportTemplate.Trial2019 : ReportTemplate.Format2021;
        var expected = ReportGenerator.Generate(new Random(seed), template, template == ReportTemplate.Format2021 ? 2023 : 2020);
        var html = ZeroCell().Replace(HtmlReportWriter().Invoke(expected), "$1&nbsp;$2");
        Assert.Contains("&nbsp;", html, StringComparison.Ordinal);

        var read = ReportReader.Read("blank.html", Encoding.UTF8.GetBytes(html)).Report!;
        Assert.All(expected.Tables, t => Assert.True(t.ValueEquals(read.Table(t.Id)), $"{t.Id}: {string.Join(" | ", read.Table(t.Id)!.Rows.Select(r => string.Join(",", r.Values ?? [])))}"));

        // Each blank read as zero is told: an info where the row's 总计 checks it, a warning in 表二 where nothing can.
        Assert.Contains(read.Findings, f => f is { Code: "parse.blankCell", Table: TableId.Applications, Severity: Severity.Info });
        Assert.All(read.Findings.Where(f => f is { Code: "parse.blankCell", Table: TableId.Proactive }), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Blank_cells_are_marked_merged_positions_are_left_out_and_header_rows_stay_as_printed()
    {
        IReadOnlyList<IReadOnlyList<SourceCell>> rows =
        [
            [new("信息内容"), new("上一年项目数量"), new("本年增/减", 2), new("处理决定数量")],
            [new("行政许可"), new("4", 2), new("1"), new("9")],
            [new("note", 2), new("自然人"), new(""), new("总计")],
            [new("一、本年新收", 2), new("12"), new(" "), new("12")],
            [new("（六）其他处理", 2), new(""), new("\u00A0"), new("")],
        ];
        Assert.Equal(
            ["信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t4\t1\t9", "note\t自然人\t\t总计", "一、本年新收\t12\t\uE000\t12", "（六）其他处理\t\uE000\t\uE000\t\uE000"],
            TableLines.ToLines(rows, markBlankCells: true));
    }

    private static Func<AnnualReport, string> HtmlReportWriter() => Gongkai.Documents.Writers.HtmlReportWriter.Write;

    [GeneratedRegex("(<td[^>]*>)0(</td>)")]
    private static partial Regex ZeroCell();
}
