using System.Globalization;
using System.Text;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>
/// A version's <see cref="ReportDigest"/> as stored beside its reading (<c>report_versions.digest_json</c>), so that the
/// pages over a whole region read a hundred bytes a report instead of parsing every reading. The form is a JSON
/// array of numbers, blank for not available, read without allocating a document:
/// <c>["Unit","2021",[n,d,…],repealed,inForce,[o1,…,o6]]</c>.
/// </summary>
internal static class DigestJson
{
    public static string Serialize(AnnualReport reading) => Serialize(ReportDigest.Of(reading));

    public static string Serialize(ReportDigest digest)
    {
        var text = new StringBuilder(160);
        text.Append("[\"").Append(digest.Scope.ToString()).Append("\",\"").Append(digest.Template).Append("\",[");
        Numbers(text, digest.Figures.SelectMany(f => new[] { f.Numerator, f.Denominator }));
        text.Append("],");
        Number(text, digest.NormativeRepealed);
        text.Append(',');
        Number(text, digest.NormativeInForce);
        text.Append(",[");
        Numbers(text, digest.Outcomes.Select(o => (decimal?)o));
        return text.Append("]]").ToString();
    }

    /// <summary>The stored digest; null when it is not of this form (then the reading is digested again).</summary>
    public static ReportDigest? Parse(string json)
    {
        var rest = json.AsSpan();
        if (!Take(ref rest, "[\"") || !Text(ref rest, out var scopeText) || !Enum.TryParse<ReportScope>(scopeText, out var scope)
            || !Take(ref rest, ",\"") || !Text(ref rest, out var template) || !Take(ref rest, ",["))
        {
            return null;
        }

        var values = new decimal?[2 * ReportFigures.Definitions.Length];
        if (!List(ref rest, values) || !Take(ref rest, ",") || !Value(ref rest, ',', out var repealed) || !Take(ref rest, ",")
            || !Value(ref rest, ',', out var inForce) || !Take(ref rest, ",["))
        {
            return null;
        }

        var outcomes = new decimal?[ReportFigures.OutcomeGroups.Length];
        if (!List(ref rest, outcomes) || !rest.SequenceEqual("]") || outcomes.Any(o => o is null))
        {
            return null;
        }

        return new ReportDigest(scope, template.ToString(), ReportFigures.FromValues(values), repealed, inForce, [.. outcomes.Select(o => o!.Value)]);
    }

    private static void Numbers(StringBuilder text, IEnumerable<decimal?> values)
    {
        var first = true;
        foreach (var v in values)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            Number(text, v);
        }
    }

    private static void Number(StringBuilder text, decimal? value) =>
        text.Append(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null");

    private static bool Take(ref ReadOnlySpan<char> rest, string expected)
    {
        if (!rest.StartsWith(expected, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[expected.Length..];
        return true;
    }

    private static bool Text(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> text)
    {
        var end = rest.IndexOf('"');
        text = end < 0 ? default : rest[..end];
        rest = end < 0 ? rest : rest[(end + 1)..];
        return end >= 0;
    }

    /// <summary>Reads <c>a,b,…]</c> into <paramref name="into"/>, which it must fill exactly.</summary>
    private static bool List(ref ReadOnlySpan<char> rest, decimal?[] into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            var last = i == into.Length - 1;
            if (!Value(ref rest, last ? ']' : ',', out into[i]) || !Take(ref rest, last ? "]" : ","))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Value(ref ReadOnlySpan<char> rest, char until, out decimal? value)
    {
        var end = rest.IndexOf(until);
        value = null;
        if (end < 0)
        {
            return false;
        }

        var text = rest[..end];
        rest = rest[end..];
        if (text.SequenceEqual("null"))
        {
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        value = v;
        return true;
    }
}
