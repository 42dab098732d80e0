using System.Globalization;

namespace Gongkai.Documents.Text;

/// <summary>
/// The enumeration behind <see cref="RowReadings.Enumerate"/>. Columns are filled left to right, each either blank
/// or the next piece of the printed digits, one pass per number of blanks, fewest first. An identity is checked as
/// soon as its last column is filled. When the row ends in the total of all its other columns (表三's 总计), that
/// column is read first, from the end of the digits, so that every partial sum of its addends can be held to it: a
/// run of twenty digits is then tried in thousands of ways instead of hundreds of thousands.
/// </summary>
internal sealed partial class RowReadingSearch
{
    // Columns filled in one row, over all passes; beyond this the row is read from what was tried and marked as
    // not tried in full.
    private const int Cap = 2_000_000;

    // A cell cut out of digits that ran together has at most nine digits: no count of 表二–表四 comes near 10^9
    // (朝阳市 2021's 「633000066」 is seven cells, the longest 66), and longer pieces would only multiply the
    // readings of a long run.
    private const int MaxPieceDigits = 9;

    // The most digits of a number taken as one cell (RowReadings.WholeCell).
    private const int MaxWholeDigits = 12;

    private readonly int width;
    private readonly IReadOnlyList<RowEquation> equations;
    private readonly RowEquation[][] endingAt;
    private readonly bool[] boundary;
    private readonly Func<decimal[], int>? plausibility;
    private readonly string[] digits;
    private readonly bool[] splittable;
    private readonly bool[] negative;
    private readonly decimal?[] whole;
    private readonly RowEquation? lastTotal;
    private readonly bool[] lastTotalAddend;
    private readonly bool integral;
    private readonly int[] end;
    private readonly int[] partsFrom;
    private readonly int[] fewestFrom;
    private readonly int[] digitsFrom;
    private readonly bool[] blank;
    private readonly decimal[] values;
    private readonly long[] counts;
    private readonly HashSet<(int C, int T, int At, int Pieces, bool Split)> dead = [];
    private readonly Dictionary<decimal[], RowReading> fitting = new(ValuesComparer.Instance);
    private RowReading? closest;
    private int tokenCount;
    private int limit;
    private int pieceTarget;
    private int blankTarget;
    private int work;
    private int fits;
    private bool truncated;

    public RowReadingSearch(IReadOnlyList<NumberToken> tokens, int width, IReadOnlyList<RowEquation> equations, Func<decimal[], int>? plausibility)
    {
        this.width = width;
        this.equations = equations;
        this.plausibility = plausibility;
        endingAt = [.. Enumerable.Range(0, width).Select(c => equations.Where(e => Math.Max(e.Total, e.Addends.Max()) == c).ToArray())];
        boundary = [.. Enumerable.Range(0, width).Select(c => c > 0 && equations.Count > 0
            && equations.All(e => Math.Max(e.Total, e.Addends.Max()) < c || Math.Min(e.Total, e.Addends.Min()) >= c))];
        var n = tokens.Count;
        digits = new string[n];
        splittable = new bool[n];
        negative = new bool[n];
        whole = new decimal?[n];
        end = new int[n];
        partsFrom = new int[n + 1];
        fewestFrom = new int[n + 1];
        digitsFrom = new int[n + 1];
        for (var t = 0; t < n; t++)
        {
            var text = tokens[t].Text;
            negative[t] = text.StartsWith('-');
            digits[t] = NumberToken.Unsigned(text);
            splittable[t] = tokens[t].IsSplittable;
            whole[t] = RowReadings.WholeCell(text);
        }

        blank = new bool[width];
        values = new decimal[width];
        counts = new long[width];
        // Whole numbers (every row of 表三 and 表四) are added up as integers, much faster than as decimals.
        integral = whole.All(v => v is null || (v == decimal.Truncate(v.Value) && Math.Abs(v.Value) < 1_000_000_000_000m));
        // Only a total of every other column (表三's 总计): 表四's last group is better left to the memo of dead
        // states between groups, which a total read first would clear for every way of reading it.
        lastTotal = integral && !negative.Any(x => x) ? equations.FirstOrDefault(e => e.Total == width - 1 && e.Addends.Length == width - 1 && e.Addends.All(a => a < width - 1)) : null;
        lastTotalAddend = new bool[width];
        foreach (var a in lastTotal?.Addends ?? [])
        {
            lastTotalAddend[a] = true;
        }

        UseTokens(n, -1);
    }

    public RowReadingSet Run()
    {
        var most = partsFrom[0];
        for (pieceTarget = Math.Min(width, most); pieceTarget >= digits.Length && !truncated; pieceTarget--)
        {
            blankTarget = width - pieceTarget;
            if (lastTotal is null)
            {
                UseTokens(digits.Length, -1);
                limit = width;
                Start(0, 0, 0);
            }
            else
            {
                TotalFirst();
            }
        }

        List<RowReading> readings = [.. fitting.Values.OrderBy(r => r.Cost)];
        if (closest is not null)
        {
            readings.Add(closest);
        }

        return new RowReadingSet(readings, !truncated);
    }

