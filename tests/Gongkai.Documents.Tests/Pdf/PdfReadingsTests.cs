using Gongkai.Documents.Pdf;
using Gongkai.Documents.Tests.Writers;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// The choice between the grid reading and the <c>pdftotext -layout</c> reading of a PDF, table by table (a city
/// government's 2024 report printed from WPS: the grid refuses every 表三 row its wrapped header cells split into 11
/// columns, the layout text holds the 7 figures in order), on 淮安市洪泽区's 2024 truth.
/// </summary>
public sealed class PdfReadingsTests
{
    private static readonly AnnualReport Truth = ReportRules.Apply(TruthReports.Load("hongze-2024.truth.json") with { Findings = [] });

    [Fact]
    public void A_table_the_grid_does_not_read_is_taken_from_the_layout_reading_and_said()
    {
        var grid = Truth with { Applications = null };

        var chosen = PdfReadings.Choose(grid, Truth);

        Assert.Same(Truth.Applications, chosen.Applications);
        var info = Assert.Single(chosen.Findings, f => f.Code == "pdf.reading");
        Assert.Equal(TableId.Applications, info.Table);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains("按版面文字", info.Message, StringComparison.Ordinal);
        Assert.Contains("另一读法未读出表三", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_reading_is_chosen_where_the_grid_lost_rows_it_reads()
    {
        // The grid refused 「（一）予以公开」 (its figures split over more columns than 表三 has): the row is missing.
        var grid = ReportRules.Apply(Truth with { Applications = With(Truth.Applications!, "disclosed", null), Findings = [] });
        Assert.Contains(grid.Findings, f => f.Table == TableId.Applications && f.Code.StartsWith("structure.", StringComparison.Ordinal));

        var chosen = PdfReadings.Choose(grid, Truth);

        Assert.Same(Truth.Applications, chosen.Applications);
        Assert.DoesNotContain(chosen.Findings, f => f.Table == TableId.Applications && f.Severity == Severity.Error);
        Assert.Contains(chosen.Findings, f => f.Code == "pdf.reading" && f.Message.Contains("未能读出或存疑的行 0 处", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_the_grid_reads_whole_is_kept_even_where_its_printed_sums_break()
    {
        // 淮安市洪泽区's 2023 表四 breaks its own totals as printed; a reading that satisfies them would be wrong.
        var broken = With(Truth.Applications!, "disclosed", [.. Truth.Applications!["disclosed"]!.Value.Select((v, c) => c == 0 ? v + 3 : v)]);
        var grid = ReportRules.Apply(Truth with { Applications = broken, Findings = [] });
        Assert.Contains(grid.Findings, f => f.Table == TableId.Applications && f.Severity == Severity.Error);

        var chosen = PdfReadings.Choose(grid, Truth);

        Assert.Same(broken, chosen.Applications);
        Assert.Contains(chosen.Findings, f => f.Code == "pdf.reading" && f.Message.Contains("字框读法读出了本表的每一行", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_with_a_row_neither_reading_read_is_doubtful_as_a_whole()
    {
        // Labels wrapped over three lines lost one row (generated PDFs of the bench, gen-2-075): its figures may sit
        // in the row beside it, which no sum can show with the row missing.
        var lost = ReportRules.Apply(Truth with { Applications = With(Truth.Applications!, "withheld.stateSecret", null), Findings = [] });

        var chosen = PdfReadings.Choose(lost, lost);

        var warning = Assert.Single(chosen.Findings, f => f.Code == "pdf.rowsMissing");
        Assert.Equal(TableId.Applications, warning.Table);
        Assert.Null(warning.Row);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.DoesNotContain(PdfReadings.Choose(Truth, Truth).Findings, f => f.Code == "pdf.rowsMissing");
    }

    private static ReportTable With(ReportTable table, string row, IReadOnlyList<decimal?>? values)
    {
        var rows = table.Rows.ToDictionary(r => r.Spec.Key, r => (IReadOnlyList<decimal?>?)r.Values?.ToArray());
        rows[row] = values;
        return ReportTable.Create(table.Spec, rows);
    }

    [Fact]
    public void Readings_that_agree_keep_the_grid_and_say_nothing()
    {
        var chosen = PdfReadings.Choose(Truth, Truth with { Findings = [] });

        Assert.Same(Truth.Applications, chosen.Applications);
        Assert.DoesNotContain(chosen.Findings, f => f.Code == "pdf.reading");
    }
}
