using System.Collections.Immutable;

namespace Gongkai.Domain.Reports.Similarity;

/// <summary>How much of one part of this year's report was already in last year's, and where.</summary>
/// <param name="Number">The part, 1, 5 or 6.</param>
/// <param name="Containment">|S_y ∩ S_{y−1}| / |S_y| over the part's shingles.</param>
/// <param name="Shingles">|S_y|: how much text the figure rests on.</param>
/// <param name="Passages">Reused passages of at least 20 normalised characters, in this year's order.</param>
public sealed record PartReuse(int Number, double Containment, int Shingles, ImmutableArray<ReusedPassage> Passages);

/// <summary>
/// X08: this year's parts 一, 五 and 六 against last year's (oversight.md §4). Containment, not a symmetric score,
/// answers "how much of this year's text was already there"; each year's text loses its own unit's names and the
/// years before it is compared.
/// </summary>
public static class TextReuse
{
    /// <summary>The narrative parts compared: 一 总体情况, 五 问题及改进, 六 其他事项 (二–四 are the tables).</summary>
    public static readonly ImmutableArray<int> ComparedParts = [1, 5, 6];

    public static ImmutableArray<PartReuse> Compare(AnnualReport report, AnnualReport other)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(other);
        var names = UnitNames.Of(report.Agency);
        var otherNames = UnitNames.Of(other.Agency);
        var parts = ImmutableArray.CreateBuilder<PartReuse>();
        foreach (var number in ComparedParts)
        {
            if (report.SectionText(number) is not { Length: > 0 } text || other.SectionText(number) is not { Length: > 0 } otherText)
            {
                continue;
            }

            var now = NormalizedText.Of(text, names);
            var then = NormalizedText.Of(otherText, otherNames);
            var shingles = Shingles.Of(now.Text);
            var containment = Shingles.Containment(shingles, Shingles.Of(then.Text));
            parts.Add(new PartReuse(number, containment, shingles.Length, containment > 0 ? ReusedPassages.Find(now, then) : []));
        }

        return parts.ToImmutable();
    }

    /// <summary>
    /// The shingles of a report's parts 一, 五 and 六 together, its own names and the years removed: what X09 compares
    /// between the units of a region (<see cref="NearDuplicateSearch"/>).
    /// </summary>
    public static ulong[] NarrativeShingles(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = UnitNames.Of(report.Agency);
        var text = string.Concat(ComparedParts.Select(n => report.SectionText(n) is { } t ? NormalizedText.Of(t, names).Text + "\n" : ""));
        return Shingles.Of(text);
    }
}
