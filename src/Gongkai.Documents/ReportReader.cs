using Gongkai.Documents.Docx;
using Gongkai.Documents.Html;
using Gongkai.Documents.Json;
using Gongkai.Documents.Pdf;
using Gongkai.Documents.Text;
using Gongkai.Documents.Xlsx;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents;

/// <summary>
/// Reads a published annual report from a file of any supported format into an <see cref="Domain.Reports.AnnualReport"/>
/// with findings. Chooses the reader by content (a PDF, a zip, an old Office file or an image is known by its first
/// bytes, whatever its name) and then by extension; never throws for a bad file.
/// </summary>
public static class ReportReader
{
    /// <summary>Extensions read as plain text (including Markdown and pdftotext output).</summary>
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".markdown", "" };

    public static readonly IReadOnlySet<string> HtmlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".shtml", ".xhtml" };

    /// <summary>Extensions a directory scan picks up: the formats some reader supports.</summary>
    public static readonly IReadOnlySet<string> DirectoryExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf", ".xlsx",
    };

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
        var ext = Path.GetExtension(source).ToLowerInvariant();
        if (bytes.Length == 0)
        {
            return ReadResult.Failure(source, "文件为空（0 字节），没有找到年度报告的统计表");
        }

        switch (FileSignature.Of(bytes))
        {
            case FileKind.Pdf:
                return PdfReportReader.Read(source, bytes);
            case FileKind.Zip when ext == ".docx" || ext == ".docm":
                return DocxReportReader.Read(source, bytes);
            case FileKind.Zip when ext == ".xlsx" || ext == ".xlsm":
                return XlsxReportReader.Read(source, bytes);
            case FileKind.Zip:
                return Unsupported(source, ext, "压缩包或未知的 Office 文件，请解压后读取其中的报告");
            case FileKind.OldOffice:
                return Unsupported(source, ext, "旧版 Office 文档（.doc/.xls/.wps），请在 Word/WPS 中另存为 .docx 后再读取");
            case FileKind.Image:
                return Unsupported(source, ext, "图片，需要先做文字识别（OCR）");
            case FileKind.Archive:
                return Unsupported(source, ext, "压缩包，请解压后读取其中的报告");
        }

        if (ext is ".docx" or ".xlsx" or ".pdf")
        {
            return ReadResult.Failure(source, $"文件扩展名是「{ext}」，但内容不是有效的 {ext[1..].ToUpperInvariant()} 文件（已损坏或被改了扩展名）");
        }

        if (HtmlExtensions.Contains(ext) || (ext.Length == 0 && FileSignature.LooksLikeHtml(bytes)))
        {
            return HtmlReportReader.Read(source, bytes);
        }

        if (ext == ".json")
        {
            return ReadJson(source, bytes);
        }

        if (!TextExtensions.Contains(ext))
        {
            return Unsupported(source, ext, "可读取 .txt、.md、.html、.docx、.pdf、.xlsx 和 Gongkai 的 .json");
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            return ReadResult.Failure(source, "文件不是文本（含二进制内容），无法读取");
        }

        var text = TextDecoding.Decode(bytes);
        return TextReportReader.ReadResult(text, source);
    }

    private static ReadResult Unsupported(string source, string ext, string detail) =>
        ReadResult.Failure(source, $"不支持的文件格式「{(ext.Length > 0 ? ext : "无扩展名")}」：{detail}");

    /// <summary>A report in the shape of report-json.md (Gongkai's own output, or an import); the rules run again.</summary>
    private static ReadResult ReadJson(string source, byte[] bytes)
    {
        var report = ReportJson.Parse(TextDecoding.Decode(bytes), out var error);
        if (report is null)
        {
            return ReadResult.Failure(source, error ?? "不是年度报告 JSON");
        }

        var rules = ReportRules.Check(report);
        return ReadResult.Success(source, report with { Source = source, Findings = [.. report.Findings.Where(f => !rules.Contains(f)), .. rules] });
    }
}
