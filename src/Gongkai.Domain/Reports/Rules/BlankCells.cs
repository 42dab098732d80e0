namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// The cells a report printed blank, from the reader's <c>parse.blankCell</c> findings: a blank is read as 0 but is
/// "not available" to the checks across years (oversight.md §4). A finding names one cell by its column, or several
/// of one row by their labels in its message ("…行「商业企业」「科研机构」印为空白…").
/// </summary>
public static class BlankCells
{
    public const string FindingCode = "parse.blankCell";

    public static HashSet<(TableId Table, string Row, int Column)> Of(AnnualReport report)
    {
        var cells = new HashSet<(TableId, string, int)>();
        foreach (var f in report.Findings)
        {
            if (f.Code != FindingCode || f.Table is not { } table || f.Row is not { } row || report.Table(table)?.Spec.Row(row) is not { } spec)
            {
                continue;
            }

            if (f.Column is { } column)
            {
                cells.Add((table, row, column));
                continue;
            }

            var end = f.Message.IndexOf("印为空白", StringComparison.Ordinal);
            var named = end > 0 ? f.Message[..end] : "";
            for (var c = 0; c < spec.Columns.Length; c++)
            {
                if (named.EndsWith($"「{spec.Columns[c].Label}」", StringComparison.Ordinal)
                    || named.Contains($"「{spec.Columns[c].Label}」「", StringComparison.Ordinal))
                {
                    cells.Add((table, row, c));
                }
            }
        }

        return cells;
    }
}
