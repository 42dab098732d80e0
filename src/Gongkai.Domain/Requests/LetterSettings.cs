namespace Gongkai.Domain.Requests;

/// <summary>
/// What an agency's letters name on every copy: the 文号 prefix, the 行政复议机关 and the 人民法院 the remedy sentence
/// points to (条例第五十一条; 《中华人民共和国行政复议法》, 《中华人民共和国行政诉讼法》).
/// </summary>
public sealed record LetterSettings(string NumberPrefix, string ReviewBody, string Court)
{
    /// <summary>Why a letter cannot be signed under these settings, or null.</summary>
    public string? Check()
    {
        if (CheckPrefix() is { } prefix)
        {
            return prefix;
        }

        if (string.IsNullOrWhiteSpace(ReviewBody))
        {
            return "尚未设置行政复议机关，告知书须告知申请人救济途径（条例第五十一条），请先在「告知书设置」中填写";
        }

        return string.IsNullOrWhiteSpace(Court)
            ? "尚未设置行政诉讼的管辖法院，告知书须告知申请人救济途径（条例第五十一条），请先在「告知书设置」中填写"
            : null;
    }

    /// <summary>Why no 文号 can be given under these settings, or null.</summary>
    public string? CheckPrefix()
    {
        if (string.IsNullOrWhiteSpace(NumberPrefix))
        {
            return "尚未设置告知书文号的前缀，请先在「告知书设置」中填写";
        }

        if (NumberPrefix.Trim().Length > DocumentNumbers.MaxPrefixLength || NumberPrefix.Contains('〔', StringComparison.Ordinal))
        {
            return $"文号前缀不超过{DocumentNumbers.MaxPrefixLength}个字，且不含年份（年份在签发时加上）";
        }

        return null;
    }
}
