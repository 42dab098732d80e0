using System.Globalization;
using Gongkai.Domain;

namespace Gongkai.Documents.Text;

/// <summary>
/// A linear identity among the cells of one printed row: the sum of <see cref="Addends"/> equals
/// <see cref="Total"/> (表三: the six applicant columns make 总计; 表四: four results make each group's 总计).
/// </summary>
internal sealed record RowEquation(int[] Addends, int Total);

/// <summary>One way to read a printed row into its cells.</summary>
internal sealed record RowReading(decimal[] Values, int Cost, bool Inferred, bool SatisfiesRow)
{
    public string Describe() => string.Join("、", Values.Select(ChineseNumbers.Figure));
}

/// <summary>
/// The readings of one printed row: every one that keeps the row's identities, cheapest first, then the cheapest
/// one that does not (taken when none does). <see cref="Complete"/> is false when the row could be read in more
/// ways than were tried: then none of its readings can be called the only one.
/// </summary>
internal sealed record RowReadingSet(IReadOnlyList<RowReading> Readings, bool Complete)
{
    public static RowReadingSet None { get; } = new([], Complete: true);

    public List<RowReading> Fitting() => [.. Readings.Where(r => r.SatisfiesRow)];
}

/// <summary>
/// Every reading of a printed row: numbers that ran together are split at every place that leaves no leading zero,
/// missing (blank) cells are placed at every position, and blanks are zero unless one identity of the row asks
/// for a value ("3.其他 8 0 0 0 0" in 朝阳市 2021: the blank 总计 is 8). A reading costs one per split and two per
/// blank, three more per derived value; the fewest blanks are tried first, so a row too long to try in full loses
/// only its least likely readings, and says so.
/// </summary>
internal static class RowReadings
{
    public static RowReadingSet Enumerate(IReadOnlyList<NumberToken> tokens, int width, IReadOnlyList<RowEquation> equations, Func<decimal[], int>? plausibility = null)
    {
        tokens = WithoutSpanBlanks(tokens, width);

        // A row has at most `width` cells of at most a few digits each; a longer run is not a row of this table.
        if (tokens.Count == 0 || tokens.Count > width || tokens.Sum(t => t.Text.Length) > width * 8)
        {
            return RowReadingSet.None;
        }

        return tokens.Count == width ? InFull(tokens, equations, plausibility) : new RowReadingSearch(tokens, width, equations, plausibility).Run();
    }

    /// <summary>
    /// The columns printed blank in a row that has a field for every column (a pipe or tab field left empty, an empty
    /// table cell): read as zero without any search, so the reader must still say which cells held no figure.
    /// </summary>
    public static int[] BlankColumns(IReadOnlyList<NumberToken> tokens, int width)
    {
        tokens = WithoutSpanBlanks(tokens, width);
        return tokens.Count == width ? [.. Enumerable.Range(0, width).Where(c => tokens[c].Blank)] : [];
    }

    /// <summary>
    /// A copied row has an empty field for each grid position its label's merged cell covers ("（二）部分公开…\t\t3\t…"
    /// where the label spans two columns, 上海市人民政府办公厅 2019): blank cells beyond the row's width are dropped,
    /// those right after the label first, then those at its end.
    /// </summary>
    public static IReadOnlyList<NumberToken> WithoutSpanBlanks(IReadOnlyList<NumberToken> tokens, int width)
    {
        if (tokens.Count <= width || !tokens[0].Blank && !tokens[^1].Blank)
        {
            return tokens;
        }

        var start = 0;
        var end = tokens.Count;
        while (end - start > width && tokens[start].Blank)
        {
            start++;
        }

        while (end - start > width && tokens[end - 1].Blank)
        {
            end--;
        }

        return [.. tokens.Skip(start).Take(end - start)];
    }

    /// <summary>
    /// A row printed in full, one number per column, has one reading, or none when a number is no cell: a split
    /// would make more cells than columns. The common case, read without the search.
    /// </summary>
    private static RowReadingSet InFull(IReadOnlyList<NumberToken> tokens, IReadOnlyList<RowEquation> equations, Func<decimal[], int>? plausibility)
    {
        var values = new decimal[tokens.Count];
        for (var c = 0; c < values.Length; c++)
        {
            if (WholeCell(tokens[c].Text) is not { } v)
            {
                return RowReadingSet.None;
            }

            values[c] = v;
        }

        var fits = true;
        foreach (var eq in equations)
        {
            var sum = 0m;
            foreach (var a in eq.Addends)
            {
                sum += values[a];
            }

            fits &= sum == values[eq.Total];
        }

        return new RowReadingSet([new RowReading(values, plausibility?.Invoke(values) ?? 0, Inferred: false, fits)], Complete: true);
    }

    /// <summary>
    /// A number printed apart as one cell: no leading zero, and at most twelve digits before any decimal point (an
    /// amount in 元, "251000元" in 上海 2019's 采购总金额); a longer run is no cell of these tables.
    /// </summary>
    public static decimal? WholeCell(string text)
    {
        if (!IsCell(text))
        {
            return null;
        }

        var digits = NumberToken.Unsigned(text);
        var point = digits.IndexOf('.');
        if ((point < 0 ? digits.Length : point) > 12)
        {
            return null;
        }

        return decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>"016" is never one cell (0|16); "0" and "0.5" are.</summary>
    private static bool IsCell(string text)
    {
        var digits = NumberToken.Unsigned(text);
        if (digits.Length == 0)
        {
            return false;
        }

        return digits.Length == 1 || digits[0] != '0' || digits.StartsWith("0.", StringComparison.Ordinal);
    }
}
