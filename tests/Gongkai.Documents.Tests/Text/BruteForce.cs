using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// The readings of a row by trying every one, as <see cref="RowReadings"/> defines them and without any of the
/// search's short cuts: every cut of every number (pieces of at most nine digits, no leading zero), every placement
/// of the blanks, blanks zero or (where several numbers were printed and none was cut) derived by an identity.
/// </summary>
internal static class BruteForce
{
    public static Dictionary<string, int> Readings(string[] tokens, int width, RowEquation[] equations)
    {
        var readings = new Dictionary<string, int>();
        foreach (var parts in Cuts(tokens, 0))
        {
            var blanks = width - parts.Count;
            var splits = parts.Count - tokens.Length;
            if (blanks < 0)
            {
                continue;
            }

            foreach (var blank in Placements(width, blanks))
            {
                var values = new decimal[width];
                var p = 0;
                for (var c = 0; c < width; c++)
                {
                    values[c] = blank[c] ? 0 : parts[p++];
                }

                var derive = splits == 0 && blanks > 0 && equations.Length > 0 && tokens.Length > 1;
                foreach (var (filled, derived) in derive ? Fills(values, blank, equations, 0, 0) : [(values, 0)])
                {
                    if (equations.All(e => e.Addends.Sum(a => filled[a]) == filled[e.Total]))
                    {
                        var key = string.Join(",", filled);
                        var cost = splits + 2 * blanks + 3 * derived;
                        readings[key] = Math.Min(cost, readings.GetValueOrDefault(key, int.MaxValue));
                    }
                }
            }
        }

        return readings;
    }

    private static IEnumerable<List<decimal>> Cuts(string[] tokens, int t)
    {
        if (t == tokens.Length)
        {
            yield return [];
            yield break;
        }

        foreach (var head in Pieces(tokens[t]))
        {
            foreach (var rest in Cuts(tokens, t + 1))
            {
                yield return [.. head, .. rest];
            }
        }
    }

    private static IEnumerable<List<decimal>> Pieces(string token)
    {
        if (RowReadings.WholeCell(token) is { } whole)
        {
            yield return [whole];
        }

        for (var k = 2; k <= token.Length; k++)
        {
            foreach (var cut in Cut(token, k))
            {
                yield return cut;
            }
        }
    }

    private static IEnumerable<List<decimal>> Cut(string digits, int k)
    {
        if (k == 1)
        {
            if (digits.Length <= 9 && (digits.Length == 1 || digits[0] != '0'))
            {
                yield return [decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)];
            }

            yield break;
        }

        for (var length = 1; length <= digits.Length - k + 1; length++)
        {
            var head = digits[..length];
            if (length > 9 || (length > 1 && head[0] == '0'))
            {
                continue;
            }

            foreach (var rest in Cut(digits[length..], k - 1))
            {
                yield return [decimal.Parse(head, System.Globalization.CultureInfo.InvariantCulture), .. rest];
            }
        }
    }

    private static IEnumerable<bool[]> Placements(int width, int blanks)
    {
        for (var mask = 0; mask < 1 << width; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) == blanks)
            {
                yield return [.. Enumerable.Range(0, width).Select(c => (mask >> c & 1) == 1)];
            }
        }
    }

    private static IEnumerable<(decimal[] Values, int Derived)> Fills(decimal[] values, bool[] blank, RowEquation[] equations, int e, int derived)
    {
        if (e == equations.Length)
        {
            yield return ((decimal[])values.Clone(), derived);
            yield break;
        }

        foreach (var fill in Fills(values, blank, equations, e + 1, derived))
        {
            yield return fill;
        }

        var eq = equations[e];
        foreach (var c in eq.Addends.Append(eq.Total).Where(c => blank[c]))
        {
            var sum = eq.Addends.Where(a => a != c).Sum(a => values[a]);
            var value = c == eq.Total ? sum : values[eq.Total] - sum;
            if (value <= 0)
            {
                continue;
            }

            var copy = (decimal[])values.Clone();
            copy[c] = value;
            foreach (var fill in Fills(copy, blank, equations, e + 1, derived + 1))
            {
                yield return fill;
            }
        }
    }
}
