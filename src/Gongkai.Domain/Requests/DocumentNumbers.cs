namespace Gongkai.Domain.Requests;

/// <summary>
/// 文号 (发文字号: 发文机关代字、年份、发文顺序号, 《党政机关公文处理工作条例》第九条第（五）项) of a letter: the
/// agency's prefix, the year in 六角括号 and the number, e.g. "示政公开〔2026〕第3号". Numbers run per agency and year
/// from 1 without gaps, one series for the 答复告知书 (taken when signed), the 补正通知书 and the 延期答复告知书 (taken
/// when recorded).
/// </summary>
public static class DocumentNumbers
{
    public const int MaxPrefixLength = 40;

    public static string Format(string prefix, int year, int number)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix.Trim()}〔{year}〕第{number}号");
    }
}
