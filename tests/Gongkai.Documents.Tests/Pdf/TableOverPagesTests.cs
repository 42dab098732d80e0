using Gongkai.Documents.Pdf;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// 表三 broken over pages, its figure columns narrow and its labels wrapped in their cells over many lines, zeros
/// left blank (generated PDFs of tests/corpus/generated printed by Chromium): every row of every page is rebuilt in
/// the columns of the table's headings, blank rows included.
/// </summary>
public sealed class TableOverPagesTests
{
    /// <summary>
    /// 表三 starts at the foot of page 3 (headings, rows 一 and 二), goes on with no header on pages 4, 7, 8 and 9
    /// (5 and 6 blank), its label columns 36 pt wide: 「1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开
    /// 申请」 runs over 11 lines.
    /// </summary>
    private const string CarriedOver = "gen-1-106-sans-narrow-wrap-brk7-blank2-foot3-12.pdf";

    /// <summary>表三's headings at the foot of page 2, its first row at the top of page 3, that row's label over two lines around its figures.</summary>
    private const string HeadingsApart = "gen-1-061-serif-narrow-centred-wrap-blank2-9.pdf";

    [Fact]
    public void Inner_labels_above_the_first_figures_of_a_carried_page_are_no_headings()
    {
        // Page 4's first figures stand beside 「理结」 of the wrapped 「三、本年度办理结果」; 「（一）予以公开」 above them,
        // right of 「理结」, is a label of the rows and no heading of a figure column.
        var grid = Grid(CarriedOver);

        Assert.Equal("17 0 0 0 0 20 37", Cells(grid, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        Assert.Equal("7 0 0 0 0 0 7", Cells(grid, "3.危及“三安全一稳定”"));
        // Page 7 has no headings either: its rows take the columns of page 4.
        Assert.Equal("17 0 0 6 0 38 61", Cells(grid, "4.保护第三方合法权益"));
    }

    [Fact]
    public void Figures_left_of_the_first_rows_but_right_of_the_labels_stay_in_the_table()
    {
        // Page 8 opens with figures in 其他 and 总计 only (「2 2」, 「95 95」); 「103」 under 科研机构 is further left, yet
        // right of every label: a row of the same table, not the start of the next.
        var grid = Grid(CarriedOver);

        Assert.Equal("0 0 0 0 0 95 95", Cells(grid, "2.重复申请"));
        Assert.Equal("0 0 103 0 0 0 103", Cells(grid, "3.要求提供公开出版物"));
    }

    [Fact]
    public void A_blank_row_whose_label_runs_over_more_lines_than_a_header_opens_a_carried_page()
    {
        var grid = Grid(CarriedOver);

        Assert.Equal("0 0 0 0 0 0 0", Cells(grid, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
        Assert.Equal("0 0 0 0 0 43 43", Cells(grid, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
    }

    [Fact]
    public void A_blank_row_at_the_foot_of_a_page_under_a_label_wrapped_around_its_figures_is_read()
    {
        // 「一、本年新收政府信息 / 57 … 451 / 公开申请数量」, then 「二、上年结转政府信息 / 公开申请数量」 with no figures.
        var grid = Grid(CarriedOver);

        Assert.Equal("57 0 106 87 2 199 451", Cells(grid, "一、本年新收政府信息公开申请数量"));
        Assert.Equal("0 0 0 0 0 0 0", Cells(grid, "二、上年结转政府信息公开申请数量"));
    }

    [Fact]
    public void Headings_on_the_page_before_the_first_row_and_its_wrapped_label_give_the_columns()
    {
        var grid = Grid(HeadingsApart);

        Assert.Equal("358 87 2 4 0 3 454", Cells(grid, "一、本年新收政府信息公开申请数量"));
        Assert.Equal("32 77 0 0 0 0 109", Cells(grid, "1.属于国家秘密"));
    }

    [Fact]
    public void A_blank_last_row_centred_across_label_columns_no_other_row_shares_is_read()
    {
        // 「四、结转下年度继续办理」 under 「（七）总计」, each centred across a different span of label columns.
        var grid = Grid(HeadingsApart);

        Assert.Equal("360 87 2 4 1 4 458", Cells(grid, "（七）总计"));
        Assert.Equal("0 0 0 0 0 0 0", Cells(grid, "四、结转下年度继续办理"));
    }

    [Theory]
    [InlineData(CarriedOver)]
    [InlineData(HeadingsApart)]
    public void Table_three_reads_row_for_row(string name)
    {
        var path = Path.Combine(Corpus.Generated, name);
        var truth = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Corpus.TruthFor(path)))!.AsObject();
        var read = ReportReader.ReadFile(path);

        Assert.True(read.Succeeded, read.Error);
        var wrong = TruthComparison.Of(read.Report!, truth).Rows
            .Where(r => r.Table == Domain.Reports.TableId.Applications && r.Kind == TruthRowKind.Cells
                && r.Truth.Select((v, c) => v is { } t && (r.Read is not { } cells || c >= cells.Count || cells[c] != t)).Any(x => x))
            .Select(r => r.Row)
            .ToList();
        Assert.Empty(wrong);
    }

    private static string[] Grid(string name) =>
        PdfReportReader.GridText(File.ReadAllBytes(Path.Combine(Corpus.Generated, name)), "pdftotext")!.Split('\n');

    /// <summary>The cells of the grid row whose label ends with <paramref name="label"/>, space-separated; null when no row has it.</summary>
    private static string? Cells(string[] grid, string label) =>
        grid.Select(l => l.Split('\t')).Where(c => c.Length > 1 && c[0].EndsWith(label, StringComparison.Ordinal))
            .Select(c => string.Join(" ", c.Skip(1))).SingleOrDefault();
}
