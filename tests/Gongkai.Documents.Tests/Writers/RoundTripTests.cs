using System.Text;
using Gongkai.Documents.Docx;
using Gongkai.Documents.Html;
using Gongkai.Documents.Writers;
using Gongkai.Documents.Xlsx;

namespace Gongkai.Documents.Tests.Writers;

/// <summary>
/// Every seed and PDF truth written as DOCX, HTML and XLSX reads back to the same tables, agency and year: the
/// official layout's merged cells come back through the grid rebuilding and the text reader.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Truths() => [.. TruthReports.Names()];

    [Theory]
    [MemberData(nameof(Truths))]
    public void Docx_reads_back_to_the_same_tables(string name)
    {
        var report = TruthReports.Load(name);
        var read = DocxReportReader.Read(name + ".docx", DocxReportWriter.Write(report));
        Assert.True(read.IsSuccess, read.Error);
        Assert.Empty(TruthReports.CompareTables(report, read.Value!));
        Assert.Equal(report.Year, read.Value!.Year);
        Assert.Equal(report.Agency, read.Value.Agency);
        Assert.Same(report.Template, read.Value.Template);
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void Html_reads_back_to_the_same_tables(string name)
    {
        var report = TruthReports.Load(name);
        var read = HtmlReportReader.Read(name + ".html", Encoding.UTF8.GetBytes(HtmlReportWriter.Write(report)));
        Assert.True(read.IsSuccess, read.Error);
        Assert.Empty(TruthReports.CompareTables(report, read.Value!));
        Assert.Equal(report.Year, read.Value!.Year);
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void Xlsx_reads_back_exactly(string name)
    {
        var report = TruthReports.Load(name);
        var read = XlsxReportReader.Read(name + ".xlsx", XlsxReportWriter.Write(report));
        Assert.True(read.IsSuccess, read.Error);
        var back = read.Value!;
        Assert.Same(report.Template, back.Template);
        Assert.Equal((report.Agency, report.Year), (back.Agency, back.Year));
        Assert.All(Enum.GetValues<Domain.Reports.TableId>(), id =>
            Assert.True(report.Table(id) is { } t ? t.ValueEquals(back.Table(id)) : back.Table(id) is null, id.ToString()));
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void Markdown_reads_back_to_the_same_tables(string name)
    {
        var report = TruthReports.Load(name);
        var read = ReportReader.Read(name + ".md", ReportWriters.Write(report, "md"));
        Assert.True(read.Succeeded, read.Error);
        Assert.Empty(TruthReports.CompareTables(report, read.Report!));
        Assert.DoesNotContain(read.Report!.Findings, f => f.Code is "parse.unresolved" or "parse.unknownRow");
        Assert.Equal((report.Agency, report.Year), (read.Report.Agency, read.Report.Year));
        Assert.Same(report.Template, read.Report.Template);
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void Json_reads_back_exactly(string name)
    {
        var report = TruthReports.Load(name);
        var read = ReportReader.Read(name + ".json", ReportWriters.Write(report, "json"));
        Assert.True(read.Succeeded, read.Error);
        var back = read.Report!;
        Assert.Same(report.Template, back.Template);
        Assert.Equal((report.Agency, report.Year), (back.Agency, back.Year));
        Assert.All(Enum.GetValues<Domain.Reports.TableId>(), id =>
            Assert.True(report.Table(id) is { } t ? t.ValueEquals(back.Table(id)) : back.Table(id) is null, id.ToString()));
        Assert.All(report.Findings.Where(f => f.Code != "json.nullCell"), f => Assert.Contains(f, back.Findings));
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void Csv_reads_back_exactly(string name)
    {
        var report = TruthReports.Load(name);
        var read = ReportReader.Read(name + ".csv", ReportWriters.Write(report, "csv"));
        Assert.True(read.Succeeded, read.Error);
        var back = read.Report!;
        Assert.Same(report.Template, back.Template);
        Assert.Equal((report.Agency, report.Year), (back.Agency, back.Year));
        Assert.All(Enum.GetValues<Domain.Reports.TableId>(), id =>
            Assert.True(report.Table(id) is { } t ? t.ValueEquals(back.Table(id)) : back.Table(id) is null, id.ToString()));
        Assert.DoesNotContain(back.Findings, f => f.Code.StartsWith("csv.", StringComparison.Ordinal));
    }

    [Fact]
    public void Published_table_four_error_survives_the_round_trip()
    {
        var report = TruthReports.Load("hongze-2023.truth.json");
        var read = DocxReportReader.Read("hongze-2023.docx", DocxReportWriter.Write(report)).Value!;
        Assert.Contains(read.Findings, f => f.Code == "reviewLitigation.total" && f.Row == "reconsideration" && f.Severity == Domain.Reports.Severity.Error);
    }
}
