namespace Gongkai.Documents.Text;

/// <summary>A table row as found in the text: which template row its label matched, and the numbers after it.</summary>
internal sealed record PrintedRow(string Key, string Label, LabelMatch Match, List<NumberToken> Numbers, int Line)
{
    public string PrintedNumbers => string.Join(" ", Numbers.Select(n => n.Shown));
}

/// <summary>A template row label a segment may end with, with its comparable core.</summary>
internal sealed record RowLabel(string Key, string Label, string Core)
{
    public static RowLabel Of(string key, string label) => new(key, label, LabelMatcher.Core(label));
}
