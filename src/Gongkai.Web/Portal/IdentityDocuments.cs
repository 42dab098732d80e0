using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Portal;

/// <summary>
/// 身份证明 and 联系方式 as the online form accepts them. Rule: a natural person gives the 18-digit 居民身份证号码
/// (GB 11643-1999 checksum and a real date of birth); a 法人或其他组织 gives its 18-character 统一社会信用代码
/// (GB 32100-2015 checksum). Anyone holding another document (护照、港澳台居民来往内地通行证 …) applies in person
/// or by letter, where staff see the document itself.
/// </summary>
internal static partial class IdentityDocuments
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string IdCheckDigits = "10X98765432";

    // GB 32100-2015: 31 characters, no I, O, Z, S, V.
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Spaces removed and letters upper-cased, as people type them.</summary>
    public static string Clean(string? value) =>
        string.Concat((value ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>Whether <paramref name="id"/> (cleaned) is a valid 18-digit 居民身份证号码, born on or before <paramref name="today"/>.</summary>
    public static bool IsResidentIdNumber(string id, DateOnly today)
    {
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            || born.Year < 1900 || born > today)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * IdWeights[i];
        }

        return IdCheckDigits[sum % 11] == id[17];
    }

    /// <summary>Whether <paramref name="code"/> (cleaned) is a valid 18-character 统一社会信用代码.</summary>
    public static bool IsUnifiedSocialCreditCode(string code)
    {
        if (code.Length != 18 || code.Any(c => !CreditAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditAlphabet.IndexOf(code[i], StringComparison.Ordinal) * CreditWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return CreditAlphabet[check] == code[17];
    }

    /// <summary>The phone as stored: spaces removed, a landline's separators kept as hyphens.</summary>
    public static string CleanPhone(string? phone) => Clean(phone).Replace('－', '-').Replace('—', '-');

    /// <summary>A mainland mobile (1[3-9] and 9 digits) or a landline with area code (010-12345678, 0571-1234567, extension allowed).</summary>
    public static bool IsMainlandPhone(string phone) => Mobile().IsMatch(phone) || Landline().IsMatch(phone);

    /// <summary>The last four digits of a phone number: the applicant's check when tracking an application.</summary>
    public static string LastFourDigits(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        var main = phone.Contains('-', StringComparison.Ordinal) && phone.Split('-') is { Length: 3 } parts
            ? string.Concat(parts[0], parts[1])
            : digits;
        return main.Length >= 4 ? main[^4..] : main;
    }

    public static bool IsEmail(string email) => Email().IsMatch(email);

    /// <summary>
    /// The number of an identity document other than the 居民身份证 (护照, 港澳居民来往内地通行证, 台湾居民来往大陆通行证,
    /// 外国人永久居留身份证 …), registered by staff who see the document: 5 to 30 letters, digits or hyphens.
    /// </summary>
    public static bool IsOtherDocumentNumber(string number) => OtherDocument().IsMatch(number);

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9-]{3,28}[A-Z0-9]$")]
    private static partial Regex OtherDocument();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex Email();
}
