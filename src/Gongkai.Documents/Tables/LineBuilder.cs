using System.Text;

namespace Gongkai.Documents.Tables;

/// <summary>
/// Collects a document's text as lines: inline text runs join on the current line, a block boundary ends it,
/// whitespace collapses as a browser or Word shows it, and empty lines are not kept.
/// </summary>
internal sealed class LineBuilder
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();

    public void Append(string text) => _line.Append(text);

    /// <summary>Ends the current line, if it has any visible text.</summary>
    public void Break()
    {
        var line = TableLines.Clean(_line.ToString());
        _line.Clear();
        if (line.Length > 0)
        {
            _text.Append(line).Append('\n');
        }
    }

    /// <summary>Adds a finished line (a table row) as is.</summary>
    public void AppendLine(string line)
    {
        Break();
        _text.Append(line).Append('\n');
    }

    public override string ToString()
    {
        Break();
        return _text.ToString();
    }
}
