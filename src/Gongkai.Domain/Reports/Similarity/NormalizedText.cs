using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Similarity;

/// <summary>
/// A text brought to what copying keeps (oversight.md §4, X08/X09): whitespace and punctuation removed, each run of
/// digits one '#', the unit's own names and the years removed, so that a part 五 copied with only its year changed,
/// or another unit's report with its name replaced, reads the same. <see cref="Offsets"/> maps each character
/// back to the original text, so that a page can highlight a reused passage where it was printed.
/// </summary>
public sealed partial record NormalizedText(string Text, ImmutableArray<int> Offsets)
{
    public static NormalizedText Of(string original, IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(names);
        var removed = new bool[original.Length];
        foreach (var name in names.Where(n => n.Length >= 2).OrderByDescending(n => n.Length))
        {
            for (var at = original.IndexOf(name, StringComparison.Ordinal); at >= 0; at = original.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                Array.Fill(removed, true, at, name.Length);
            }
        }

        foreach (Match year in Year().Matches(original))
        {
            Array.Fill(removed, true, year.Index, year.Length);
        }

        var text = new StringBuilder(original.Length);
        var offsets = ImmutableArray.CreateBuilder<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (removed[i] || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c) || c is '\uE000')
            {
                continue;
            }

            if (char.IsDigit(c))
            {
                text.Append('#');
                offsets.Add(i);
                // "1,234" and "0.5" are one number.
                while (i + 1 < original.Length && !removed[i + 1]
                    && (char.IsDigit(original[i + 1]) || (original[i + 1] is '.' or ',' && i + 2 < original.Length && char.IsDigit(original[i + 2]))))
                {
                    i++;
                }

                continue;
            }

            text.Append(c);
            offsets.Add(i);
        }

        return new NormalizedText(text.ToString(), offsets.ToImmutable());
    }

    /// <summary>The span of the original text that characters [start, start + length) came from.</summary>
    public (int Start, int Length) Original(int start, int length)
    {
        var from = Offsets[start];
        return (from, Offsets[start + length - 1] + 1 - from);
    }

    // "2024年", "2023 年度", a bare "2024" (years 1990–2099), as the reports print them.
    [GeneratedRegex(@"(?<!\d)(?:19[9]\d|20\d\d)(?!\d)(?:\s*年度|\s*年)?")]
    private static partial Regex Year();
}
