using System.Text;
using Gongkai.Documents.Text;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// 表三 rows whose numbers ran together (朝阳市 2021: 「633000066」): when exactly one reading keeps every rule it is
/// taken with an info finding; when several do, the cheapest is taken and the row is warned with the readings
/// listed; when none does, the rows that had to be split are warned and the broken identity is an error.
/// </summary>
public sealed class RunTogetherReadingTests
{
    private const string Heading = "三、收到和处理政府信息公开申请情况\n";

    [Theory]
    [InlineData("2021", 42)]
    [InlineData("2021", 74)]
    [InlineData("2021", 203)]
    [InlineData("2019", 170)]
    public void Once_silently_misread_reports_now_read_right(string templateCode, int seed)
    {
        // Each of these generated reports once had a 表三 row read wrong without a word (seed 42: 「160100017」
        // read 1|6|0|10|0|0|17): its 总计 row ran to twenty digits and was dropped, and the search stopped at its
        // 64th table solution, all of which happened to agree on the row.
        var template = ReportTemplate.FromCode(templateCode)!;
        var written = ReportGenerator.Generate(new Random(seed), template, template == ReportTemplate.Format2021 ? 2023 : 2020);
        var read = TextReportReader.ReadTables(TextLayouts.Write(written, TextLayout.RunTogether), "generated.txt")!;
        Assert.True(written.Applications!.ValueEquals(read.Applications));
        Assert.DoesNotContain(read.Findings, f => f.Table == TableId.Applications && f.Severity > Severity.Info);
    }

    [Fact]
    public void One_reading_that_keeps_every_rule_is_taken_with_an_info_finding()
    {
        var read = Read(Rows(
            ("一、本年新收政府信息公开申请数量", "633000066"),
            ("二、上年结转政府信息公开申请数量", "0000000"),
            ("（一）予以公开", "633000066"),
            ("（七）总计", "633000066"),
            ("四、结转下年度继续办理", "0000000")));
        Assert.Equal([63m, 3, 0, 0, 0, 0, 66], Values(read, "newlyReceived"));
        var finding = Assert.Single(read.Findings, f => f.Row == "newlyReceived");
        Assert.Equal(("parse.inferred", Severity.Info), (finding.Code, finding.Severity));
    }

    [Fact]
    public void Several_readings_that_keep_every_rule_are_listed_on_every_row_they_touch()
    {
        // No 总计 row, so no column identity: each 「160100017」 is 16|0|1|0|0|0|17 or 1|6|0|10|0|0|17 by its own
        // identity alone. Twenty such rows have over a million combinations; every row must still say so, not
        // only the last few the search happened to vary.
        var outcomes = ReportTemplate.Format2021.Applications.OutcomeRowKeys.Where(k => k != "outcomeTotal").ToList();
        var spec = ReportTemplate.Format2021.Applications;
        var read = Read(Rows([.. outcomes.Select(k => (spec.Rows.Single(r => r.Key == k).Label, "160100017"))]));
        Assert.All(outcomes, key =>
        {
            var finding = Assert.Single(read.Findings, f => f.Row == key && f.Code.StartsWith("parse.", StringComparison.Ordinal));
            Assert.Equal(("parse.ambiguous", Severity.Warning), (finding.Code, finding.Severity));
            Assert.Contains("16、0、1、0、0、0、17", finding.Message, StringComparison.Ordinal);
            Assert.Contains("1、6、0、10、0、0、17", finding.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_reading_that_keeps_every_rule_leaves_the_split_rows_warned_and_the_sum_an_error()
    {
        // 一+二 is 66 in column 总计, 三（七）+四 is 37: no split of any row mends that.
        var read = Read(Rows(
            ("一、本年新收政府信息公开申请数量", "633000066"),
            ("二、上年结转政府信息公开申请数量", "0000000"),
            ("（一）予以公开", "352000037"),
            ("（七）总计", "352000037"),
            ("四、结转下年度继续办理", "0000000")));
        Assert.Contains(read.Findings, f => f.Row == "newlyReceived" && f.Code == "parse.unverified" && f.Severity == Severity.Warning);
        Assert.Contains(read.Findings, f => f.Code == "applications.balance" && f.Severity == Severity.Error);
    }

    private static string Rows(params (string Label, string Numbers)[] rows)
    {
        var text = new StringBuilder(Heading);
        foreach (var (label, numbers) in rows)
        {
            text.Append(label).Append(numbers).Append('\n');
        }

        return text.ToString();
    }

    private static AnnualReport Read(string text) => TextReportReader.ReadTables(text, "hand-made.txt")!;

    private static decimal?[] Values(AnnualReport report, string row) => [.. report.Applications![row]!.Value];
}
