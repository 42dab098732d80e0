namespace Gongkai.Domain.Tests;

public sealed class ChineseNumbersTests
{
    [Theory]
    [InlineData("12", "12")]
    [InlineData("12.50", "12.5")]
    [InlineData("0.0345", "0.0345")]
    [InlineData("1234567", "1234567")]
    [InlineData("-3", "-3")]
    public void A_figure_is_printed_as_the_report_prints_it(string value, string printed) =>
        Assert.Equal(printed, ChineseNumbers.Figure(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_unread_cell_and_an_amount_in_yuan()
    {
        Assert.Equal("—", ChineseNumbers.Figure(null, "—"));
        Assert.Equal("100.5", ChineseNumbers.Yuan(100.50m));
        Assert.Equal("12,345.67", ChineseNumbers.Yuan(12345.671m, grouped: true));
    }
}
