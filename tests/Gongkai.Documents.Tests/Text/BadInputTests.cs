using System.Diagnostics;
using System.Text;
using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>Bad input gives a clear Chinese error or findings, never an exception or a hang.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Empty_file_has_no_tables()
    {
        var result = ReportReader.Read("empty.txt", []);
        Assert.False(result.Succeeded);
        Assert.Contains("没有找到", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        var result = ReportReader.Read("image.txt", bytes);
        Assert.False(result.Succeeded);
        Assert.Contains("不是文本", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_without_tables_is_no_report()
    {
        var result = TextReportReader.Read("某某区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息1200条。", "narrative.txt");
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Truncated_report_keeps_what_it_has_and_says_what_is_missing()
    {
        var text = File.ReadAllText(Path.Combine(Gongkai.Testing.Corpus.Seeds, "003_1160e2568716ca2c.txt"));
        var cut = text[..text.IndexOf("4. 保护第三方合法权益", StringComparison.Ordinal)];
        var report = TextReportReader.ReadTables(cut, "cut.txt");
        Assert.NotNull(report);
        Assert.Equal(51m, report.Applications!["newlyReceived"]!.Value[6]);
        Assert.Contains(report.Findings, f => f.Code == "structure.missingRow" && f.Row == "carriedForward");
        Assert.Contains(report.Findings, f => f.Code == "structure.missingTable" && f.Table == Gongkai.Domain.Reports.TableId.ReviewLitigation);
    }

    [Fact]
    public void A_fifty_megabyte_single_line_is_read_in_bounded_time()
    {
        var sb = new StringBuilder(50 * 1024 * 1024);
        var chunk = "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 12345678901234567890 ";
        while (sb.Length < 50 * 1024 * 1024)
        {
            sb.Append(chunk);
        }

        var watch = Stopwatch.StartNew();
        var result = TextReportReader.Read(sb.ToString(), "huge.txt");
        watch.Stop();
        // Not a speed target: a guard against a reader that would never return on such input.
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), watch.Elapsed.ToString());
        Assert.True(result.IsSuccess);
        Assert.Contains(result.Value!.Findings, f => f.Code == "parse.unresolved" && f.Row == "newlyReceived");
    }

    [Theory]
    [InlineData("|\n")]
    [InlineData("|")]
    [InlineData("规章 | 0 |  | \t\t|\n")]
    public void Eight_megabytes_of_cell_separators_are_read_in_bounded_time(string chunk)
    {
        var text = "二、主动公开政府信息情况\n" + string.Concat(Enumerable.Repeat(chunk, 8 * 1024 * 1024 / chunk.Length));

        var watch = Stopwatch.StartNew();
        var result = TextReportReader.Read(text, "separators.txt");
        watch.Stop();
        // Not a speed target: a guard against blank-cell marking that would not return on such input.
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), watch.Elapsed.ToString());
        Assert.NotNull(result);
    }

    [Fact]
    public void Too_many_numbers_on_a_row_is_an_error_not_a_guess()
    {
        var report = TextReportReader.ReadTables("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t2\t3\t4\t5\t6\t7\t8\n", "x.txt")!;
        Assert.All(report.Applications!["newlyReceived"]!.Value, v => Assert.Null(v));
        Assert.Contains(report.Findings, f => f.Code == "parse.unresolved" && f.Row == "newlyReceived" && f.Severity == Gongkai.Domain.Reports.Severity.Error);
    }

    [Fact]
    public void Gbk_text_reads_like_utf8()
    {
        var text = File.ReadAllText(Path.Combine(Gongkai.Testing.Corpus.Seeds, "000_6936dc3b40e04b6e.txt"));
        var utf8 = ReportReader.Read("a.txt", Encoding.UTF8.GetBytes(text)).Report!;
        var gbk = ReportReader.Read("a.txt", TextDecoding.Gb18030.GetBytes(text)).Report!;
        Assert.True(utf8.Applications!.ValueEquals(gbk.Applications));
        Assert.Equal(utf8.Agency, gbk.Agency);
    }
}
