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

    [Theory]
    [InlineData("北京市朝阳区建国路1号", "北京市朝阳区***")]
    [InlineData("浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区***")]
    [InlineData("内蒙古自治区呼和浩特市新城区新华大街1号", "内蒙古自治区呼和浩特市新城区***")]
    [InlineData("湖北省恩施土家族苗族自治州恩施市舞阳坝街道", "湖北省恩施土家族苗族自治州恩施市***")]
    [InlineData("江苏省苏州市昆山市玉山镇", "江苏省苏州市昆山市***")]
    [InlineData("上海市浦东新区世纪大道100号", "上海市浦东新区***")]
    [InlineData("示范市人民路1号", "示范市***")]
    [InlineData("示范市幸福小区3栋", "示范市***")]
    [InlineData("某县某镇某村", "某县***")]
    [InlineData("人民路1号", "***")]
    [InlineData("", "")]
    public void Addresses_are_cut_to_the_district(string address, string masked) =>
        Assert.Equal(masked, PersonalData.MaskAddress(address));

    [Theory]
    [InlineData("张三丰", "张*")]
    [InlineData("欧阳修", "欧*")]
    [InlineData("", "")]
    public void Names_keep_the_first_character_only(string name, string masked) =>
        Assert.Equal(masked, PersonalData.MaskNameShort(name));

    [Theory]
    [InlineData("zhangsan@example.cn", "z***@example.cn")]
    [InlineData("not-an-email", "n***********")]
    [InlineData("", "")]
    public void Emails_keep_the_first_letter_and_the_domain(string email, string masked) =>
        Assert.Equal(masked, PersonalData.MaskEmail(email));

    [Fact]
    public void Tracking_codes_are_read_back_as_a_person_types_them()
    {
        var code = TrackingCodes.New(2026);
        Assert.Matches("^GK2026-[0-9A-HJKMNP-TV-Z]{8}$", code);
        Assert.Equal(code, TrackingCodes.Normalize(" " + code.ToLowerInvariant() + " "));
        Assert.Equal("GK2026-10Q00001", TrackingCodes.Normalize("gk2026-loq0o00i"));
        Assert.Equal(code, TrackingCodes.Normalize(code.Replace("-", "", StringComparison.Ordinal)));
        Assert.Equal(code, TrackingCodes.Normalize(string.Join(' ', code.Replace("-", "", StringComparison.Ordinal).Chunk(4).Select(c => new string(c)))));
        Assert.Equal(code, TrackingCodes.Normalize(code.Replace("-", " － ", StringComparison.Ordinal)));
    }
}
