using Gongkai.Documents.Pdf;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// The grid rebuilt from word boxes placed as pdftotext -bbox-layout gives them for Chromium's print of 上海市人民政府
/// 办公厅's 2019 表三 (CJK boxes 31 pt tall, digit boxes 13 pt, figures centred in their cells, labels wrapped).
/// </summary>
public sealed class PdfTableTextTests
{
    private static PdfWord Cjk(string text, double x0, double y0, double x1) => new(text, x0, y0, x1, y0 + 31.2);

    // Digits are 6 pt wide at 12 pt, a full stop 3 pt.
    private static PdfWord Digits(string text, double x0, double y0) => new(text, x0, y0, x0 + text.Sum(c => c == '.' ? 3 : 6), y0 + 13.3);

    private static readonly PdfWord[] Header =
    [
        Cjk("申请人情况", 326.6, 22.9, 386.6),
        Cjk("（本列数据的勾稽关系为：第一项加第二项之和，等", 37.5, 45.4, 313.5), Cjk("自然", 326.6, 56.7, 350.6),
        Cjk("法人或其他组织", 358.9, 45.4, 442.9), Cjk("总", 553.1, 56.7, 565.1),
        Cjk("于第三项加第四项之和）", 37.5, 63.4, 169.5),
        Cjk("商业", 358.9, 67.9, 382.9), Cjk("科研", 395.2, 67.9, 419.2), Cjk("社会公", 431.4, 67.9, 467.4),
        Cjk("法律服", 480.7, 67.9, 516.7), Cjk("其", 530.1, 67.9, 542.1),
        Cjk("人", 326.6, 74.7, 338.6), Cjk("计", 553.1, 74.7, 565.1),
        Cjk("企业", 358.9, 85.9, 382.9), Cjk("机构", 395.2, 85.9, 419.2), Cjk("益组织", 431.4, 85.9, 467.4),
        Cjk("务机构", 480.7, 85.9, 516.7), Cjk("他", 530.1, 85.9, 542.1),
    ];

