using System.Text;
using Gongkai.Documents.Docx;
using Gongkai.Documents.Html;
using Gongkai.Documents.Json;
using Gongkai.Documents.Text;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Narrative;

/// <summary>
/// The narrative read from every input form: a seed's parts written as a web page, a Word document and JSON read
/// back to the same parts; and the title variants of both templates and of published reports.
/// </summary>
public sealed class NarrativeFormsTests
{
    private static readonly AnnualReport Seed = ReportReader.ReadFile(Path.Combine(Corpus.Seeds, "004_f719e6107d444fd2.txt")).Report!;

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("json")]
    public void Parts_read_back_from_each_written_form(string format)
    {
        var bytes = ReportWriters.Write(Seed, format);
        var read = format switch
        {
            "html" => HtmlReportReader.Read("x.html", bytes),
            "docx" => DocxReportReader.Read("x.docx", bytes),
            _ => ReportJson.Parse(Encoding.UTF8.GetString(bytes)),
        };
        var back = read.Value!;
        foreach (var number in new[] { 1, 5, 6 })
        {
            Assert.Equal(Squeeze(Seed.SectionText(number)!), Squeeze(back.SectionText(number)!));
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], back.Sections.Where(s => s.Number is not null).Select(s => s.Number!.Value));
    }

    [Theory]
    [InlineData("五、存在的主要问题及改进情况", 5)]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", 5)]
    [InlineData("五．存在问题及改进措施", 5)]
    [InlineData("六、其他需要报告的事项", 6)]
    [InlineData("一、概述", 1)]
    [InlineData("四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况", 4)]
    public void Title_variants_open_their_part(string title, int number)
    {
        const string table = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n";
        var part = $"{title}\n本部分的内容。\n";
        var text = "某局2023年政府信息公开工作年度报告\n" + (number < 3 ? part + table : table + part);
        var report = TextReportReader.ReadTables(text, null)!;
        Assert.Contains(report.Sections, s => s.Number == number && s.Heading == title.Replace('．', '.') && s.Text == "本部分的内容。");
    }

    [Fact]
    public void A_table_row_numbered_like_a_part_opens_no_part()
    {
        var text = "某局2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况。\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n五、存在的主要问题及改进情况\n问题。\n";
        var report = TextReportReader.ReadTables(text, null)!;
        Assert.Equal([null, 1, 3, 5], report.Sections.Select(s => s.Number));
        Assert.Equal("", report.Sections.Single(s => s.Number == 3).Text);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
