using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Tables copied out of a web page keep their cell separators, so a blank cell is still an empty field: a browser's
/// copy joins cells with tabs (上海市人民政府办公厅 2019, whose label cells span two columns and leave an extra empty
/// field), Markdown keeps "|  |", and pages flattened to one cell per line put a "|" line after each cell. Numbers
/// here are made up.
/// </summary>
public sealed class CopiedBlankFieldTests
{
    private const string Heading = "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\n自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n";

    [Fact]
    public void Empty_fields_of_a_copied_row_are_blank_cells_in_their_columns()
    {
        var text = Heading
            + "一、本年新收政府信息公开申请数量\t40\t3\t\t\t2\t1\t46\n"
            + "二、上年结转政府信息公开申请数量\t\t\t\t\t\t\t\n"
            + "三、本年度办理结果\t（一）予以公开\t12\t\t\t\t1\t\t13\n"
            + "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t3\t\t\t\t\t\t3\n";

        var report = TextReportReader.ReadTables(text, "copied.txt")!;
        var table = report.Applications!;
        Assert.Equal([40m, 3, 0, 0, 2, 1, 46], table["newlyReceived"]!.Value.Select(v => v!.Value));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], table["carriedOver"]!.Value.Select(v => v!.Value));
        Assert.Equal([12m, 0, 0, 0, 1, 0, 13], table["disclosed"]!.Value.Select(v => v!.Value));
        Assert.Equal([3m, 0, 0, 0, 0, 0, 3], table["partiallyDisclosed"]!.Value.Select(v => v!.Value));
        Assert.DoesNotContain(report.Findings, f => f.Code.StartsWith("parse.", StringComparison.Ordinal) && f.Code != "parse.blankCell" && f.Row is "newlyReceived" or "disclosed");
        var told = Assert.Single(report.Findings, f => f.Code == "parse.blankCell" && f.Row == "newlyReceived");
        Assert.Equal(Severity.Info, told.Severity);
        Assert.Contains("「科研机构」「社会公益组织」印为空白，按0读取", told.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_cell_no_sum_can_check_is_warned_and_one_a_sum_refuses_too()
    {
        var text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t\n行政规范性文件\t5\t12\t8\n"
            + Heading
            + "一、本年新收政府信息公开申请数量\t40\t3\t\t\t2\t1\t50\n";

        var report = TextReportReader.ReadTables(text, "copied.txt")!;
        Assert.Equal([0m, 0, 0], report.Proactive!["regulations"]!.Value.Select(v => v!.Value));
        var unchecked_ = Assert.Single(report.Findings, f => f.Code == "parse.blankCell" && f.Row == "regulations");
        Assert.Equal(Severity.Warning, unchecked_.Severity);
        Assert.Contains("表二「规章」行「现行有效件数」印为空白", unchecked_.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.Row == "normativeDocuments");

        var refused = Assert.Single(report.Findings, f => f.Code == "parse.blankCell" && f.Row == "newlyReceived");
        Assert.Equal(Severity.Warning, refused.Severity);
        Assert.Contains("与本行合计不符", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cells_holding_nothing_are_blank_and_the_edge_pipes_are_not()
    {
        var text = Heading.Replace("\t", " | ", StringComparison.Ordinal)
            + "| 一、本年新收政府信息公开申请数量 | 40 | 3 |  |  | 2 | 1 | 46 |\n"
            + "| 二、上年结转政府信息公开申请数量 | 5 |  |  |  |  |  | 5 |\n";

        var table = TextReportReader.ReadTables(text, "copied.md")!.Applications!;
        Assert.Equal([40m, 3, 0, 0, 2, 1, 46], table["newlyReceived"]!.Value.Select(v => v!.Value));
        Assert.Equal([5m, 0, 0, 0, 0, 0, 5], table["carriedOver"]!.Value.Select(v => v!.Value));
    }

    [Fact]
    public void Two_pipe_lines_in_a_row_close_a_blank_cell()
    {
        string[] cells = ["一、本年新收政府信息公开申请数量", "40", "3", "", "", "2", "1", "46", "二、上年结转政府信息公开申请数量", "", "", "", "", "", "", ""];
        var text = Heading + string.Join('\n', cells.Select(c => c.Length == 0 ? "|" : c + "\n|")) + "\n";

        var table = TextReportReader.ReadTables(text, "flattened.txt")!.Applications!;
        Assert.Equal([40m, 3, 0, 0, 2, 1, 46], table["newlyReceived"]!.Value.Select(v => v!.Value));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], table["carriedOver"]!.Value.Select(v => v!.Value));
    }

    [Fact]
    public void A_single_number_after_a_tab_is_indentation_not_a_blank_before_it()
    {
        var text = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n\t规章\n\t1\n\t0\n\t5\n";
        var table = TextReportReader.ReadTables(text, "cells.txt")!.Proactive!;
        Assert.Equal([1m, 0, 5], table["regulations"]!.Value.Select(v => v!.Value));
    }
}

/// <summary>
/// Pages flattened from HTML with each cell on a line of its own ending in " |" (区县 reports of 2019–2023): a line
/// holding only "|" is a blank cell, "| ||" a blank cell and the positions a colspan covered, and where a page
/// dropped its blank cells and printed "3 |\n3 |\n|||||||" the reading is warned and takes 自然人. Numbers made up.
/// </summary>
public sealed class CellPerLineWithPipesTests
{
    private static string Page(string proactiveRows, string applicationRows) =>
        "一、总体情况\n2020年我局政府信息公开工作运行良好。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
        + proactiveRows
        + "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
        + applicationRows;

    [Fact]
    public void A_lone_pipe_is_a_blank_cell_and_the_year_comes_from_the_overview()
    {
        var text = Page("规章 |\n|\n|\n|\n行政规范性文件 |\n2 |\n|\n7 |\n第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n| ||\n",
            "一、本年新收政府信息公开申请数量 |\n4 |\n|\n|\n|\n1 |\n|\n5 |\n||\n");

        var report = TextReportReader.ReadTables(text, "page.txt")!;
        Assert.Equal(2020, report.Year);
        Assert.Equal([0m, 0, 0], report.Proactive!["regulations"]!.Value.Select(v => v!.Value));
        Assert.Equal([2m, 0, 7], report.Proactive!["normativeDocuments"]!.Value.Select(v => v!.Value));
        Assert.Equal([0m], report.Proactive!["administrativeLicensing"]!.Value.Select(v => v!.Value));
        Assert.Equal([4m, 0, 0, 0, 1, 0, 5], report.Applications!["newlyReceived"]!.Value.Select(v => v!.Value));
    }

    [Fact]
    public void Dropped_blank_cells_are_warned_and_read_as_natural_persons()
    {
        var text = Page("规章 |\n0 |\n0 |\n0 |\n", "一、本年新收政府信息公开申请数量 |\n6 |\n6 |\n|||||||\n");

        var report = TextReportReader.ReadTables(text, "page.txt")!;
        Assert.Equal([6m, 0, 0, 0, 0, 0, 6], report.Applications!["newlyReceived"]!.Value.Select(v => v!.Value));
        Assert.Contains(report.Findings, f => f.Code == "parse.ambiguous" && f.Row == "newlyReceived");
    }
}
