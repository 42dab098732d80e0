using System.Text;
using Gongkai.Documents.Text;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// Mirror sites copy reports converted character by character to traditional characters (句容市住建局 2022: "行政規范性文件",
/// "本年收費金額(單位:萬元)"); they read as the simplified original does, while a simplified report keeps the traditional
/// characters of its names (沈阳市瀋河区). Numbers here are made up.
/// </summary>
public sealed class TraditionalCharacterTests
{
    [Fact]
    public void A_page_in_traditional_characters_reads_its_tables()
    {
        var text = "一、總體情況\n(一)主動公開情況。2022年,按照《中華人民共和國政府信息公開條例》要求,我局認真對政府信息進行收集。\n"
            + "二、主動公開政府信息情況\n|\n第二十條 第(一)項 |\n|||\n|\n信息內容 |\n本年制發件數 |\n本年廢止件數 |\n現行有效件數 |\n"
            + "|\n規章 |\n0 |\n0 |\n0 |\n|\n行政規范性文件 |\n3 |\n1 |\n14 |\n"
            + "|\n第二十條 第(五)項 |\n|||\n|\n信息內容 |\n本年處理決定數量 |\n||\n|\n行政許可 |\n187 |\n||\n"
            + "|\n第二十條 第(六)項 |\n|||\n|\n信息內容 |\n本年處理決定數量 |\n||\n|\n行政處罰 |\n12 |\n|\n|\n|\n行政強制 |\n0 |\n|\n|\n|\n"
            + "第二十條 第(八)項 |\n|||\n|\n信息內容 |\n本年收費金額(單位:萬元) |\n||\n|\n行政事業性收費 |\n0 |\n||\n";

        var report = TextReportReader.ReadTables(text, "traditional.txt")!;
        var table = report.Proactive!;
        Assert.Equal([3m, 1, 14], table["normativeDocuments"]!.Value.Select(v => v!.Value));
        Assert.Equal([187m], table["administrativeLicensing"]!.Value.Select(v => v!.Value));
        Assert.Equal([12m], table["administrativePenalty"]!.Value.Select(v => v!.Value));
        Assert.Equal([0m], table["administrativeFees"]!.Value.Select(v => v!.Value));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seed_converted_to_traditional_characters_reads_the_same(string name)
    {
        var path = Path.Combine(Corpus.Seeds, name);
        var simplified = ReportReader.ReadFile(path).Report!;
        var traditional = ReportReader.Read(name, Encoding.UTF8.GetBytes(ToTraditional(File.ReadAllText(path)))).Report!;

        Assert.Equal(simplified.Template, traditional.Template);
        Assert.Equal(simplified.Year, traditional.Year);
        Assert.All(simplified.Tables, t => Assert.True(t.ValueEquals(traditional.Table(t.Id)), t.Id.ToString()));
        Assert.Equal(simplified.Findings.Select(f => (f.Code, f.Row)), traditional.Findings.Select(f => (f.Code, f.Row)));
    }

    [Fact]
    public void A_simplified_report_keeps_the_traditional_characters_of_its_names()
    {
        var path = Corpus.SeedTexts().First(p => File.ReadAllText(p).Contains('瀋', StringComparison.Ordinal));
        Assert.Contains("瀋河", ReportReader.ReadFile(path).Report!.Agency, StringComparison.Ordinal);
    }

    public static TheoryData<string> Seeds() => [.. Corpus.SeedTexts().Select(Path.GetFileName).OfType<string>()];

    // Each simplified character written as one of the traditional characters the reader's table maps to it.
    private static string ToTraditional(string text)
    {
        var toTraditional = new Dictionary<char, char>();
        using var stream = typeof(ReportReader).Assembly.GetManifestResourceStream("Gongkai.Documents.Text.TraditionalCharacters.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2)
            {
                toTraditional.TryAdd(line[1], line[0]);
            }
        }

        return string.Concat(text.Select(c => toTraditional.GetValueOrDefault(c, c)));
    }
}