    [Fact]
    public void Blank_cells_stay_in_their_columns_and_become_zeros()
    {
        PdfWord[] row =
        [
            Cjk("一、本年新收政府信息公开申请数量", 37.5, 108.4, 229.5),
            Digits("821", 326.6, 119.1), Digits("35", 358.9, 119.1), Digits("2", 480.7, 119.1), Digits("1", 530.1, 119.1), Digits("859", 553.1, 119.1),
        ];

        var text = PdfTableText.ToText([new PdfPage(792, [.. Header, .. row])]);

        // 科研机构 and 社会公益组织 are blank in every row: their headings alone keep their columns.
        Assert.NotNull(text);
        Assert.Contains("一、本年新收政府信息公开申请数量\t821\t35\t0\t0\t2\t1\t859\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrapped_labels_stay_with_their_rows_and_a_label_without_figures_is_a_row_of_zeros()
    {
        PdfWord[] rows =
        [
            Cjk("一、本年新收政府信息公开申请数量", 37.5, 108.4, 229.5), Digits("821", 326.6, 119.1), Digits("859", 553.1, 119.1),
            Digits("14", 326.6, 227.1), Digits("1.", 182.2, 228.6), Cjk("属于国家秘密", 191.2, 216.4, 263.2),
            Digits("2.", 182.2, 251.1), Cjk("其他法律行政法规禁止", 191.2, 238.9, 311.2), Cjk("公开", 182.2, 256.9, 206.2),
            Digits("1.", 182.2, 426.6), Cjk("本机关不掌握相关政府", 191.2, 414.4, 311.2),
            Cjk("三、本年度", 37.5, 421.2, 97.5), Digits("252", 326.6, 434.1), Digits("12", 358.9, 434.1), Digits("1", 480.7, 434.1),
            Cjk("信息", 182.2, 432.4, 206.2), Cjk("办理结果", 37.5, 439.2, 85.5),
            Cjk("（四）无法", 112.0, 454.9, 172.0), Digits("2.", 182.2, 467.1), Cjk("没有现成信息需要另行", 191.2, 454.9, 311.2),
            Digits("44", 326.6, 474.6), Digits("3", 358.9, 474.6),
            Cjk("提供", 112.0, 472.9, 136.0), Cjk("制作", 182.2, 472.9, 206.2),
        ];

        var lines = PdfTableText.ToText([new PdfPage(792, [.. Header, .. rows])])!.Split('\n');

        Assert.Contains("1.属于国家秘密\t14\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("三、本年度办理结果 1.本机关不掌握相关政府信息\t252\t12\t0\t0\t1\t0\t0", lines);
        Assert.Contains("（四）无法提供 2.没有现成信息需要另行制作\t44\t3\t0\t0\t0\t0\t0", lines);
    }

    [Fact]
    public void Sub_tables_of_table_two_keep_their_own_columns_and_their_article_lines_stay_text()
    {
        // 表二 as 上海市人民政府办公厅 printed it in 2019: each 第二十条 item a table of its own columns.
        PdfWord[] words =
        [
            Cjk("第二十条第（一）项", 37.5, 206.4, 145.5),
            Cjk("信息内容", 37.5, 228.9, 85.5), Cjk("本年新制作数量", 162.0, 228.9, 246.0), Cjk("本年新公开数量", 250.5, 228.9, 334.5), Cjk("对外公开总数量", 339.0, 228.9, 423.0),
            Cjk("规章", 37.5, 251.4, 61.5), Digits("13", 162.0, 262.0), Digits("524", 339.0, 262.0),
            Cjk("规范性文件", 37.5, 273.9, 97.5), Digits("60", 162.0, 284.5), Digits("60", 250.5, 284.5), Digits("368", 339.0, 284.5),
            Cjk("第二十条第（九）项", 37.5, 296.4, 145.5),
            Cjk("信息内容", 37.5, 318.9, 85.5), Cjk("采购项目数量", 162.0, 318.9, 234.0), Cjk("采购总金额", 290.0, 318.9, 350.0),
            Cjk("政府集中采购", 37.5, 341.4, 109.5), Digits("6", 162.0, 352.0), Digits("251000", 290.0, 352.0),
        ];

        var lines = PdfTableText.ToText([new PdfPage(792, words)])!.Split('\n');

        Assert.Contains("规章\t13\t0\t524", lines);
        Assert.Contains("规范性文件\t60\t60\t368", lines);
        Assert.Contains("第二十条第（九）项", lines);
        Assert.Contains("政府集中采购\t6\t251000", lines);
    }

    [Fact]
    public void A_decrease_under_the_change_heading_is_a_figure_in_its_column()
    {
        // 表二's （五） as Chromium prints the HTML writer's page (generated PDF gen-1-190 of the accuracy bench): 行政许可
        // down 2 on the year, 其他对外管理服务事项 up 5, the zeros left blank.
        PdfWord[] words =
        [
            Cjk("第二十条第（五）项", 253.5, 313.0, 348.0),
            Cjk("信息内容", 131.0, 331.0, 173.0), Cjk("上一年项目数量", 236.9, 331.0, 310.4), Cjk("本年增/减", 350.0, 331.0, 395.7), Cjk("处理决定数量", 440.5, 331.0, 503.5),
            Cjk("行政许可", 131.0, 348.3, 173.0), Digits("-2", 368.1, 359.0), Digits("10", 466.6, 359.0),
            Cjk("其他对外管理服务事项", 99.5, 365.5, 204.5), Digits("5", 369.9, 376.2),
        ];

        var lines = PdfTableText.ToText([new PdfPage(792, words)])!.Split('\n');

        Assert.Contains("行政许可\t0\t-2\t10", lines);
        Assert.Contains("其他对外管理服务事项\t0\t5\t0", lines);
    }

    [Fact]
    public void A_blank_last_row_beside_a_group_label_printed_vertically_at_the_foot_of_the_page_is_read()
    {
        // The foot of a page where 表三 breaks (generated PDF gen-1-005 of the accuracy bench, text at the top of its
        // cells): 「（三）不予公开」 printed one character to a line beside the label lines after the last figures, and
        // 「4.保护第三方合法权益」 blank. Boxes as pdftotext gives them for Noto Sans CJK at 10.5 pt.
        PdfWord[] words =
        [
            new("自然人", 245.0, 165.0, 277.0, 192.3), new("总计", 490.0, 165.0, 512.0, 192.3),
            new("2.其他法律行", 171.0, 191.5, 232.3, 218.8), new("政法规禁止公", 171.0, 205.0, 234.0, 232.3), new("开", 171.0, 218.5, 181.5, 245.8),
            new("3.危及“三安", 171.0, 235.8, 232.3, 263.1), new("4", 256.0, 235.8, 261.9, 263.1), new("4", 498.5, 235.8, 504.3, 263.1),
            new("全一稳定”", 171.0, 249.3, 223.5, 276.6), new("（", 153.8, 250.3, 164.3, 277.6), new("三", 153.8, 260.8, 164.3, 288.1),
            new("4.保护第三方", 171.0, 267.3, 232.3, 294.6), new("）", 153.8, 271.3, 164.3, 298.6),
            new("合法权益", 171.0, 280.8, 213.0, 308.1), new("不", 153.8, 281.8, 164.3, 309.1),
            new("予", 153.8, 292.3, 164.3, 319.6), new("公", 153.8, 302.8, 164.3, 330.1), new("开", 153.8, 313.3, 164.3, 340.6),
        ];

        var lines = PdfTableText.ToText([new PdfPage(842, words)])!.Split('\n');

        Assert.Contains("3.危及“三安全一稳定”\t4\t4", lines);
        Assert.Single(lines, l => l.EndsWith("4.保护第三方合法权益\t0\t0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_across_two_label_columns_is_a_row_of_its_own_under_a_blank_row_wrapped_in_one()
    {
        // The end of a 2019 表三 in narrow columns with text at the top of its cells (generated PDF gen-2-075 of the
        // accuracy bench, Noto Serif CJK at 12 pt): 「5.要求行政机关确认或重新出具已获取信息」 blank over seven lines,
        // then 「（六）其他处理」 and 「（七）总计」, each centred across the two inner label columns. The labels of （五）
        // start at a few left edges, so they are placed by their left edge, where 「（七）总计」 stands right of 「（六）」.
        PdfWord[] words =
        [
            new("自然人", 211.7, 287.0, 231.7, 318.2), new("其他", 355.0, 287.0, 372.0, 318.2), new("总计", 381.9, 287.0, 402.1, 318.2),
            new("（五）", 117.5, 325.9, 153.5, 357.1), new("1.信访", 161.1, 325.9, 194.6, 357.1),
            new("31", 215.6, 325.9, 227.9, 357.1), new("77", 272.2, 325.9, 285.4, 357.1), new("108", 382.5, 325.9, 401.5, 357.1),
            new("不予处", 117.5, 340.9, 153.5, 372.1), new("举报投", 161.1, 340.9, 197.1, 372.1), new("理", 129.5, 356.7, 141.5, 387.9),
            new("诉类申", 161.1, 356.7, 197.1, 387.9), new("请", 161.1, 372.4, 173.1, 403.6),
            new("2.重复", 165.5, 391.9, 200.1, 423.1), new("申请", 170.8, 407.7, 194.8, 438.9),
            new("3.要求", 161.1, 426.4, 195.7, 457.6), new("提供公", 161.1, 442.2, 197.1, 473.4), new("开出版", 161.1, 457.9, 197.1, 489.1),
            new("物", 161.1, 473.7, 173.1, 504.9),
            new("4.无正", 161.1, 493.2, 195.6, 524.4), new("4", 275.4, 493.2, 282.1, 524.4), new("4", 388.7, 493.2, 395.3, 524.4),
            new("当理由", 161.1, 508.2, 197.1, 539.4), new("大量反", 161.1, 523.9, 197.1, 555.1), new("复申请", 161.1, 539.7, 197.1, 570.9),
            new("5.要求", 161.1, 559.2, 195.7, 590.4), new("行政机", 161.1, 574.9, 197.1, 606.1), new("关确认", 161.1, 589.9, 197.1, 621.1),
            new("或重新", 161.1, 605.7, 197.1, 636.9), new("出具已", 161.1, 621.4, 197.1, 652.6), new("获取信", 161.1, 637.2, 197.1, 668.4),
            new("息", 161.1, 652.9, 173.1, 684.1),
            new("（六）其他处理", 117.9, 671.7, 201.9, 702.9), new("11", 216.1, 671.7, 227.4, 702.9), new("5", 360.1, 671.7, 366.8, 702.9), new("16", 385.8, 671.7, 398.2, 702.9),
            new("（七）总计", 129.9, 691.2, 189.9, 722.4), new("434", 211.7, 691.2, 231.7, 722.4), new("5", 360.1, 691.2, 366.8, 722.4), new("809", 381.9, 691.2, 402.1, 722.4),
        ];

        var lines = PdfTableText.ToText([new PdfPage(842, words)])!.Split('\n');

        Assert.Contains("5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0", lines);
        Assert.Contains("（六）其他处理\t11\t0\t5\t16", lines);
        Assert.Contains("（七）总计\t434\t0\t5\t809", lines);
    }

    [Fact]
    public void Prose_with_figures_spaced_apart_is_no_table()
    {
        // A justified line of 淮安市洪泽区's 2024 report: the figures have words after them.
        PdfWord[] prose =
        [
            Cjk("起至", 90, 100, 114), Digits("2024", 130, 109), Cjk("年", 160, 100, 172), Digits("12", 190, 109),
            Cjk("月", 215, 100, 227), Digits("31", 245, 109), Cjk("日止。", 270, 100, 306),
        ];

        Assert.Null(PdfTableText.ToText([new PdfPage(792, prose)]));
    }
}
