using System.Text;
using Gongkai.Documents.Html;
using Gongkai.Documents.Tests.Text;
using Gongkai.Documents.Text;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Html;

/// <summary>
/// Web pages in the shapes reports are published in: a Word-pasted table inside a site page with navigation,
/// scripts and hidden menus (Fixtures/xihe-2021-word.html, the figures of seed 000), its GBK bytes, rowspan grids.
/// </summary>
public sealed class HtmlReaderTests
{
    private static readonly string Fixture = Path.Combine(Corpus.RepositoryRoot, "tests", "Gongkai.Documents.Tests", "Html", "Fixtures", "xihe-2021-word.html");

    private static readonly string Truth = Path.Combine(Corpus.Seeds, "000_6936dc3b40e04b6e.truth.json");

    [Fact]
    public void Word_pasted_table_inside_a_site_page_reads_to_the_truth() =>
        Golden.AssertReadsToTruth("xihe-2021-word.html", ReportReader.Read("xihe.html", File.ReadAllBytes(Fixture)), Truth);

    [Fact]
    public void Gbk_bytes_of_the_page_read_the_same_as_utf8()
    {
        var html = File.ReadAllText(Fixture, Encoding.UTF8);
        var utf8 = ReportReader.Read("p.html", Encoding.UTF8.GetBytes(html)).Report!;
        var gbk = ReportReader.Read("p.html", TextDecoding.Gb18030.GetBytes(html)).Report!;
        Assert.Equal(utf8.Agency, gbk.Agency);
        Assert.Equal(utf8.Year, gbk.Year);
        Assert.All(utf8.Tables, t => Assert.True(t.ValueEquals(gbk.Table(t.Id)), t.Id.ToString()));
        Golden.AssertMatchesTruth("xihe-2021-word-gbk.html", gbk, Truth);
    }

    [Theory]
    [InlineData("<meta charset=\"gbk\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">")]
    [InlineData("")]
    public void Gbk_is_recognised_from_the_meta_tag_or_by_detection(string meta)
    {
        var bytes = TextDecoding.Gb18030.GetBytes($"<html><head>{meta}</head><body><p>三、收到和处理政府信息公开申请情况</p></body></html>");
        Assert.Contains("三、收到和处理政府信息公开申请情况", HtmlDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Page_text_leaves_out_scripts_styles_and_hidden_menus_and_keeps_the_title_first()
    {
        var text = HtmlReportReader.ToText(File.ReadAllText(Fixture));
        Assert.StartsWith("阜新市细河区人民政府2021年度政府信息公开工作报告\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("99 99", text, StringComparison.Ordinal);
        Assert.DoesNotContain("隐藏菜单", text, StringComparison.Ordinal);
        Assert.DoesNotContain("float:left", text, StringComparison.Ordinal);
        Assert.Contains("\n一、总体情况\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rowspan_label_and_group_cells_leave_numbers_in_their_columns()
    {
        var text = HtmlReportReader.ToText(File.ReadAllText(Fixture));
        var lines = text.Split('\n');
        // The 22-row 三、本年度办理结果 cell and the 8-row （三）不予公开 cell sit on their first line only.
        Assert.Contains("三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1", lines);
        Assert.Contains("行政许可\t1584", lines);
    }

    [Fact]
    public void Nbsp_cells_are_blank_and_spans_join_without_a_gap()
    {
        var text = HtmlReportReader.ToText("<table><tr><td><span>行政</span><span>处罚</span></td><td>&nbsp;</td><td>3</td></tr></table>");
        Assert.Equal("行政处罚\t\t3\n", text);
    }
}
