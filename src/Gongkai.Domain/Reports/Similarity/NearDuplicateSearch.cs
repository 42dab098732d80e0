using System.Collections.Immutable;

namespace Gongkai.Domain.Reports.Similarity;

/// <summary>Two texts of a set found to be near-duplicates: their indexes (First &lt; Second) and exact Jaccard.</summary>
public sealed record NearDuplicatePair(int First, int Second, double Jaccard);

/// <summary>What a search found, with how much work it took: candidates from the bands, shingles left out.</summary>
public sealed record NearDuplicateMatches(ImmutableArray<NearDuplicatePair> Pairs, int Candidates, int BoilerplateShingles);

/// <summary>
/// X09: near-duplicate texts among many (the units of a region in one year) without comparing every pair
/// (oversight.md §4). Shingles found in at least half the texts are boilerplate ("以习近平新时代中国特色社会主义
/// 思想为指导" opens most reports) and are left out; MinHash signatures, cut into bands, put texts that agree on a
/// whole band in one bucket (LSH); each pair that shares a bucket is confirmed by its exact Jaccard similarity.
/// </summary>
public static class NearDuplicateSearch
{
    public const double DefaultThreshold = 0.8;

    /// <summary>Shingles in at least this share of the texts are boilerplate.</summary>
    public const double BoilerplateShare = 0.5;

    // 18 bands of 7 rows (126 of the 128 hashes): a pair at Jaccard 0.8 shares a band with probability
    // 1 − (1 − 0.8⁷)¹⁸ ≈ 0.986, a pair at 0.3 with about 0.004.
    private const int Bands = 18;
    private const int Rows = 7;

    // A text with fewer shingles than this once boilerplate is gone ("无", a heading alone) is nobody's copy.
    private const int MinimumShingles = 20;

    public static NearDuplicateMatches Find(IReadOnlyList<ulong[]> texts, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var (kept, boilerplate) = WithoutBoilerplate(texts);
        return FindAmong(kept, boilerplate, threshold);
    }

    private static NearDuplicateMatches FindAmong(ulong[][] kept, int boilerplate, double threshold)
    {
        var signatures = new uint[kept.Length][];
        Parallel.For(0, kept.Length, i => signatures[i] = kept[i].Length >= MinimumShingles ? MinHash.Signature(kept[i]) : []);

        var candidates = new HashSet<long>();
        var keys = new (ulong Key, int Text)[kept.Length];
        for (var band = 0; band < Bands; band++)
        {
            var count = 0;
            for (var t = 0; t < kept.Length; t++)
            {
                if (signatures[t].Length > 0)
                {
                    keys[count++] = (BandKey(signatures[t].AsSpan(band * Rows, Rows)), t);
                }
            }

            Array.Sort(keys, 0, count);
            for (int start = 0, end; start < count; start = end)
            {
                for (end = start + 1; end < count && keys[end].Key == keys[start].Key; end++)
                {
                    for (var k = start; k < end; k++)
                    {
                        candidates.Add(((long)keys[k].Text << 32) | (uint)keys[end].Text);
                    }
                }
            }
        }

        var pairs = new List<NearDuplicatePair>();
        foreach (var pair in candidates)
        {
            var (a, b) = ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF));
            var jaccard = Shingles.Jaccard(kept[a], kept[b]);
            if (jaccard >= threshold)
            {
                pairs.Add(new NearDuplicatePair(Math.Min(a, b), Math.Max(a, b), jaccard));
            }
        }

        return new NearDuplicateMatches([.. pairs.OrderBy(p => p.First).ThenBy(p => p.Second)], candidates.Count, boilerplate);
    }

    /// <summary>Each set without the shingles found in at least half of the sets (when there are 4 or more).</summary>
    public static (ulong[][] Kept, int Boilerplate) WithoutBoilerplate(IReadOnlyList<ulong[]> texts)
    {
        if (texts.Count < 4)
        {
            return ([.. texts], 0);
        }

        var frequency = new Dictionary<ulong, int>(texts.Sum(t => t.Length) / 4);
        foreach (var text in texts)
        {
            foreach (var shingle in text)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(frequency, shingle, out _)++;
            }
        }

        var limit = (int)Math.Ceiling(texts.Count * BoilerplateShare);
        var common = frequency.Where(f => f.Value >= limit).Select(f => f.Key).ToHashSet();
        if (common.Count == 0)
        {
            return ([.. texts], 0);
        }

        var kept = new ulong[texts.Count][];
        Parallel.For(0, texts.Count, i => kept[i] = Array.FindAll(texts[i], s => !common.Contains(s)));
        return (kept, common.Count);
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var v in rows)
        {
            h = Shingles.Mix(h ^ v);
        }

        return h;
    }
}