    // The last column is blank, or a piece that ends the last token ("…66" of 「633000066」); the columns before
    // it are then filled from the digits that remain.
    private void TotalFirst()
    {
        var last = digits.Length - 1;
        var w = width - 1;
        limit = w;
        if (blankTarget > 0)
        {
            UseTokens(digits.Length, -1);
            blank[w] = true;
            Set(w, 0);
            Start(0, 1, 0);
            blank[w] = false;
        }

        var text = digits[last];
        for (var length = 1; length <= Math.Min(MaxWholeDigits, text.Length) && !truncated; length++)
        {
            var from = text.Length - length;
            if (length == text.Length)
            {
                if (whole[last] is not { } v)
                {
                    continue;
                }

                UseTokens(last, -1);
                Set(w, v);
                Start(1, 0, 0);
            }
            else if (splittable[last] && length <= MaxPieceDigits && (length == 1 || text[from] != '0'))
            {
                UseTokens(digits.Length, from);
                Set(w, long.Parse(text.AsSpan(from), CultureInfo.InvariantCulture));
                Start(1, 0, 1);
            }
        }
    }

    private void Start(int pieces, int blanks, int splits)
    {
        dead.Clear();
        Fill(0, 0, 0, pieces, blanks, splits);
    }

    // Reads tokens [0, count); the last of them ends at digit `cut` when cut ≥ 0 (the rest went to the last column).
    private void UseTokens(int count, int cut)
    {
        tokenCount = count;
        partsFrom[count] = 0;
        fewestFrom[count] = 0;
        digitsFrom[count] = 0;
        for (var t = count - 1; t >= 0; t--)
        {
            end[t] = t == count - 1 && cut >= 0 ? cut : digits[t].Length;
            partsFrom[t] = partsFrom[t + 1] + (splittable[t] ? Math.Min(end[t], width) : 1);
            var uncut = end[t] == digits[t].Length && whole[t] is not null;
            fewestFrom[t] = fewestFrom[t + 1] + (uncut || !splittable[t] ? 1 : (end[t] + MaxPieceDigits - 1) / MaxPieceDigits);
            digitsFrom[t] = digitsFrom[t + 1] + end[t];
        }
    }

    // Column c is next; token t is next to be read from digit `at` (0: not begun).
    private void Fill(int c, int t, int at, int pieces, int blanks, int splits)
    {
        if (truncated || !Feasible(t, at, pieceTarget - pieces) || !Reachable(c, t, at, pieceTarget - pieces, splits))
        {
            return;
        }

        if (++work > Cap)
        {
            truncated = true;
            return;
        }

        if (c == limit)
        {
            Leaf(splits, blanks);
            return;
        }

        // Between identities (表四's groups of five) what can follow does not depend on what came before, once the
        // identities before have been checked (not left to a blank that may yet be derived): a state that led to no
        // reading keeping them leads to none again.
        if (closest is not null && boundary[c] && (splits > 0 || !MayDerive))
        {
            var state = (c, t, at, pieces, splits > 0);
            if (dead.Contains(state))
            {
                return;
            }

            var before = fits;
            FillFrom(c, t, at, pieces, blanks, splits);
            if (fits == before && !truncated)
            {
                dead.Add(state);
            }

            return;
        }

        FillFrom(c, t, at, pieces, blanks, splits);
    }

    private void FillFrom(int c, int t, int at, int pieces, int blanks, int splits)
    {
        if (blanks < blankTarget)
        {
            blank[c] = true;
            Set(c, 0);
            if (Holds(c, splits))
            {
                Fill(c + 1, t, at, pieces, blanks + 1, splits);
            }

            blank[c] = false;
        }

        if (pieces == pieceTarget || t == tokenCount)
        {
            return;
        }

        var text = digits[t];
        var stop = end[t];
        if (at == 0 && stop == text.Length && whole[t] is { } v)
        {
            Set(c, v);
            if (Holds(c, splits))
            {
                Fill(c + 1, t + 1, 0, pieces + 1, blanks, splits);
            }
        }

        if (!splittable[t])
        {
            return;
        }

        // A piece that ends what is left of the token (once it has been cut: an uncut token was taken whole above),
        // then pieces that leave some of it for the next column. None has a leading zero: "016" is 0|16.
        var left = stop - at;
        if ((at > 0 || stop < text.Length) && left <= MaxPieceDigits && (left == 1 || text[at] != '0'))
        {
            Set(c, Piece(t, at, left));
            if (Holds(c, splits))
            {
                Fill(c + 1, t + 1, 0, pieces + 1, blanks, splits);
            }
        }

        var longest = text[at] == '0' ? Math.Min(1, left - 1) : Math.Min(MaxPieceDigits, left - 1);
        var piece = 0L;
        for (var length = 1; length <= longest; length++)
        {
            piece = piece * 10 + (text[at + length - 1] - '0');
            Set(c, negative[t] && at == 0 ? -piece : piece);
            if (Holds(c, splits + 1))
            {
                Fill(c + 1, t, at + length, pieces + 1, blanks, splits + 1);
            }
        }
    }

    // Whether the pieces still to place can be cut from what is left of the tokens.
    private bool Feasible(int t, int at, int piecesLeft)
    {
        if (t == tokenCount)
        {
            return piecesLeft == 0;
        }

        var fewest = at == 0 ? fewestFrom[t] : (end[t] - at + MaxPieceDigits - 1) / MaxPieceDigits + fewestFrom[t + 1];
        var most = at == 0 ? partsFrom[t] : end[t] - at + partsFrom[t + 1];
        return piecesLeft >= fewest && piecesLeft <= most;
    }

    private decimal Piece(int t, int at, int length)
    {
        decimal value = long.Parse(digits[t].AsSpan(at, length), CultureInfo.InvariantCulture);
        return negative[t] && at == 0 ? -value : value;
    }
}
