using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Some reports tell 表三 in a sentence before printing it (武汉市汉阳区 2022: "其中,予以公开2件,部分公开2件,…其他1件
/// (申请人自主撤销)"). Numbers inside a sentence are no row of the table. Numbers made up.
/// </summary>
public sealed class ProseNumbersTests
{
    [Fact]
    public void Counts_in_a_sentence_are_not_read_as_rows()
    {
        var text = "三、收到和处理政府信息公开申请情况\n2022年,本办共收到9份政府信息公开申请。其中,予以公开3件,部分公开2件,本办不掌握相关政府信息2件,其他1件(申请人撤回)。\n"
            + "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
            + "一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 |\n"
            + "三、本年度办理结果 | (一)予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n";

        var report = TextReportReader.ReadTables(text, "prose.txt")!;
        Assert.Equal([4m, 0, 0, 0, 0, 0, 4], report.Applications!["disclosed"]!.Value.Select(v => v!.Value));
        Assert.Null(report.Applications!["partiallyDisclosed"]);
        Assert.Null(report.Applications!["unavailable.notHeld"]);
        Assert.DoesNotContain(report.Findings, f => f.Code is "parse.misaligned" or "parse.unknownRow");
    }
}
