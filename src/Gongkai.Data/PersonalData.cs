using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Gongkai.Data;

/// <summary>
/// Masks for personal data wherever it leaves the request page of the applicant's own agency: lists, the public
/// tracking answer, the audit log (《个人信息保护法》第五十一条: 采取加密、去标识化等安全技术措施).
/// </summary>
public static partial class PersonalData
{
    /// <summary><c>110101199003071234</c> → <c>110***********1234</c>: the first three and last four kept.</summary>
    public static string MaskIdNumber(string? id) => Mask(id, keepStart: 3, keepEnd: 4);

    /// <summary><c>13812345678</c> → <c>138****5678</c>.</summary>
    public static string MaskPhone(string? phone) => Mask(phone, keepStart: 3, keepEnd: 4);

    /// <summary><c>张三丰</c> → <c>张**</c>: the surname kept.</summary>
    public static string MaskName(string? name) => Mask(name, keepStart: 1, keepEnd: 0);

    /// <summary><c>张三丰</c> → <c>张*</c>: the surname kept, the length of the name not told (the audit log).</summary>
    public static string MaskNameShort(string? name)
    {
        var s = (name ?? "").Trim();
        return s.Length == 0 ? "" : s[..1] + "*";
    }

    /// <summary>
    /// An address cut to the county level (区、县、旗 or 县级市): <c>北京市朝阳区建国路1号</c> → <c>北京市朝阳区***</c>,
    /// <c>示范市人民路1号</c> → <c>示范市***</c>; nothing below the district is kept.
    /// </summary>
    public static string MaskAddress(string? address)
    {
        var s = (address ?? "").Trim();
        if (s.Length == 0)
        {
            return "";
        }

        var m = Divisions().Match(s);
        var kept = m.Success ? m.Groups["p"].Value + m.Groups["c"].Value : "";
        var district = m.Success ? m.Groups["d"].Value : "";
        // A residential compound or campus (幸福小区, 某园区) is below the district, not a district.
        if (district.Length > 0 && !NotDistricts.Any(suffix => district.EndsWith(suffix, StringComparison.Ordinal)))
        {
            kept += district;
        }

        return kept.Length == s.Length ? kept : kept + "***";
    }

    /// <summary><c>zhangsan@example.com</c> → <c>z***@example.com</c>.</summary>
    public static string MaskEmail(string? email)
    {
        var s = (email ?? "").Trim();
        var at = s.LastIndexOf('@');
        return s.Length == 0 ? "" : at <= 0 ? Mask(s, keepStart: 1, keepEnd: 0) : s[..1] + "***" + s[at..];
    }

    private static readonly string[] NotDistricts = ["小区", "社区", "园区", "校区", "街区", "景区", "片区"];

    // 省/自治区/直辖市/特别行政区, then 市/州/盟/地区, then 区/县/旗/县级市, each optional and short.
    [GeneratedRegex(@"^(?<p>[^省市区县]{2,7}省|[^省市区县]{2,10}自治区|北京市|天津市|上海市|重庆市|[^省市区县]{2,4}特别行政区)?(?<c>[^省市盟区县]{1,10}?(?:自治州|市|盟|地区)|[^省市州盟区县]{1,10}州)?(?<d>[^省市区县旗]{1,12}?(?:自治县|自治旗|区|县|旗|市))?")]
    private static partial Regex Divisions();

    private static string Mask(string? value, int keepStart, int keepEnd)
    {
        var s = (value ?? "").Trim();
        if (s.Length == 0)
        {
            return "";
        }

        if (s.Length <= keepStart + keepEnd)
        {
            return s[..Math.Min(1, s.Length)] + new string('*', s.Length - Math.Min(1, s.Length));
        }

        return s[..keepStart] + new string('*', s.Length - keepStart - keepEnd) + s[^keepEnd..];
    }
}

/// <summary>查询码: what the applicant quotes to follow an application, hard to guess and easy to read aloud.</summary>
public static class TrackingCodes
{
    // Crockford's base 32 without I, L, O, U: nothing to confuse on the phone.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code such as <c>GK2026-7KQ3M9XD</c>: the year received and 40 random bits.</summary>
    public static string New(int year)
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"GK{year}-{chars}";
    }

    /// <summary>
    /// The code as typed by a person: upper case, O read as 0 and I/L as 1, with or without its hyphen and with any
    /// spaces (read aloud or copied from a printed receipt: "gk2026 7kq3 m9xd", "GK20267KQ3M9XD", a full-width "－").
    /// </summary>
    public static string Normalize(string? code)
    {
        var s = (code ?? "").Trim().ToUpperInvariant();
        if (s.Length < 3 || !s.StartsWith("GK", StringComparison.Ordinal))
        {
            return s;
        }

        var typed = "GK" + s[2..].Replace('O', '0').Replace('I', '1').Replace('L', '1');
        var compact = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－' or '—' or '–' or '‐'))]);
        // GK + four digits of the year + the eight characters of New: the hyphen goes back after the year. Anything
        // else is left as typed, so it matches only itself.
        return compact.Length == 14 && compact[2..6].All(char.IsAsciiDigit) ? $"{compact[..6]}-{compact[6..]}" : typed;
    }
}
