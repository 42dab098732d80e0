using System.Collections.Immutable;

namespace Gongkai.Domain.Reports.Similarity;

/// <summary>
/// A passage of this year's text found again in last year's (or another unit's): where it stands in each original
/// text, for highlighting side by side, and its length once normalised.
/// </summary>
public sealed record ReusedPassage(int Start, int Length, int OtherStart, int OtherLength, int Characters);

/// <summary>Common substrings of two normalised texts, at least <see cref="MinimumLength"/> characters long.</summary>
public static class ReusedPassages
{
    /// <summary>20 normalised characters: a clause, longer than the set phrases every report shares.</summary>
    public const int MinimumLength = 20;

    // A shingle that recurs this often in the other text is a set phrase; its first occurrences suffice.
    private const int MaxCandidates = 16;

    public static ImmutableArray<ReusedPassage> Find(NormalizedText text, NormalizedText other, int minimumLength = MinimumLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumLength, Shingles.Size);
        var a = text.Text;
        var b = other.Text;
        var index = new Dictionary<ulong, List<int>>();
        for (var j = 0; j + Shingles.Size <= b.Length; j++)
        {
            var h = Shingles.Hash(b.AsSpan(j, Shingles.Size));
            if (!index.TryGetValue(h, out var at))
            {
                index[h] = at = [];
            }

            if (at.Count < MaxCandidates)
            {
                at.Add(j);
            }
        }

        var passages = ImmutableArray.CreateBuilder<ReusedPassage>();
        var i = 0;
        while (i + Shingles.Size <= a.Length)
        {
            var (best, bestAt) = (0, -1);
            if (index.TryGetValue(Shingles.Hash(a.AsSpan(i, Shingles.Size)), out var candidates))
            {
                foreach (var j in candidates)
                {
                    var length = a.AsSpan(i).CommonPrefixLength(b.AsSpan(j));
                    if (length > best)
                    {
                        (best, bestAt) = (length, j);
                    }
                }
            }

            if (best >= minimumLength)
            {
                var (start, span) = text.Original(i, best);
                var (otherStart, otherSpan) = other.Original(bestAt, best);
                passages.Add(new ReusedPassage(start, span, otherStart, otherSpan, best));
                i += best;
            }
            else
            {
                i++;
            }
        }

        return passages.ToImmutable();
    }
}
