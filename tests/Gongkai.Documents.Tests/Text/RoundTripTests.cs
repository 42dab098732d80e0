using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Random reports that keep every rule, written in each text layout, read back: spaced layouts must give the same
/// tables exactly; where the numbers ran together, any cell that differs must carry a warning on its row.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<TextLayout, string> Cases()
    {
        var data = new TheoryData<TextLayout, string>();
        foreach (var layout in Enum.GetValues<TextLayout>())
        {
            data.Add(layout, "2021");
            data.Add(layout, "2019");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_reports_read_back_in_every_layout(TextLayout layout, string templateCode)
    {
        var template = ReportTemplate.FromCode(templateCode)!;
        var random = new Random((templateCode == "2021" ? 21 : 19) * 7919 + (int)layout);
        for (var i = 0; i < 25; i++)
        {
            var original = ReportGenerator.Generate(random, template, template == ReportTemplate.Format2021 ? 2023 : 2020);
            Assert.Empty(ReportRules.Check(original).Where(f => f.Severity == Severity.Error));
            var text = TextLayouts.Write(original, layout);
            var read = TextReportReader.ReadTables(text, "generated");
            Assert.NotNull(read);
            Assert.Same(template, read.Template);
            Assert.Equal(original.Year, read.Year);
            Assert.Equal(original.Agency, read.Agency);
            Assert.DoesNotContain(read.Findings, f => f.Code == "parse.misaligned");
            foreach (var table in original.Tables)
            {
                var back = read.Table(table.Id);
                Assert.NotNull(back);
                foreach (var (row, values) in table.Rows)
                {
                    var got = back[row.Key];
                    Assert.NotNull(got);
                    if (got.Value.SequenceEqual(values!.Value))
                    {
                        continue;
                    }

                    // 表四 is read as one printed run, and its findings speak of the table as a whole.
                    var printedRow = table.Id == TableId.ReviewLitigation ? null : row.Key;
                    var flagged = read.Findings.Any(f => f.Table == table.Id && f.Row == printedRow && f.Severity >= Severity.Warning);
                    Assert.True(layout == TextLayout.RunTogether && flagged,
                        $"{layout} #{i}: {table.Id}.{row.Key} read [{string.Join(",", got.Value)}], wrote [{string.Join(",", values.Value)}]\n{text}");
                }
            }
        }
    }
}
