using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writers;

/// <summary>The merged header cells of the templates (statutory-rules.md §2.3, §2.4), as both document writers print them.</summary>
public sealed class OfficialLayoutTests
{
    [Fact]
    public void Table_three_header_has_the_note_over_three_by_three_and_applicants_over_seven()
    {
        var layout = OfficialLayout.For(ReportTable.Zero(ReportTemplate.Format2021.Applications));
        Assert.Equal(new LayoutCell(ReportTemplate.BalanceNote, 3, 3, Header: true), layout.Rows[0][0]);
        Assert.Equal(new LayoutCell("申请人情况", 7, Header: true), layout.Rows[0][1]);
        Assert.Equal(new LayoutCell("法人或其他组织", 5, Header: true), layout.Rows[1][1]);
        Assert.Equal(2, layout.Rows[1][0].RowSpan);
        Assert.Equal(2, layout.Rows[1][2].RowSpan);
        // 三、本年度办理结果 spans the 22 result rows of 2021, 20 of 2019; （三）不予公开 its 8.
        Assert.Equal(new LayoutCell("三、本年度办理结果", 1, 22, Header: true), layout.Rows[5][0]);
        Assert.Equal(new LayoutCell("（三）不予公开", 1, 8, Header: true), layout.Rows[7][0]);
        var trial = OfficialLayout.For(ReportTable.Zero(ReportTemplate.Trial2019.Applications));
        Assert.Equal(20, trial.Rows[5][0].RowSpan);
        Assert.All(layout.Rows.Skip(3), r => Assert.Equal(10, GridWidth(layout, r)));
    }

    [Fact]
    public void Table_four_has_the_two_level_litigation_header()
    {
        var layout = OfficialLayout.For(ReportTable.Zero(ReportTemplate.Format2021.ReviewLitigation));
        Assert.Equal(["行政复议", "行政诉讼"], layout.Rows[0].Select(c => c.Text));
        Assert.Equal([5, 10], layout.Rows[0].Select(c => c.ColSpan));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], layout.Rows[1].Select(c => c.Text));
        Assert.Equal(10, layout.Rows[2].Count);
        Assert.Equal(15, layout.Rows[3].Count);
    }

    [Fact]
    public void Trial_report_gets_the_trial_headings_and_columns()
    {
        var report = new AnnualReport(ReportTemplate.Trial2019) { Proactive = ReportTable.Zero(ReportTemplate.Trial2019.Proactive) };
        Assert.Equal("五、政府信息公开工作存在的主要问题及改进情况", ReportNarrative.Sections(report)[4].Heading);
        var layout = OfficialLayout.For(report.Proactive);
        Assert.Contains(layout.Rows, r => r.Any(c => c.Text == "本年新制作数量"));
        Assert.Contains(layout.Rows, r => r.Any(c => c.Text == "政府集中采购"));
    }

    private static int GridWidth(LayoutTable layout, IReadOnlyList<LayoutCell> row)
    {
        // Columns covered from above by 三、本年度办理结果 and the （三）…（六） group cells.
        var index = layout.Rows.ToList().IndexOf(row);
        var covered = 0;
        for (var r = 0; r < index; r++)
        {
            var col = 0;
            foreach (var cell in layout.Rows[r])
            {
                if (r + cell.RowSpan > index)
                {
                    covered += cell.ColSpan;
                }

                col += cell.ColSpan;
            }
        }

        return covered + row.Sum(c => c.ColSpan);
    }
}
