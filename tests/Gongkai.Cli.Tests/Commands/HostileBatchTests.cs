using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// Every stored hostile file (tests/Gongkai.Documents.Tests/Hostile/Cases), a zip bomb and a page of 1,000,000
/// unclosed tags, in one folder with the good seed reports: once one of them lost the whole batch (422 files, 242
/// readable, nothing printed). Now the run ends, says why each failure failed, and reads every good report.
/// </summary>
public sealed class HostileBatchTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"gongkai-hostile-batch-{Guid.NewGuid():N}");

    public HostileBatchTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_batch_of_hostile_files_ends_and_every_good_report_is_read()
    {
        var cases = Path.Combine(Corpus.RepositoryRoot, "tests", "Gongkai.Documents.Tests", "Hostile", "Cases");
        foreach (var file in Directory.EnumerateFiles(cases).Concat(Corpus.SeedTexts()))
        {
            File.Copy(file, Path.Combine(_root, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_root, "html_deep__unclosed_1000000.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<b>", 1_000_000)) + "</body></html>");
        WriteBomb(Path.Combine(_root, "docx_bomb__spaces.docx"));

        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = CliProcess.Run("parse", _root, "--format", "jsonl");
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 110);
        Assert.Equal(2, exit);
        HostileFolderTests.AssertNoStackTrace(stderr);
        var sources = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["source"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.All(Corpus.SeedTexts(), seed => Assert.Contains(Path.Combine(_root, Path.GetFileName(seed)), sources));
        Assert.Contains("docx_bomb__spaces.docx: DOCX 部件「word/document.xml」", stderr, StringComparison.Ordinal);
        Assert.Contains("html_deep__unclosed_1000000.html: 网页中的 HTML 元素嵌套超过", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("程序出错", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_json_with_values_of_the_wrong_type_is_one_failure_of_the_batch()
    {
        var seed = Corpus.SeedTexts().First();
        File.Copy(seed, Path.Combine(_root, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(_root, "template-number.json"), "{\"template\": 2021, \"year\": 2023}");
        File.WriteAllText(Path.Combine(_root, "agency-number.json"), "{\"template\": \"2021\", \"agency\": 5, \"year\": {\"a\": 1}, \"proactive\": [1, 2]}");
        File.WriteAllText(Path.Combine(_root, "not-an-object.json"), "[1, 2, 3]");

        // A folder scan takes no .json (it is Gongkai's own output); named files are read whatever they are.
        var named = new[] { "template-number.json", Path.GetFileName(seed), "agency-number.json", "not-an-object.json" }.Select(n => Path.Combine(_root, n));
        var (exit, stdout, stderr) = CliProcess.Run(["parse", .. named, "--format", "jsonl"]);

        Assert.Equal(2, exit);
        HostileFolderTests.AssertNoStackTrace(stderr);
        var sources = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["source"]!.GetValue<string>()).ToList();
        Assert.Contains(Path.Combine(_root, Path.GetFileName(seed)), sources);
        Assert.Contains(Path.Combine(_root, "agency-number.json"), sources);
        Assert.Contains("template-number.json: 不是年度报告 JSON：\"template\" 应为 \"2019\" 或 \"2021\"，却是「2021」", stderr, StringComparison.Ordinal);
        Assert.Contains("not-an-object.json: 不是年度报告 JSON", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("程序出错", stderr, StringComparison.Ordinal);
    }

    /// <summary>A DOCX whose document part is 100 MiB of spaces in one run of text, packed to about 100 KB.</summary>
    private static void WriteBomb(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Text(string name, string text)
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }

        Text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        Text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        using var document = zip.CreateEntry("word/document.xml").Open();
        document.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
        var spaces = new byte[1 << 20];
        spaces.AsSpan().Fill((byte)' ');
        for (var i = 0; i < 100; i++)
        {
            document.Write(spaces);
        }

        document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
    }
}
