using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>
/// One cell of a printed table: text, how many grid columns and rows it covers, whether it is a heading, and for a
/// value the row key and column of the report's cell it prints (<see cref="Row"/>, <see cref="Column"/>).
/// </summary>
public sealed record LayoutCell(string Text, int ColSpan = 1, int RowSpan = 1, bool Header = false, bool Number = false, string? Row = null, int Column = -1);

/// <summary>
/// A table as the template prints it: rows of cells in HTML order (a cell covered by a rowspan from above is not
/// repeated), the grid's column count and relative column widths.
/// </summary>
public sealed record LayoutTable(string Caption, int Columns, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<LayoutCell>> Rows);

/// <summary>
/// The merged-cell layout of 表二, 表三 and 表四 as statutory-rules.md §2 gives it, shared by the DOCX and HTML
/// writers so both print the template's structure: 表三's 勾稽 note over 3 columns × 3 rows, 申请人情况 over 7
/// columns, 法人或其他组织 over 5, 三、本年度办理结果 down every result row; 表四's 行政复议 / 行政诉讼 header with
/// 未经复议直接起诉 and 复议后起诉 under 行政诉讼. Rows a report lacks are left out (or, for a reviewer, kept with
/// 「—」 in every cell); unknown cells are blank.
/// </summary>
public static class OfficialLayout
{
    /// <summary>What a row the report lacks shows in each cell when such rows are kept.</summary>
    public const string Missing = "—";

    public static LayoutTable For(ReportTable table, bool keepMissingRows = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Id switch
        {
            TableId.Proactive => Proactive(table, keepMissingRows),
            TableId.Applications => Applications(table, keepMissingRows),
            TableId.ReviewLitigation => ReviewLitigation(table, keepMissingRows),
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
    }

    public static string Caption(TableSpec spec) => $"{spec.PrintedName} {spec.Heading}";

    // §2.2 / §2.5: blocks headed by the 条例 item, each with its own column headings; 4 grid columns.
    private static LayoutTable Proactive(ReportTable table, bool keepMissingRows)
    {
        const int width = 4;
        var rows = new List<IReadOnlyList<LayoutCell>>();
        string? block = null;
        foreach (var (spec, values) in table.Rows)
        {
            if (spec.Group != block)
            {
                block = spec.Group;
                rows.Add([new LayoutCell(block ?? "", width, Header: true)]);
                rows.Add([new LayoutCell("信息内容", Header: true), .. Spread(spec.Columns.Select(c => c.Label).ToList(), width - 1, header: true)]);
            }

            if (values is not null || keepMissingRows)
            {
                rows.Add([new LayoutCell(spec.Label), .. Spread(Texts(spec, values), width - 1, header: false, spec.Key)]);
            }
        }

        return new LayoutTable(Caption(table.Spec), width, [3.2, 2.2, 2.2, 2.2], rows);
    }

    /// <summary>Cells over <paramref name="width"/> columns, the last widened to fill them (行政许可's single 本年处理决定数量).</summary>
    private static IEnumerable<LayoutCell> Spread(List<string> texts, int width, bool header, string? row = null) =>
        texts.Select((t, i) => new LayoutCell(t, i == texts.Count - 1 ? width - i : 1, Header: header, Number: !header, Row: row, Column: row is null ? -1 : i));

    /// <summary>A row's printed values, blank where the report left them blank, 「—」 throughout a row it lacks.</summary>
    private static List<string> Texts(RowSpec spec, System.Collections.Immutable.ImmutableArray<decimal?>? values) =>
        values is { } v ? [.. v.Select(MarkdownReportWriter.FormatBlank)] : [.. Enumerable.Repeat(Missing, spec.Columns.Length)];

    // §2.3: a three-row header, then label cells merged by group.
    private static LayoutTable Applications(ReportTable table, bool keepMissingRows)
    {
        var rows = new List<IReadOnlyList<LayoutCell>>
        {
            new LayoutCell[] { new(ReportTemplate.BalanceNote, 3, 3, Header: true), new("申请人情况", 7, Header: true) },
            new LayoutCell[] { new("自然人", 1, 2, Header: true), new("法人或其他组织", 5, Header: true), new("总计", 1, 2, Header: true) },
            ReportTemplate.ApplicantColumns.Skip(1).Take(5).Select(c => new LayoutCell(c.Label, Header: true)).ToArray(),
        };
        var present = table.Rows.Where(r => r.Values is not null || keepMissingRows).ToList();
        var resultRows = present.Count(r => r.Spec.Group is { } g && (g.StartsWith('三') || g.StartsWith('（')));
        string? group = null;
        var resultStarted = false;
        foreach (var (spec, values) in present)
        {
            var cells = new List<LayoutCell>();
            if (spec.Group is null)
            {
                cells.Add(new LayoutCell(spec.Label, 3, Header: true));
            }
            else
            {
                if (!resultStarted)
                {
                    resultStarted = true;
                    cells.Add(new LayoutCell("三、本年度办理结果", 1, resultRows, Header: true));
                }

                if (spec.Group.StartsWith('（'))
                {
                    if (spec.Group != group)
                    {
                        cells.Add(new LayoutCell(spec.Group, 1, present.Count(r => r.Spec.Group == spec.Group), Header: true));
                    }

                    cells.Add(new LayoutCell(spec.Label, Header: true));
                }
                else
                {
                    cells.Add(new LayoutCell(spec.Label, 2, Header: true));
                }
            }

            group = spec.Group;
            cells.AddRange(Texts(spec, values).Select((t, c) => new LayoutCell(t, Number: true, Row: spec.Key, Column: c)));
            rows.Add(cells);
        }

        return new LayoutTable(Caption(table.Spec), 10, [1.0, 1.3, 4.4, .. Enumerable.Repeat(1.05, 7)], rows);
    }

    // §2.4: 行政复议 (5 columns) | 行政诉讼 (10: 未经复议直接起诉 5, 复议后起诉 5); one row of 15 numbers.
    private static LayoutTable ReviewLitigation(ReportTable table, bool keepMissingRows)
    {
        var results = ReportTemplate.ResultColumns.Select(c => c.Label).ToList();
        List<IReadOnlyList<LayoutCell>> rows =
        [
            new LayoutCell[] { new("行政复议", 5, Header: true), new("行政诉讼", 10, Header: true) },
            (LayoutCell[])[.. results.Select(r => new LayoutCell(r, 1, 2, Header: true)), new("未经复议直接起诉", 5, Header: true), new("复议后起诉", 5, Header: true)],
            (LayoutCell[])[.. results.Concat(results).Select(r => new LayoutCell(r, Header: true))],
        ];
        var data = table.Rows.SelectMany(r => (r.Values is null && !keepMissingRows ? Enumerable.Repeat("", r.Spec.Columns.Length) : Texts(r.Spec, r.Values))
            .Select((t, c) => new LayoutCell(t, Number: true, Row: r.Spec.Key, Column: c)));
        rows.Add([.. data]);
        return new LayoutTable(Caption(table.Spec), 15, [.. Enumerable.Repeat(1.0, 15)], rows);
    }
}
