using System.Diagnostics;
using System.Text.Json;
using Gongkai.Cli.Commands;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai deadline</c>: the statutory-rules §4 vectors (条例第三十条、第三十二条、第三十三条), and refusals.</summary>
public sealed class DeadlineCommandTests
{
    [Theory]
    [MemberData(nameof(DeadlineVectors.Rows), MemberType = typeof(DeadlineVectors))]
    public void Json_gives_the_due_date(string received, int workingDays, string due)
    {
        var (exit, output, error) = Run(received, workingDays, "json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(due, json.RootElement.GetProperty("due").GetString());
        Assert.Equal(workingDays, json.RootElement.GetProperty("workingDays").GetInt32());
    }

    [Fact]
    public void Text_names_the_dates_in_Chinese_and_the_notices_used()
    {
        var (exit, output, _) = Run("2019-12-25", 20, "text");
        Assert.Equal(0, exit);
        Assert.Contains("2020年1月22日（星期三）", output, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2019〕16号", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_running_into_2027_is_provisional_with_the_reason()
    {
        var (exit, output, error) = Run("2026-12-20", 20, "text");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("20个工作日届满：2027年1月18日（星期一）（暂定）", output, StringComparison.Ordinal);
        Assert.Contains("注意：2027年放假安排尚未公布，按《全国年节及纪念日放假办法》暂定，不含调休，公布后自动更新", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_marks_a_provisional_date()
    {
        var (exit, output, _) = Run("2026-12-20", 20, "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2027-01-18", json.RootElement.GetProperty("due").GetString());
        Assert.True(json.RootElement.GetProperty("provisional").GetBoolean());
        Assert.StartsWith("2027年放假安排尚未公布", json.RootElement.GetProperty("provisionalReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_refuses_a_provisional_date()
    {
        var (exit, output, error) = Run("2026-12-20", 20, "text", strict: true);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("2027年放假安排尚未公布", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("2026-09-18", 20, "text", strict: true).Exit);
    }

    [Theory]
    [InlineData("2018-12-31")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void A_date_of_receipt_outside_the_calendar_is_refused_in_Chinese(string date)
    {
        var (exit, output, error) = Run(date, 20, "text");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("gongkai: 收到申请之日", error, StringComparison.Ordinal);
        Assert.Contains("超出可计算的范围", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_running_past_2100_is_refused()
    {
        var (exit, _, error) = Run("2100-12-30", 20, "text");
        Assert.Equal(1, exit);
        Assert.Contains("2101年放假安排", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-13-01", 20)]
    [InlineData("2024/09/27", 20)]
    [InlineData("2024-09-27", 0)]
    public void A_malformed_date_or_count_is_a_usage_error(string date, int workingDays)
    {
        var (exit, output, error) = Run(date, workingDays, "text");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("gongkai: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_command_refuses_a_provisional_date_when_strict()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "gongkai.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "deadline", "2026-12-31", "--working-days", "1", "--strict" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("暂定", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string date, int workingDays, string format, bool strict = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DeadlineCommand.Run(date, workingDays, countReceiptDay: false, format, output, error, strict);
        return (exit, output.ToString(), error.ToString());
    }
}
