using System.Text;
using Gongkai.Documents.Text;

namespace Gongkai.Documents;

/// <summary>
/// Reads a published annual report from a file of any supported format into an <see cref="Domain.Reports.AnnualReport"/>
/// with findings. Chooses the reader by content and extension; never throws for a bad file.
/// </summary>
public static class ReportReader
{
    /// <summary>Extensions read as plain text (including Markdown and pdftotext output).</summary>
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".markdown", "" };

    /// <summary>Extensions a directory scan picks up: the formats some reader supports.</summary>
    public static readonly IReadOnlySet<string> DirectoryExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".markdown" };

    public static ReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ReadResult.Failure(path, $"无法读取文件：{e.Message}");
        }

        return Read(path, bytes);
    }

    public static ReadResult Read(string source, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var ext = Path.GetExtension(source);
        if (!TextExtensions.Contains(ext))
        {
            return ReadResult.Failure(source, $"不支持的文件格式「{ext}」：目前可读取纯文本（.txt、.md）");
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            return ReadResult.Failure(source, "文件不是文本（含二进制内容），无法读取");
        }

        var text = TextDecoding.Decode(bytes);
        return TextReportReader.ReadResult(text, source);
    }
}
