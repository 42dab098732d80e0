using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Chooses, table by table, between the two readings of a PDF: the grid rebuilt from the word boxes
/// (<see cref="PdfTableText"/>) and the text of <c>pdftotext -layout</c>. Each fails where the other holds: a city
/// government's 2024 report printed from WPS wraps 表三's header cells (商业企 / 业, 科研机 / 构), the word boxes make
/// 11 columns of them and every row is refused, while the layout text holds the 7 figures of each row in order; the
/// layout text loses blank cells that the grid keeps (上海市人民政府办公厅 2019). The grid is kept unless it failed to
/// read the table: the table missing, or rows refused, unknown or missing (parse.* and structure.* findings); then the
/// layout reading is taken if it has fewer such problems, or as many and breaks fewer of the report's identities (row
/// and column totals), or then fewer doubtful cells. A table the grid reads whole is kept even when its sums break:
/// 淮安市洪泽区's 2023 表四 breaks its own totals as printed, and the layout reading, which the identities steer
/// where blanks are lost, would "repair" it. Where the two read a table differently, an info finding says which
/// reading was kept and why; a table one of them reads is never left out.
/// </summary>
internal static class PdfReadings
{
    public static AnnualReport Choose(AnnualReport grid, AnnualReport? layout)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (layout is null || layout.Template != grid.Template)
        {
            return grid;
        }

        var chosen = grid;
        var findings = grid.Findings.Where(f => f.Table is null).ToList();
        foreach (var id in Enum.GetValues<TableId>())
        {
            var (g, l) = (grid.Table(id), layout.Table(id));
            var (gs, ls) = (Score(grid, id), Score(layout, id));
            var useLayout = l is not null && (g is null || (gs.Problems > 0 && Better(ls, gs)));
            var about = (useLayout ? layout : grid).Findings.Where(f => f.Table == id).ToList();
            findings.AddRange(about);
            // A row of a PDF's table not read is a label the reader lost, and its figures may have gone to a row
            // beside it, where no sum can show it with the row missing (generated PDFs with labels wrapped over three
            // lines, gen-2-075 and gen-2-130 of the bench's seed 2): the whole table is in doubt.
            var missing = about.Count(f => f.Code == "structure.missingRow");
            if (missing > 0)
            {
                findings.Add(Finding.Warning(FindingCodes.PdfRowsMissing, id, null, null,
                    $"{id.PrintedName()}有 {missing} 行未能从 PDF 读出，其数字可能被读到相邻的行：本表的读取整体存疑，请核对原件"));
            }

            if (useLayout)
            {
                chosen = id switch
                {
                    TableId.Proactive => chosen with { Proactive = l },
                    TableId.Applications => chosen with { Applications = l },
                    _ => chosen with { ReviewLitigation = l },
                };
            }

            if (!Same(g, l))
            {
                findings.Add(Finding.Info(FindingCodes.PdfReading, id, null, null, Reason(id, useLayout, useLayout ? ls : gs, useLayout ? gs : ls)));
            }
        }

        return chosen with { Findings = [.. findings] };
    }

    /// <summary>How well a reading reads a table: whether it is there, its rows not read, its errors, its warnings, the rows it read.</summary>
    private readonly record struct Quality(bool Present, int Problems, int Errors, int Warnings, int Rows);

    private static Quality Score(AnnualReport report, TableId id)
    {
        var table = report.Table(id);
        var about = report.Findings.Where(f => f.Table == id).ToList();
        var problems = about.Count(f => f.Severity != Severity.Info && (f.Code.StartsWith("parse.", StringComparison.Ordinal) || f.Code.StartsWith("structure.", StringComparison.Ordinal)));
        return new Quality(table is not null, problems, about.Count(f => f.Severity == Severity.Error), about.Count(f => f.Severity == Severity.Warning),
            table?.Rows.Count(r => r.Values is not null) ?? 0);
    }

    private static bool Better(Quality a, Quality b) =>
        a.Present != b.Present ? a.Present
        : a.Problems != b.Problems ? a.Problems < b.Problems
        : a.Errors != b.Errors ? a.Errors < b.Errors
        : a.Warnings != b.Warnings ? a.Warnings < b.Warnings
        : a.Rows > b.Rows;

    private static bool Same(ReportTable? a, ReportTable? b) =>
        a is null ? b is null
        : b is not null && a.Rows.Count() == b.Rows.Count() && a.Rows.Zip(b.Rows).All(p =>
            p.First.Spec.Key == p.Second.Spec.Key
            && (p.First.Values is { } x ? p.Second.Values is { } y && x.SequenceEqual(y) : p.Second.Values is null));

    private static string Reason(TableId id, bool layout, Quality kept, Quality other)
    {
        var name = id.PrintedName();
        var (keptName, otherName) = layout ? ("按版面文字（pdftotext -layout）", "按字框重建表格") : ("按字框重建表格", "按版面文字（pdftotext -layout）");
        var why = !other.Present ? $"另一读法未读出{name}"
            : !kept.Present ? $"两种读法都未读出{name}"
            : !layout && kept.Problems == 0 ? "字框读法读出了本表的每一行，保留空白单元格的位置与印出的数字（合计关系照印出的报告检查）"
            : kept.Problems != other.Problems ? $"其未能读出或存疑的行 {kept.Problems} 处，另一读法 {other.Problems} 处"
            : kept.Errors != other.Errors ? $"其合计关系不成立处 {kept.Errors} 个，另一读法 {other.Errors} 个"
            : kept.Warnings != other.Warnings ? $"其存疑单元格或行 {kept.Warnings} 处，另一读法 {other.Warnings} 处"
            : kept.Rows != other.Rows ? $"其读出 {kept.Rows} 行，另一读法 {other.Rows} 行"
            : "两者同样满足合计关系";
        return $"{name}：{keptName}与{otherName}的两种读法不一致，采用{keptName}的读法：{why}";
    }
}
