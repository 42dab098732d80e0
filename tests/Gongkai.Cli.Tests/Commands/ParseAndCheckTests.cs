using System.Text.Json.Nodes;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai parse</c> and <c>gongkai check</c> on the corpus and on bad arguments.</summary>
public sealed class ParseAndCheckTests
{
    [Fact]
    public void Parse_jsonl_gives_one_report_per_line_with_its_source()
    {
        var (exit, stdout, stderr) = CliProcess.Run("parse", Corpus.Seeds, "--format", "jsonl");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Corpus.SeedTexts().Count(), lines.Length);
        foreach (var line in lines)
        {
            var obj = JsonNode.Parse(line)!.AsObject();
            Assert.EndsWith(".txt", obj["source"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.NotNull(obj["applications"]);
        }
    }

    [Fact]
    public void Parse_json_of_one_file_is_one_object()
    {
        var (exit, stdout, _) = CliProcess.Run("parse", Path.Combine(Corpus.Seeds, "003_1160e2568716ca2c.txt"), "--format", "json");
        Assert.Equal(0, exit);
        var obj = JsonNode.Parse(stdout)!.AsObject();
        Assert.Equal(51, obj["applications"]!["newlyReceived"]![6]!.GetValue<int>());
    }

    [Fact]
    public void Unreadable_and_tableless_files_exit_2_while_the_others_still_go_through()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"gongkai-empty-{Guid.NewGuid():N}.txt");
        File.WriteAllText(empty, "");
        try
        {
            var (exit, stdout, stderr) = CliProcess.Run("parse", Path.Combine(Corpus.Seeds, "000_6936dc3b40e04b6e.txt"), "/no/such/file.txt", empty, "--format", "jsonl");
            Assert.Equal(2, exit);
            Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("/no/such/file.txt: 文件或目录不存在", stderr, StringComparison.Ordinal);
            Assert.Contains("没有找到年度报告的统计表", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliProcess.Run("parse").Exit);
        Assert.Equal(2, CliProcess.Run("parse", "x.txt", "--format", "yaml").Exit);
    }

    [Fact]
    public void Check_exits_1_when_a_rule_is_broken_and_0_when_none()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"gongkai-broken-{Guid.NewGuid():N}.txt");
        var text = File.ReadAllText(Path.Combine(Corpus.Seeds, "003_1160e2568716ca2c.txt")).Replace("(七) 总计\t44", "(七) 总计\t45", StringComparison.Ordinal);
        File.WriteAllText(broken, text);
        try
        {
            var (exit, stdout, _) = CliProcess.Run("check", broken);
            Assert.Equal(1, exit);
            Assert.Contains("applications.", stdout, StringComparison.Ordinal);
            Assert.Equal(0, CliProcess.Run("check", Path.Combine(Corpus.Seeds, "003_1160e2568716ca2c.txt")).Exit);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Check_with_previous_year_runs_the_cross_year_rules()
    {
        // 沈阳市瀋河区 2023 carries 7 applications forward. Its own report, given as last year's (2022) JSON, says it
        // carried over none: a broken carry-over, and the tables and the text copied from "last year".
        var seed = Path.Combine(Corpus.Seeds, "003_1160e2568716ca2c.txt");
        var json = JsonNode.Parse(CliProcess.Run("parse", seed, "--format", "json").Stdout)!.AsObject();
        Assert.Equal("一", json["sections"]![1]!["number"]!.GetValue<string>());
        json["year"] = 2022;
        var previous = Path.Combine(Path.GetTempPath(), $"gongkai-previous-{Guid.NewGuid():N}.json");
        File.WriteAllText(previous, json.ToJsonString());
        try
        {
            var (exit, stdout, _) = CliProcess.Run("check", seed, "--previous", previous);
            Assert.Equal(1, exit);
            Assert.Contains("上年报告「四、结转下年度继续办理」同列为7", stdout, StringComparison.Ordinal);
            Assert.Contains("acrossYears.copiedTable", stdout, StringComparison.Ordinal);
            Assert.Contains("acrossYears.copiedText", stdout, StringComparison.Ordinal);

            // The same report as its own previous year is no pair of consecutive years: nothing is compared.
            var (sameExit, same, _) = CliProcess.Run("check", seed, "--previous", seed);
            Assert.Equal(0, sameExit);
            Assert.Contains("acrossYears.year", same, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(previous);
        }
    }

    [Fact]
    public void Parse_into_a_file_has_no_colour_codes_and_marks_doubtful_cells()
    {
        // 表二「规章」现行有效件数 printed blank (as 武汉市汉阳区 2022 prints it): read as 0 and marked.
        var blank = Path.Combine(Path.GetTempPath(), $"gongkai-blank-{Guid.NewGuid():N}.txt");
        File.WriteAllText(blank, "某区统计局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t\n行政规范性文件\t5\t12\t8\n");
        try
        {
            var (_, stdout, _) = CliProcess.Run("parse", blank);
            Assert.DoesNotContain('\u001b', stdout);
            Assert.Contains("── 某区统计局2023年政府信息公开工作年度报告 ──", stdout, StringComparison.Ordinal);
            Assert.Matches(@"│ 规章 +│ +0 │ +0 │ +0\? │", stdout);
            Assert.Contains("表二「规章」行「现行有效件数」印为空白，暂按0读取", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blank);
        }
    }
}
