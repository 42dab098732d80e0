using System.Text.Json;
using Gongkai.Cli.Commands;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai fee</c>: 国办函〔2020〕109号第三条至第五条 (statutory-rules §3).</summary>
public sealed class FeeCommandTests
{
    [Theory]
    [InlineData(2219, null, 83460)] // 第五条: 700 + 2,000 + 80,760
    [InlineData(30, null, 0)]
    [InlineData(150, null, 1700)]
    [InlineData(null, 12, 200)] // 第四条: the 11th and 12th at 100元
    [InlineData(null, 35, 3000)] // 20 × 100 + 5 × 200
    public void Json_gives_the_amount_in_yuan(int? pages, int? applications, int amount)
    {
        var (exit, output, _) = Run(pages, applications, "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(amount, json.RootElement.GetProperty("amount").GetDecimal());
        Assert.Equal(pages is null ? "applications" : "pages", json.RootElement.GetProperty("method").GetString());
    }

    [Fact]
    public void Text_shows_each_band()
    {
        var (exit, output, _) = Run(2219, null, "text");
        Assert.Equal(0, exit);
        Assert.Contains("第201–2219页：2019页 × 40元 = 80,760元", output, StringComparison.Ordinal);
        Assert.Contains("信息处理费合计：83,460元", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(100, 12)]
    [InlineData(-1, null)]
    public void One_method_and_a_sensible_number_are_required(int? pages, int? applications)
    {
        var (exit, output, error) = Run(pages, applications, "text");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("gongkai: ", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(int? pages, int? applications, string format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = FeeCommand.Run(pages, applications, format, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
