using System.Diagnostics;
using Gongkai.Documents.Json;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Hostile;

/// <summary>
/// Every hostile input ends in a clear result: a report whose findings say what was wrong, or a failure with a
/// Chinese reason; never an exception, a hang or a silent loss. Each case names what it once did (REASONS.tsv).
/// </summary>
public sealed class HostileCorpusTests
{
    public static TheoryData<string> Stored() => [.. HostileCases.StoredNames()];

    public static TheoryData<string> Generated() => [.. HostileCases.GeneratedNames()];

    [Theory]
    [MemberData(nameof(Stored))]
    public void Stored_case_ends_in_a_report_with_its_finding_or_a_clear_failure(string name)
    {
        var result = ReadWithinBounds(name, HostileCases.Stored(name));
        var kind = name[..name.IndexOf("__", StringComparison.Ordinal)];
        switch (kind)
        {
            case "docx_byteflip":
                Assert.Contains("DOCX 文件已损坏", result.Error, StringComparison.Ordinal);
                break;
            case "docx_xml":
                AssertFinding(result, "docx.invalidAttribute", "gridSpan=「x」");
                break;
            case "xlsx_xml" when name.Contains("_rowdup_", StringComparison.Ordinal):
                AssertFinding(result, "xlsx.duplicateRow", "只读取了第");
                break;
            case "xlsx_xml":
                AssertFinding(result, "xlsx.unreadableCell", "未读取");
                break;
            case "json_mut" when !result.Succeeded:
                // The mutation hit "template" itself: no report to read, and the reason says which value is wrong.
                Assert.Contains("\"template\" 应为", result.Error, StringComparison.Ordinal);
                break;
            case "json_mut":
                Assert.Contains(result.Report!.Findings, f => f.Code is "json.unreadable" or "json.nullCell");
                break;
            case "txt_huge":
                AssertFinding(result, "value.fractional", "应为整数");
                break;
            case "single_byte":
                AssertFinding(result, "text.invalidBytes", "行有不是有效 UTF-8 的字节");
                Assert.NotNull(result.Report!.Applications);
                break;
            case "splice":
                AssertFinding(result, "parse.secondReport", "瀋河回族区");
                Assert.Equal(2021, result.Report!.Year);
                break;
            case "roundtrip_md":
                Assert.True(result.Succeeded, result.Error);
                Assert.DoesNotContain(result.Report!.Findings, f => f.Code == "parse.unresolved");
                break;
            default:
                Assert.Fail($"no expectation for {name}");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public void Bomb_or_deep_page_is_refused_with_the_limit_it_broke(string name)
    {
        var result = ReadWithinBounds(name, HostileCases.Generated(name));
        Assert.False(result.Succeeded);
        Assert.Matches("上限|嵌套", result.Error!);
    }

    [Theory]
    [InlineData("000_6936dc3b40e04b6e")]
    [InlineData("001_b63a0e3bb038d4c3")]
    [InlineData("002_d1ed69b8ea7b905a")]
    [InlineData("004_f719e6107d444fd2")]
    public void Markdown_written_by_convert_reads_back_to_the_seed_tables(string seed)
    {
        var original = ReportReader.ReadFile(Path.Combine(Corpus.Seeds, seed + ".txt")).Report!;
        var stored = ReportReader.Read(seed + ".md", HostileCases.Stored($"roundtrip_md__{seed}.md")).Report!;
        var fresh = ReportReader.Read(seed + ".md", ReportWriters.Write(original, "md")).Report!;
        Assert.Empty(Writers.TruthReports.CompareTables(original, stored));
        Assert.Empty(Writers.TruthReports.CompareTables(original, fresh));
    }

    [Fact]
    public void A_damaged_byte_in_a_utf8_report_is_replaced_and_the_rest_read()
    {
        var clean = File.ReadAllBytes(Path.Combine(Corpus.Seeds, "004_f719e6107d444fd2.txt"));
        var damaged = (byte[])clean.Clone();
        damaged[200] = 0xFF;
        var good = ReportReader.Read("clean.txt", clean).Report!;
        var read = ReportReader.Read("damaged.txt", damaged);
        Assert.True(read.Succeeded, read.Error);
        Assert.Empty(Writers.TruthReports.CompareTables(good, read.Report!));
        var line = clean.AsSpan(0, 200).Count((byte)'\n') + 1;
        AssertFinding(read, "text.invalidBytes", $"第{line}行");
    }

    [Fact]
    public void A_json_cell_beyond_any_count_is_a_finding_not_an_overflow()
    {
        var json = ReportJson.Serialize(Writers.TruthReports.Load("hongze-2024.truth.json"))
            .Replace("\"newlyReceived\": [", "\"newlyReceived\": [79228162514264337593543950335, ", StringComparison.Ordinal);
        var read = ReportReader.Read("big.json", System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Null(read.Fault);
        Assert.True(read.Succeeded, read.Error);
    }

    [Fact]
    public void A_file_that_outlasts_its_time_budget_is_a_failure_that_says_so()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus.Seeds, "004_f719e6107d444fd2.txt"));
        var result = ReportReader.Read("slow.txt", bytes, TimeSpan.Zero);
        Assert.False(result.Succeeded);
        Assert.Null(result.Fault);
        Assert.StartsWith("读取超时", result.Error, StringComparison.Ordinal);
        Assert.True(ReportReader.Read("slow.txt", bytes).Succeeded);
    }

    [Fact]
    public void A_package_that_understates_its_sizes_is_caught_as_it_unpacks()
    {
        var bomb = HostileCases.Generated("docx_bomb__spaces_100m.docx");
        var lying = HostileCases.UnderstateSizes(bomb);
        var result = ReadWithinBounds("lying.docx", lying);
        Assert.False(result.Succeeded);
        Assert.Matches("上限|已损坏", result.Error!);
    }

    internal static FileReading ReadWithinBounds(string name, byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        var result = ReportReader.Read(name, bytes);
        // A guard against a hang, not a speed target: generous for a loaded two-core machine.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 60);
        Assert.True(result.Fault is null, $"{name}: {result.Fault}");
        Assert.True(result.Succeeded || result.Error is { Length: > 0 }, name);
        return result;
    }

    private static void AssertFinding(FileReading result, string code, string inMessage)
    {
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Report!.Findings, f => f.Code == code && f.Message.Contains(inMessage, StringComparison.Ordinal));
    }
}
