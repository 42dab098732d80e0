using System.Globalization;

namespace Gongkai.Documents.Text;

/// <summary>
/// A linear identity among the cells of one printed row: the sum of <see cref="Addends"/> equals
/// <see cref="Total"/> (表三: the six applicant columns make 总计; 表四: four results make each group's 总计).
/// </summary>
internal sealed record RowEquation(int[] Addends, int Total);

/// <summary>One way to read a printed row into its cells.</summary>
internal sealed record RowReading(decimal[] Values, int Cost, bool Inferred, bool SatisfiesRow)
{
    public string Describe() => string.Join("、", Values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)));
}

/// <summary>
/// Every reading of a printed row: numbers that ran together are split at every place that leaves no leading zero,
/// missing (blank) cells are placed at every position, and blanks are zero unless one identity of the row asks
/// for a value ("3.其他 8 0 0 0 0" in 朝阳市 2021: the blank 总计 is 8). Readings that keep the row's identities come
/// first; the rest are kept only for rows printed in full, whose values are not in doubt.
/// </summary>
internal static class RowReadings
{
    private const int Cap = 20_000;

    public static List<RowReading> Enumerate(IReadOnlyList<NumberToken> tokens, int width, IReadOnlyList<RowEquation> equations, Func<decimal[], int>? plausibility = null)
    {
        var results = new Dictionary<string, RowReading>(StringComparer.Ordinal);
        // A row has at most `width` cells of at most a few digits each; a longer run is not a row of this table
        // (and would not fit a decimal), whatever it is.
        if (tokens.Count == 0 || tokens.Count > width || tokens.Sum(t => t.Text.Length) > width * 8 || tokens.Any(t => t.Text.Length > 18))
        {
            return [];
        }

        var cells = new List<(decimal Value, bool Blank)>(width);
        var produced = 0;

        void Emit(List<string> parts, int splits)
        {
            var blanks = width - parts.Count;
            foreach (var positions in Combinations(width, blanks))
            {
                if (++produced > Cap)
                {
                    return;
                }

                cells.Clear();
                var p = 0;
                var b = 0;
                for (var c = 0; c < width; c++)
                {
                    if (b < positions.Length && positions[b] == c)
                    {
                        cells.Add((0, true));
                        b++;
                    }
                    else
                    {
                        cells.Add((decimal.Parse(parts[p++], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), false));
                    }
                }

                foreach (var (values, derived) in FillBlanks(cells, equations))
                {
                    var ok = equations.All(e => e.Addends.Sum(a => values[a]) == values[e.Total]);
                    var cost = splits + 2 * blanks + 3 * derived + (plausibility?.Invoke(values) ?? 0);
                    var inferred = splits > 0 || blanks > 0;
                    var key = string.Join(',', values);
                    if (!results.TryGetValue(key, out var existing) || existing.Cost > cost)
                    {
                        results[key] = new RowReading(values, cost, inferred, ok);
                    }
                }
            }
        }

        void Split(int t, List<string> parts, int splits)
        {
            if (produced > Cap)
            {
                return;
            }

            if (t == tokens.Count)
            {
                Emit(parts, splits);
                return;
            }

            var text = tokens[t].Text;
            var room = width - parts.Count - (tokens.Count - t - 1);
            var maxParts = tokens[t].IsSplittable ? Math.Min(text.Length, room) : 1;
            for (var k = 1; k <= maxParts; k++)
            {
                foreach (var pieces in Compositions(text, k))
                {
                    var count = parts.Count;
                    parts.AddRange(pieces);
                    Split(t + 1, parts, splits + k - 1);
                    parts.RemoveRange(count, parts.Count - count);
                }
            }
        }

        Split(0, [], 0);
        return [.. results.Values.OrderBy(r => r.SatisfiesRow ? 0 : 1).ThenBy(r => r.Cost)];
    }

    /// <summary>Blanks are zero, or, one per identity, the value that identity needs (never negative).</summary>
    private static IEnumerable<(decimal[] Values, int Derived)> FillBlanks(List<(decimal Value, bool Blank)> cells, IReadOnlyList<RowEquation> equations)
    {
        var values = cells.Select(c => c.Value).ToArray();
        var blank = cells.Select(c => c.Blank).ToArray();
        if (!blank.Any(b => b))
        {
            yield return (values, 0);
            yield break;
        }

        foreach (var result in Fill(values, blank, equations, 0, 0))
        {
            yield return result;
        }
    }

    private static IEnumerable<(decimal[] Values, int Derived)> Fill(decimal[] values, bool[] blank, IReadOnlyList<RowEquation> equations, int e, int derived)
    {
        if (e == equations.Count)
        {
            yield return ((decimal[])values.Clone(), derived);
            yield break;
        }

        var eq = equations[e];
        foreach (var r in Fill(values, blank, equations, e + 1, derived))
        {
            yield return r;
        }

        var members = eq.Addends.Append(eq.Total).Where(c => blank[c]).ToList();
        foreach (var c in members)
        {
            var sum = eq.Addends.Where(a => a != c).Sum(a => values[a]);
            var value = c == eq.Total ? sum : values[eq.Total] - sum;
            if (value <= 0)
            {
                continue;
            }

            values[c] = value;
            foreach (var r in Fill(values, blank, equations, e + 1, derived + 1))
            {
                yield return r;
            }

            values[c] = 0;
        }
    }

    /// <summary>Ways to cut a digit string into k numbers, none with a leading zero ("016" is 0|16, never 016).</summary>
    private static IEnumerable<string[]> Compositions(string text, int k)
    {
        if (k == 1)
        {
            if (IsCell(text))
            {
                yield return [text];
            }

            yield break;
        }

        for (var len = 1; len <= text.Length - (k - 1); len++)
        {
            var head = text[..len];
            if (!IsCell(head))
            {
                continue;
            }

            foreach (var rest in Compositions(text[len..], k - 1))
            {
                yield return [head, .. rest];
            }
        }
    }

    private static bool IsCell(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0)
        {
            return false;
        }

        return digits.Length == 1 || digits[0] != '0' || digits.StartsWith("0.", StringComparison.Ordinal);
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var pick = new int[k];
        for (var i = 0; i < k; i++)
        {
            pick[i] = i;
        }

        while (true)
        {
            yield return pick;
            var j = k - 1;
            while (j >= 0 && pick[j] == n - k + j)
            {
                j--;
            }

            if (j < 0)
            {
                yield break;
            }

            pick[j]++;
            for (var x = j + 1; x < k; x++)
            {
                pick[x] = pick[x - 1] + 1;
            }
        }
    }
}
