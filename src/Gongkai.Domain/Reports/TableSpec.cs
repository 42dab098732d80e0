using System.Collections.Immutable;

namespace Gongkai.Domain.Reports;

/// <summary>What a cell holds, which decides how it is read, checked and written.</summary>
public enum CellKind
{
    /// <summary>A non-negative whole number: 件数, 数量.</summary>
    Count,

    /// <summary>A whole number that may be negative: 2019 表二 本年增/减.</summary>
    SignedCount,

    /// <summary>A non-negative decimal amount in the unit the column states (万元, 元).</summary>
    Money,
}

/// <summary>One numeric column of a row, with its label as printed in the template.</summary>
public sealed record ColumnSpec(string Label, CellKind Kind = CellKind.Count);

/// <summary>
/// One data row of a template table: its JSON key (report-json.md), its official label, and the group or block
/// heading it sits under (表三 "（三）不予公开", 表二 "第二十条第（一）项").
/// </summary>
public sealed record RowSpec(string Key, string Label, string? Group, ImmutableArray<ColumnSpec> Columns)
{
    /// <summary>The label as a person names the row in a message: "（三）1.属于国家秘密", "（七）总计".</summary>
    public string DisplayLabel => Group is { } g && Group.StartsWith('（') ? GroupNumber(g) + Label : Label;

    private static string GroupNumber(string group)
    {
        var end = group.IndexOf('）', StringComparison.Ordinal);
        return end > 0 ? group[..(end + 1)] : group;
    }
}

/// <summary>A statistical table of a template: 表二, 表三 or 表四.</summary>
public sealed record TableSpec(TableId Id, string Heading, ImmutableArray<RowSpec> Rows)
{
    /// <summary>表二 / 表三 / 表四.</summary>
    public string PrintedName => Id.PrintedName();

    public int IndexOf(string rowKey)
    {
        for (var i = 0; i < Rows.Length; i++)
        {
            if (Rows[i].Key == rowKey)
            {
                return i;
            }
        }

        return -1;
    }

    public RowSpec? Row(string rowKey)
    {
        var i = IndexOf(rowKey);
        return i < 0 ? null : Rows[i];
    }

    /// <summary>表三: keys of the result rows that add up to 三（七）总计, in this layout.</summary>
    public IEnumerable<string> OutcomeRowKeys => Rows
        .Select(r => r.Key)
        .Where(k => k is not (RowKeys.NewlyReceived or RowKeys.CarriedOver or RowKeys.OutcomeTotal or RowKeys.CarriedForward));

    /// <summary>Names a cell the way the printed report does: 表三「（七）总计」行「自然人」列.</summary>
    public string CellName(string rowKey, int? column)
    {
        var row = Row(rowKey);
        var label = row?.DisplayLabel ?? rowKey;
        if (Id == TableId.ReviewLitigation)
        {
            var group = label;
            return column is { } c ? $"{PrintedName}「{group}」「{row!.Columns[c].Label}」" : $"{PrintedName}「{group}」";
        }

        return column is { } col && row is not null && col < row.Columns.Length
            ? $"{PrintedName}「{label}」行「{row.Columns[col].Label}」列"
            : $"{PrintedName}「{label}」行";
    }
}
