using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>
/// A version's <see cref="ReportDigest"/> as stored beside its reading (<c>report_versions.digest_json</c>), so that the
/// pages over a whole region read a few hundred bytes a report instead of parsing every reading.
/// </summary>
internal static class DigestJson
{
    public static string Serialize(AnnualReport reading) => Serialize(ReportDigest.Of(reading));

    public static string Serialize(ReportDigest digest)
    {
        var row = new DigestRow(
            digest.Scope.ToString(), digest.Template,
            [.. digest.Figures.SelectMany(f => new[] { f.Numerator, f.Denominator })],
            digest.NormativeRepealed, digest.NormativeInForce, [.. digest.Outcomes]);
        return JsonSerializer.Serialize(row, DigestContext.Default.DigestRow);
    }

    /// <summary>The stored digest; null when it does not parse (then the reading is digested again).</summary>
    public static ReportDigest? Parse(string json)
    {
        try
        {
            var row = JsonSerializer.Deserialize(json, DigestContext.Default.DigestRow);
            return row is null || row.Values.Length != 2 * ReportFigures.Definitions.Length || row.Outcomes.Length != ReportFigures.OutcomeGroups.Length
                || !Enum.TryParse<ReportScope>(row.Scope, out var scope)
                ? null
                : new ReportDigest(scope, row.Template, ReportFigures.FromValues(row.Values), row.Repealed, row.InForce, [.. row.Outcomes]);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed record DigestRow(
    [property: JsonPropertyName("s")] string Scope,
    [property: JsonPropertyName("t")] string Template,
    [property: JsonPropertyName("v")] decimal?[] Values,
    [property: JsonPropertyName("r")] decimal? Repealed,
    [property: JsonPropertyName("f")] decimal? InForce,
    [property: JsonPropertyName("o")] decimal[] Outcomes);

[JsonSerializable(typeof(DigestRow))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
internal sealed partial class DigestContext : JsonSerializerContext;
