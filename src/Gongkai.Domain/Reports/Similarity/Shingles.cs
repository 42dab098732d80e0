namespace Gongkai.Domain.Reports.Similarity;

/// <summary>
/// Character 5-gram shingles of a normalised text, each hashed to 64 bits, as a sorted array without repeats
/// (oversight.md §4, X08/X09); and the overlap measures on such sets.
/// </summary>
public static class Shingles
{
    /// <summary>Characters per shingle: 5 Chinese characters are about two words, enough to tell phrasing apart.</summary>
    public const int Size = 5;

    public static ulong[] Of(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length < Size)
        {
            return [];
        }

        var hashes = new ulong[normalized.Length - Size + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Hash(normalized.AsSpan(i, Size));
        }

        Array.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return hashes[..distinct];
    }

    /// <summary>FNV-1a over the characters, then a SplitMix64 finaliser so that every bit depends on every character.</summary>
    public static ulong Hash(ReadOnlySpan<char> shingle)
    {
        var h = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>|a ∩ b| for two sorted sets.</summary>
    public static int Common(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>Containment C = |a ∩ b| / |a|: how much of a is found in b; 0 for an empty a.</summary>
    public static double Containment(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => a.Length == 0 ? 0 : (double)Common(a, b) / a.Length;

    /// <summary>Jaccard J = |a ∩ b| / |a ∪ b|; 0 when both are empty.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var common = Common(a, b);
        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }
}
