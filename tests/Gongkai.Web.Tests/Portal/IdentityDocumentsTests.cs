using Gongkai.Web.Portal;

namespace Gongkai.Web.Tests.Portal;

public sealed class IdentityDocumentsTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData("110101199003071233", true)]
    [InlineData("44030419851231567 2", true)]
    [InlineData("11010119900307123x", false)]
    [InlineData("110101199003071234", false)]
    [InlineData("110101199002301230", false)]
    [InlineData("110101203001011234", false)]
    [InlineData("11010119900307123", false)]
    [InlineData("ABCDEFGHIJKLMNOPQR", false)]
    public void Resident_id_numbers_need_a_real_birth_date_and_the_gb11643_check_digit(string typed, bool valid) =>
        Assert.Equal(valid, IdentityDocuments.IsResidentIdNumber(IdentityDocuments.Clean(typed), Today));

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100m000100y43", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91350100M000100I43", false)]
    [InlineData("91350100M000100Y4", false)]
    public void Unified_social_credit_codes_need_the_gb32100_check_character(string typed, bool valid) =>
        Assert.Equal(valid, IdentityDocuments.IsUnifiedSocialCreditCode(IdentityDocuments.Clean(typed)));

    [Theory]
    [InlineData("13812345678", true, "5678")]
    [InlineData("138 1234 5678", true, "5678")]
    [InlineData("010-12345678", true, "5678")]
    [InlineData("0591-8765432", true, "5432")]
    [InlineData("010-12345678-801", true, "5678")]
    [InlineData("12812345678", false, "5678")]
    [InlineData("1381234567", false, "4567")]
    [InlineData("12345", false, "2345")]
    public void Phones_are_mainland_mobiles_or_landlines_with_area_code(string typed, bool valid, string lastFour)
    {
        var phone = IdentityDocuments.CleanPhone(typed);
        Assert.Equal(valid, IdentityDocuments.IsMainlandPhone(phone));
        Assert.Equal(lastFour, IdentityDocuments.LastFourDigits(phone));
    }
}
