using System.IO.Compression;
using System.Text;
using Gongkai.Testing;

namespace Gongkai.Documents.Tests.Hostile;

/// <summary>
/// The hostile inputs: the stored cases of <c>Hostile/Cases</c> (copied from shared/corpus/hostile) and those too
/// large for the repository, built here as they were made: zip bombs and pages nested 100,000 and 1,000,000 deep.
/// </summary>
internal static class HostileCases
{
    public static string Folder => Path.Combine(Corpus.RepositoryRoot, "tests", "Gongkai.Documents.Tests", "Hostile", "Cases");

    public static IEnumerable<string> StoredNames() =>
        Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("README.md" or "REASONS.tsv")).Order(StringComparer.Ordinal);

    public static byte[] Stored(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static IEnumerable<string> GeneratedNames() =>
        ["docx_bomb__spaces_100m.docx", "docx_bomb__paras_70m.docx", "docx_bomb__deep_xml.docx",
         "html_deep__div_100000.html", "html_deep__unclosed_1000000.html", "xlsx_bomb__spaces_100m.xlsx"];

    public static byte[] Generated(string name) => name switch
    {
        // docx_bomb__bomb_1g_spaces.docx: one w:t of spaces (here 100 MiB, past every limit, quick to build).
        "docx_bomb__spaces_100m.docx" => Package("word/document.xml", Repeat(DocumentStart + "<w:p><w:r><w:t>", " ", 100 << 20, "</w:t></w:r></w:p>" + DocumentEnd)),
        // docx_bomb__bomb_200m_paras.docx: empty paragraphs by the million.
        "docx_bomb__paras_70m.docx" => Package("word/document.xml", Repeat(DocumentStart, "<w:p/>", 70 << 20, DocumentEnd)),
        // Tables in tables, 10,000 deep: the SDK and the walk would recurse once per level.
        "docx_bomb__deep_xml.docx" => Package("word/document.xml", Repeat(DocumentStart, "<w:tbl><w:tr><w:tc>", 10_000 * 19, DocumentEnd)),
        "html_deep__div_100000.html" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>"),
        "html_deep__unclosed_1000000.html" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<b>", 1_000_000)) + "x</body></html>"),
        "xlsx_bomb__spaces_100m.xlsx" => Package("xl/worksheets/sheet1.xml", Repeat("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row><c t=\"inlineStr\"><is><t>", " ", 100 << 20, "</t></is></c></row></sheetData></worksheet>")),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such generated case."),
    };

    /// <summary>
    /// The package with every entry's unpacked size written as 1 KB, in the local headers and the central directory:
    /// a bomb that lies about its size, which only counting the bytes as they unpack can catch.
    /// </summary>
    public static byte[] UnderstateSizes(byte[] zip)
    {
        var copy = (byte[])zip.Clone();
        for (var i = 0; i + 46 <= copy.Length; i++)
        {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 3 && copy[i + 3] == 4)
            {
                BitConverter.TryWriteBytes(copy.AsSpan(i + 22, 4), 1024u);
            }
            else if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2)
            {
                BitConverter.TryWriteBytes(copy.AsSpan(i + 24, 4), 1024u);
            }
        }

        return copy;
    }

    private const string DocumentStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private const string DocumentEnd = "</w:body></w:document>";

    /// <summary><paramref name="head"/>, then <paramref name="unit"/> repeated to about <paramref name="bytes"/>, then <paramref name="tail"/>, streamed into the entry.</summary>
    private static Action<Stream> Repeat(string head, string unit, int bytes, string tail) => stream =>
    {
        stream.Write(Encoding.UTF8.GetBytes(head));
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, Math.Max(1, 65536 / unit.Length))));
        for (var written = 0; written < bytes; written += block.Length)
        {
            stream.Write(block);
        }

        stream.Write(Encoding.UTF8.GetBytes(tail));
    };

    /// <summary>A minimal OPC package around one part, as a DOCX or XLSX would carry it.</summary>
    private static byte[] Package(string part, Action<Stream> content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var word = part.StartsWith("word/", StringComparison.Ordinal);
            Text(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/{part}\" ContentType=\"{(word ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")}\"/></Types>");
            Text(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{part}\"/></Relationships>");
            using var entry = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            content(entry);
        }

        return buffer.ToArray();
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}
