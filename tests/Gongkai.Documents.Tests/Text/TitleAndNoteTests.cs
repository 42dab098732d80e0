using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// A title broken over two lines (西咸新区 街道 2023: "…办事处2023年度政府" / "信息公开工作年度报告") and a row label with a
/// note after it (保康县 2021: "规章(县级无此项)"). Names and numbers made up.
/// </summary>
public sealed class TitleAndNoteTests
{
    [Fact]
    public void A_title_broken_over_two_lines_gives_the_agency_and_year()
    {
        var text = "某某新区某某街道办事处2023年度政府\n信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n";
        var report = TextReportReader.ReadTables(text, "title.txt")!;
        Assert.Equal("某某新区某某街道办事处", report.Agency);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void A_title_inside_the_opening_sentence_gives_the_agency_without_the_sentence()
    {
        var text = "根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。本报告由六部分组成。\n二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n";
        var report = TextReportReader.ReadTables(text, "sentence.txt")!;
        Assert.Equal("区统计局", report.Agency);
        Assert.Equal("区统计局2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void A_note_after_a_row_label_is_left_out_of_the_label()
    {
        var text = "某县农业农村局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章(县级无此项) | 0 | 0 | 0 |\n行政规范性文件 | 2 | 1 | 9 |\n";
        var report = TextReportReader.ReadTables(text, "note.txt")!;
        Assert.Equal([0m, 0, 0], report.Proactive!["regulations"]!.Value.Select(v => v!.Value));
        Assert.Equal([2m, 1, 9], report.Proactive!["normativeDocuments"]!.Value.Select(v => v!.Value));
    }

    [Fact]
    public void Digits_in_brackets_in_a_column_heading_are_no_cells()
    {
        var text = "某某街道2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年(2023)制发件数 | 本年(2023)废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 1 | 4 |\n";
        var report = TextReportReader.ReadTables(text, "brackets.txt")!;
        Assert.Equal([0m, 1, 4], report.Proactive!["normativeDocuments"]!.Value.Select(v => v!.Value));
        Assert.DoesNotContain(report.Findings, f => f.Code == "parse.unknownRow");
    }
}
