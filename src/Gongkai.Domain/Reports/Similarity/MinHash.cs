namespace Gongkai.Domain.Reports.Similarity;

/// <summary>
/// MinHash signatures of shingle sets: the share of equal positions of two signatures estimates their Jaccard
/// similarity. Each of the <c>count</c> hash functions is the shingle's hash mixed with its own seed.
/// </summary>
public static class MinHash
{
    public const int DefaultCount = 128;

    public static uint[] Signature(ReadOnlySpan<ulong> shingles, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var signature = new uint[count];
        Array.Fill(signature, uint.MaxValue);
        Span<ulong> seeds = stackalloc ulong[count];
        for (var i = 0; i < count; i++)
        {
            seeds[i] = Shingles.Mix((ulong)(i + 1) * 0x9E3779B97F4A7C15UL);
        }

        foreach (var shingle in shingles)
        {
            for (var i = 0; i < count; i++)
            {
                // A multiply-xorshift of the shingle and the function's seed: cheap, and its high bits well mixed.
                var h = (shingle ^ seeds[i]) * 0xD6E8FEB86659FD93UL;
                var v = (uint)(h >> 32);
                if (v < signature[i])
                {
                    signature[i] = v;
                }
            }
        }

        return signature;
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
}
