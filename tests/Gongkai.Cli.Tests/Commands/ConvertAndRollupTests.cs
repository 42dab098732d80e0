using Gongkai.Cli.Commands;
using Gongkai.Documents;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// <c>gongkai convert</c> and <c>gongkai rollup</c> on the corpus: documents written that read back; sums of one
/// year; a refusal naming the files of another year. Console output is not captured (the commands write to the
/// process's console), so these check exit codes and the files written.
/// </summary>
[Collection("console")]
public sealed class ConvertAndRollupTests : IDisposable
{
    private readonly string _dir = TestRun.NewFolder("cli-");

    private static string Pdf2024 => Path.Combine(Corpus.Pdf, "hongze-2024.pdf");

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void Convert_writes_a_document_that_reads_back(string format)
    {
        var output = Path.Combine(_dir, "out." + format);
        Assert.Equal(0, ConvertCommand.Run(Pdf2024, format, output));
        var original = ReportReader.ReadFile(Pdf2024).Report!;
        var back = ReportReader.ReadFile(output).Report!;
        Assert.All(original.Tables, t => Assert.True(t.ValueEquals(back.Table(t.Id)), t.Id.ToString()));
    }

    [Fact]
    public void Convert_of_an_unreadable_file_exits_2()
    {
        var empty = Path.Combine(_dir, "empty.docx");
        File.WriteAllBytes(empty, []);
        Assert.Equal(2, ConvertCommand.Run(empty, "docx", Path.Combine(_dir, "x.docx")));
    }

    [Fact]
    public void Rollup_adds_reports_of_one_year_cell_by_cell()
    {
        var a = Path.Combine(_dir, "a.pdf");
        var b = Path.Combine(_dir, "b.xlsx");
        File.Copy(Pdf2024, a);
        Assert.Equal(0, ConvertCommand.Run(Pdf2024, "xlsx", b));
        var output = Path.Combine(_dir, "sum.json");
        Assert.Equal(0, RollupCommand.Run([a, b], "洪泽区（两份）", "json", output));
        var sum = ReportReader.ReadFile(output).Report!;
        var one = ReportReader.ReadFile(Pdf2024).Report!;
        Assert.Equal("洪泽区（两份）", sum.Agency);
        Assert.Equal(2 * one.Applications!.Cell("newlyReceived", 6), sum.Applications!.Cell("newlyReceived", 6));
        Assert.Equal(2 * one.Proactive!.Cell("administrativeFees", 0), sum.Proactive!.Cell("administrativeFees", 0));
    }

    [Fact]
    public void Rollup_refuses_to_mix_years()
    {
        Assert.Equal(2, RollupCommand.Run([Corpus.Pdf], null, "json", Path.Combine(_dir, "sum.json")));
        Assert.False(File.Exists(Path.Combine(_dir, "sum.json")));
    }

    [Fact]
    public void Rollup_names_the_reports_that_differ()
    {
        var reports = new[] { "hongze-2023.pdf", "hongze-2024.pdf" }.Select(n => ReportReader.ReadFile(Path.Combine(Corpus.Pdf, n)).Report!).ToList();
        reports.Add(reports[1]);
        var sum = ReportRollup.Sum(reports, null);
        Assert.Null(sum.Value);
        var error = sum.Error;
        Assert.Contains("hongze-2023.pdf", error, StringComparison.Ordinal);
        Assert.Contains("2024年度", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_and_check_take_a_directory_of_mixed_formats()
    {
        File.Copy(Pdf2024, Path.Combine(_dir, "a.pdf"));
        File.Copy(Path.Combine(Corpus.Seeds, "000_6936dc3b40e04b6e.txt"), Path.Combine(_dir, "b.txt"));
        Assert.Equal(0, ConvertCommand.Run(Pdf2024, "docx", Path.Combine(_dir, "c.docx")));
        File.WriteAllText(Path.Combine(_dir, "d.html"), "<html><body><p>没有表格</p></body></html>");
        Assert.Equal(2, ParseCommand.Run([_dir], "jsonl"));
        Assert.Equal(2, CheckCommand.Run([_dir], null));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
