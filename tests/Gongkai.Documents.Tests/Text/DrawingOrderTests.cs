using System.Globalization;
using System.Text;
using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Text taken from a PDF in drawing order (pdftotext without -layout, a copy out of a PDF viewer) may print a row's
/// numbers before its label, right after the column headings. No row can then be trusted to hold its own numbers:
/// every row read from such a table is warned. Reports generated, not copied.
/// </summary>
public sealed class DrawingOrderTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Numbers_printed_before_their_labels_warn_every_row(int seed)
    {
        var report = ReportGenerator.Generate(new Random(seed), ReportTemplate.Format2021, 2023);
        var sb = new StringBuilder("某某区人民政府2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n");
        foreach (var table in report.Tables.Where(t => t.Id != TableId.ReviewLitigation))
        {
            if (table.Id == TableId.Applications)
            {
                sb.Append("三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n");
            }
            else
            {
                sb.Append("信息内容 本年制发件数 本年废止件数 现行有效件数\n");
            }

            foreach (var (row, values) in table.Rows)
            {
                sb.AppendJoin('\n', values!.Value.Select(v => v!.Value.ToString(CultureInfo.InvariantCulture))).Append('\n').Append(row.Label).Append('\n');
            }
        }

        var read = TextReportReader.ReadTables(sb.ToString(), "drawing-order.txt")!;
        foreach (var table in new[] { read.Proactive!, read.Applications! })
        {
            foreach (var (row, values) in table.Rows.Where(r => r.Values is not null))
            {
                Assert.Contains(read.Findings, f => f.Code == "parse.misaligned" && f.Table == table.Id && f.Row == row.Key);
            }
        }
    }
}
