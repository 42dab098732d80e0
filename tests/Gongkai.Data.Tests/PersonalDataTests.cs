namespace Gongkai.Data.Tests;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("110101199003071234", "110***********1234")]
    [InlineData("91320100MA1MXXXX5X", "913***********XX5X")]
    [InlineData("", "")]
    [InlineData("12", "1*")]
    public void Id_numbers_keep_three_leading_and_four_trailing_characters(string id, string masked) =>
        Assert.Equal(masked, PersonalData.MaskIdNumber(id));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    public void Phones_keep_the_prefix_and_last_four_digits(string phone, string masked) =>
        Assert.Equal(masked, PersonalData.MaskPhone(phone));

    [Fact]
    public void Tracking_codes_are_read_back_as_a_person_types_them()
    {
        var code = TrackingCodes.New(2026);
        Assert.Matches("^GK2026-[0-9A-HJKMNP-TV-Z]{8}$", code);
        Assert.Equal(code, TrackingCodes.Normalize(" " + code.ToLowerInvariant() + " "));
        Assert.Equal("GK2026-10Q00001", TrackingCodes.Normalize("gk2026-loq0o00i"));
    }
}
