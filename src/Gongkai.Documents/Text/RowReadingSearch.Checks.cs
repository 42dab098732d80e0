namespace Gongkai.Documents.Text;

/// <summary>What <see cref="RowReadingSearch"/> checks as it fills columns, and what it keeps at the end of a row.</summary>
internal sealed partial class RowReadingSearch
{
    private static readonly long[] Pow10 = [.. Enumerable.Range(0, MaxWholeDigits + 1).Select(i => (long)Math.Pow(10, i))];

    // Whether the pieces still to place could bring the addends of a last-column total read first up to it: k
    // cells made of r digits have at most r − k + 1 digits each (and at most twelve), so add up to less than
    // k·10^(r−k+1). A nine-digit total cannot come from ten digits in six cells. Not while nothing has been split
    // and a blank may yet be derived: its value comes from no digits ("1 1 1 100": the blank fourth cell is 97).
    private bool Reachable(int c, int t, int at, int piecesLeft, int splits)
    {
        if (lastTotal is not { } total || closest is null || blank[total.Total] || (splits == 0 && MayDerive))
        {
            return true;
        }

        var sum = 0L;
        foreach (var a in total.Addends)
        {
            sum += a < c ? counts[a] : 0;
        }

        var target = counts[total.Total];
        if (piecesLeft == 0 || t == tokenCount)
        {
            return sum <= target;
        }

        var remaining = at == 0 ? digitsFrom[t] : end[t] - at + digitsFrom[t + 1];
        var longest = Math.Min(MaxWholeDigits, remaining - piecesLeft + 1);
        return sum + piecesLeft * Pow10[longest] > target;
    }

    // The identities that end at column c hold, or could still be made to hold by a derived blank, and the addends
    // of a last-column total read first do not exceed it. Until one reading that breaks the identities is kept (the
    // fallback when none keeps them), nothing is cut off.
    private bool Holds(int c, int splits)
    {
        if (closest is null)
        {
            return true;
        }

        foreach (var eq in endingAt[c])
        {
            if (splits == 0 && MayDerive && HasBlank(eq))
            {
                continue;
            }

            if (!Sums(eq))
            {
                return false;
            }
        }

        if (lastTotal is { } total && lastTotalAddend[c] && (splits > 0 || !blank[total.Total]))
        {
            var sum = 0L;
            foreach (var a in total.Addends)
            {
                sum += a <= c ? counts[a] : 0;
            }

            return sum <= counts[total.Total];
        }

        return true;
    }

    private bool HasBlank(RowEquation eq)
    {
        foreach (var a in eq.Addends)
        {
            if (blank[a])
            {
                return true;
            }
        }

        return blank[eq.Total];
    }

    private void Set(int c, decimal value)
    {
        values[c] = value;
        if (integral)
        {
            counts[c] = (long)value;
        }
    }

    private bool Sums(RowEquation eq)
    {
        if (integral)
        {
            var count = 0L;
            foreach (var a in eq.Addends)
            {
                count += counts[a];
            }

            return count == counts[eq.Total];
        }

        var sum = 0m;
        foreach (var a in eq.Addends)
        {
            sum += values[a];
        }

        return sum == values[eq.Total];
    }

    private void Leaf(int splits, int blanks)
    {
        // A blank takes the value an identity asks for only where the numbers were printed apart
        // ("3.其他 8 0 0 0 0", 朝阳市 2021); where digits ran together ("（一）予以公开 15 1 016", the same report)
        // its blanks are empty cells, zero, and deriving them too would admit a reading for almost any split. A
        // lone number may be digits run together ("633000066", the same report) and derives nothing either.
        if (splits == 0 && blanks > 0 && MayDerive)
        {
            Derive(0, blanks, 0);
        }
        else
        {
            Consider(splits, blanks, 0);
        }
    }

    // Whether a blank of this row may take a derived value: the row has identities and several numbers.
    private bool MayDerive => equations.Count > 0 && digits.Length > 1;

    private void Derive(int e, int blanks, int derived)
    {
        if (e == equations.Count)
        {
            Consider(0, blanks, derived);
            return;
        }

        Derive(e + 1, blanks, derived);
        var eq = equations[e];
        foreach (var c in eq.Addends.Append(eq.Total))
        {
            if (!blank[c])
            {
                continue;
            }

            var sum = 0m;
            foreach (var a in eq.Addends)
            {
                sum += a == c ? 0 : values[a];
            }

            var value = c == eq.Total ? sum : values[eq.Total] - sum;
            if (value <= 0)
            {
                continue;
            }

            Set(c, value);
            Derive(e + 1, blanks, derived + 1);
            Set(c, 0);
        }
    }

    private void Consider(int splits, int blanks, int derived)
    {
        var keeps = true;
        foreach (var eq in equations)
        {
            keeps &= Sums(eq);
        }

        if (keeps)
        {
            fits++;
        }
        else if (closest is not null && closest.Cost <= splits + 2 * blanks + 3 * derived)
        {
            return;
        }

        var cost = splits + 2 * blanks + 3 * derived + (plausibility?.Invoke(values) ?? 0);
        var inferred = splits > 0 || blanks > 0;
        if (!keeps)
        {
            if (closest is null || closest.Cost > cost)
            {
                closest = new RowReading((decimal[])values.Clone(), cost, inferred, false);
            }
        }
        else if (!fitting.TryGetValue(values, out var existing))
        {
            var copy = (decimal[])values.Clone();
            fitting[copy] = new RowReading(copy, cost, inferred, true);
        }
        else if (existing.Cost > cost)
        {
            fitting[existing.Values] = new RowReading(existing.Values, cost, inferred, true);
        }
    }

    private sealed class ValuesComparer : IEqualityComparer<decimal[]>
    {
        public static ValuesComparer Instance { get; } = new();

        public bool Equals(decimal[]? x, decimal[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(decimal[] obj)
        {
            var hash = new HashCode();
            foreach (var v in obj)
            {
                hash.Add(v);
            }

            return hash.ToHashCode();
        }
    }
}
