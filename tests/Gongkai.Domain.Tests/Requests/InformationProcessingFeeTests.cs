using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>国办函〔2020〕109号 《政府信息公开信息处理费管理办法》 第三条至第五条 (statutory-rules §3).</summary>
public sealed class InformationProcessingFeeTests
{
    // 第五条 按量计收: 1–30 free, 31–100 at 10元, 101–200 at 20元, 201+ at 40元, each on the part in the band.
    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(2219, 83460)]
    public void By_volume(int pages, int yuan) => Assert.Equal(yuan, InformationProcessingFee.ByVolume(pages).Amount);

    [Fact]
    public void The_2219_page_example_in_its_bands()
    {
        var charge = InformationProcessingFee.ByVolume(2219);
        Assert.Equal([0m, 700m, 2000m, 80760m], charge.Lines.Select(l => l.Amount));
        Assert.Equal(FeeMethod.ByVolume, charge.Method);
    }

    // 第四条 按件计收: cumulative in the 自然月; 1–10 free, 11–30 at 100元, then +100元 a piece per band of 10.
    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 2000)]
    [InlineData(35, 3000)]
    [InlineData(40, 4000)]
    [InlineData(41, 4300)]
    [InlineData(50, 7000)]
    public void By_count_for_a_month(int applications, int yuan) =>
        Assert.Equal(yuan, InformationProcessingFee.ByCount(0, applications).Amount);

    [Theory]
    [InlineData(12, 100)]
    [InlineData(35, 200)]
    [InlineData(10, 0)]
    [InlineData(51, 400)]
    public void The_nth_application_of_the_month(int ordinal, int yuan) =>
        Assert.Equal(yuan, InformationProcessingFee.ForNthApplication(ordinal));

    [Fact]
    public void Charging_in_parts_equals_charging_at_once()
    {
        var rng = new Random(109);
        for (var i = 0; i < 200; i++)
        {
            var earlier = rng.Next(0, 80);
            var more = rng.Next(0, 40);
            Assert.Equal(
                InformationProcessingFee.ByCount(0, earlier + more).Amount,
                InformationProcessingFee.ByCount(0, earlier).Amount + InformationProcessingFee.ByCount(earlier, more).Amount);
        }
    }
}
