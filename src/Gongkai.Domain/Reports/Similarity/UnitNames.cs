using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Similarity;

/// <summary>
/// The names a unit's report calls it by, taken from its full name, for removal before texts are compared:
/// "淮安市洪泽区人民政府" also prints as "洪泽区人民政府", "洪泽区", "洪泽" and "淮安市" (淮安市洪泽区 2024).
/// </summary>
public static partial class UnitNames
{
    public static IReadOnlyCollection<string> Of(string? agency)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(agency))
        {
            return names;
        }

        var name = agency.Trim();
        names.Add(name);
        foreach (Match place in Place().Matches(name))
        {
            names.Add(name[place.Index..]);
            names.Add(place.Value);
            // "洪泽区" is also "洪泽"; a one-character root ("和平区" → no: "和平" kept, "X区" alone too short) is not a name.
            var root = place.Groups[1].Value;
            if (root.Length >= 2)
            {
                names.Add(root);
            }
        }

        return names;
    }

    // The places that open an official name: "辽宁省", "淮安市", "洪泽区", "保康县", "大黑岗子镇", "新华街道".
    [GeneratedRegex(@"\G([\u4e00-\u9fff]{1,8}?)(?:自治区|自治州|自治县|街道|省|市|区|县|旗|州|盟|镇|乡)")]
    private static partial Regex Place();
}
