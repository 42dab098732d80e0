using System.Security.Cryptography;

namespace Gongkai.Data;

/// <summary>
/// Masks for personal data wherever it leaves the request page of the applicant's own agency: lists, the public
/// tracking answer, the audit log (《个人信息保护法》第五十一条: 采取加密、去标识化等安全技术措施).
/// </summary>
public static class PersonalData
{
    /// <summary><c>110101199003071234</c> → <c>110***********1234</c>: the first three and last four kept.</summary>
    public static string MaskIdNumber(string? id) => Mask(id, keepStart: 3, keepEnd: 4);

    /// <summary><c>13812345678</c> → <c>138****5678</c>.</summary>
    public static string MaskPhone(string? phone) => Mask(phone, keepStart: 3, keepEnd: 4);

    /// <summary><c>张三丰</c> → <c>张**</c>: the surname kept.</summary>
    public static string MaskName(string? name) => Mask(name, keepStart: 1, keepEnd: 0);

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

    /// <summary>The code as typed by a person: trimmed, upper case, O read as 0 and I/L as 1.</summary>
    public static string Normalize(string? code)
    {
        var s = (code ?? "").Trim().ToUpperInvariant();
        if (s.Length < 3 || !s.StartsWith("GK", StringComparison.Ordinal))
        {
            return s;
        }

        return "GK" + s[2..].Replace('O', '0').Replace('I', '1').Replace('L', '1');
    }
}
