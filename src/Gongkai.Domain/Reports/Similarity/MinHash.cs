using System.Numerics;
using System.Runtime.InteropServices;

namespace Gongkai.Domain.Reports.Similarity;

/// <summary>
/// MinHash signatures of shingle sets: the share of equal positions of two signatures estimates their Jaccard
/// similarity. Hash function i is a multiply–xorshift–multiply of the shingle's low 32 bits xored with seed i,
/// computed for many functions at once in SIMD lanes (<see cref="Vector{T}"/>), since the signatures of 10,000
/// reports take over a billion such hashes.
/// </summary>
public static class MinHash
{
    public const int DefaultCount = 128;

    private static readonly uint[] Seeds = Constants(1);
    private static readonly uint[] Multipliers = Constants(2, odd: true);

    public static uint[] Signature(ReadOnlySpan<ulong> shingles, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, DefaultCount);
        var width = Vector<uint>.Count;
        var lanes = (count + width - 1) / width * width;
        var signature = new uint[lanes];
        Array.Fill(signature, uint.MaxValue);
        var minima = MemoryMarshal.Cast<uint, Vector<uint>>(signature.AsSpan());
        var seeds = MemoryMarshal.Cast<uint, Vector<uint>>(Seeds.AsSpan(0, lanes));
        var multipliers = MemoryMarshal.Cast<uint, Vector<uint>>(Multipliers.AsSpan(0, lanes));
        var mix = new Vector<uint>(0x846CA68Bu);
        foreach (var shingle in shingles)
        {
            var x = new Vector<uint>((uint)shingle ^ (uint)(shingle >> 32));
            for (var v = 0; v < minima.Length; v++)
            {
                var h = (x ^ seeds[v]) * multipliers[v];
                h = (h ^ (h >>> 16)) * mix;
                minima[v] = Vector.Min(minima[v], h ^ (h >>> 15));
            }
        }

        return lanes == count ? signature : signature[..count];
    }

    /// <summary>The estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Estimate(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(a.Length, b.Length);
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return (double)equal / a.Length;
    }

    // Room for the widest vector registers past the last function.
    private static uint[] Constants(ulong stream, bool odd = false)
    {
        var values = new uint[DefaultCount + 64];
        for (var i = 0; i < values.Length; i++)
        {
            var v = (uint)Shingles.Mix((stream << 32) + (ulong)i + 1);
            values[i] = odd ? v | 1 : v;
        }

        return values;
    }
}
