using Gongkai.Documents.Csv;
using Gongkai.Documents.Docx;
using Gongkai.Documents.Html;
using Gongkai.Documents.Json;
using Gongkai.Documents.Limits;
using Gongkai.Documents.Pdf;
using Gongkai.Documents.Text;
using Gongkai.Documents.Xlsx;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
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
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf", ".xlsx", ".csv",
    };

    /// <summary>
    /// Reads the file at <paramref name="path"/>: a regular file only (a named pipe would block for ever, a link to
    /// /dev/zero fill memory), at most <see cref="ReaderLimits.MaxFileBytes"/>, then <see cref="Read(string, byte[])"/>.
    /// </summary>
    public static FileReading ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            // A link is judged by what it points to (a link to /dev/zero has the size of its own target name).
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
            {
                info = target;
            }

            if (!info.Exists)
            {
                return FileReading.Failure(path, Directory.Exists(path) ? "这是一个目录，不是文件"
                    : path.Contains('\uFFFD', StringComparison.Ordinal) ? "文件名含有无法识别的字符（不是 UTF-8 编码的文件名），无法打开；请把文件改名后再读取"
                    : "文件或目录不存在");
            }

            // A named pipe, a socket or a device (a link to /dev/zero) has no size on disk, as an empty file has;
            // neither holds a report, and opening a pipe waits for a writer that may never come.
            if (info.Length == 0)
            {
                return FileReading.Failure(path, "文件为空（0 字节），或不是普通文件（命名管道、设备），没有找到年度报告的统计表");
            }

            if (info.Length > ReaderLimits.MaxFileBytes)
            {
                return FileReading.Failure(path, TooLarge(info.Length));
            }

            bytes = ReadBounded(path);
            if (bytes.LongLength > ReaderLimits.MaxFileBytes)
            {
                return FileReading.Failure(path, TooLarge(bytes.LongLength));
            }
        }
        catch (UnauthorizedAccessException)
        {
            return FileReading.Failure(path, "没有读取此文件的权限");
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException)
        {
            return FileReading.Failure(path, $"无法读取文件（系统提示：{e.Message}）");
        }

        return Read(path, bytes);
    }

    private static string TooLarge(long length) =>
        $"文件过大（{length / (1024 * 1024)} MB 以上），超过 {ReaderLimits.MaxFileBytes / (1024 * 1024)} MB 的上限，不像是一份年度报告，未读取";

    /// <summary>The file's bytes, reading at most one byte past <see cref="ReaderLimits.MaxFileBytes"/> whatever the file claims.</summary>
    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, ReaderLimits.MaxFileBytes) : 1 << 16);
        var chunk = new byte[1 << 16];
        int n;
        while (buffer.Length <= ReaderLimits.MaxFileBytes && (n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a report from a file's bytes; <paramref name="source"/> names it (its extension chooses the reader when
    /// the content does not). The one boundary of a file: whatever the bytes hold, this returns a result, a report or
    /// a failure with a Chinese reason, within <see cref="ReaderLimits.TimeBudget"/>. An exception a reader lets out
    /// is a bug in the reader: it becomes a failure that carries it as <see cref="FileReading.Fault"/>, which the tests
    /// assert is never set.
    /// </summary>
    public static FileReading Read(string source, byte[] bytes) => Read(source, bytes, ReaderLimits.TimeBudget);

    /// <summary><see cref="Read(string, byte[])"/> with another time budget (the tests' way to reach the time-out).</summary>
    internal static FileReading Read(string source, byte[] bytes, TimeSpan timeBudget)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bytes);
        using var budget = ReadBudget.Start(timeBudget);
        try
        {
            return new FileReading(source, ReadUnguarded(source, bytes));
        }
        catch (ReadBudgetExceededException)
        {
            return FileReading.Failure(source, $"读取超时：{ReaderLimits.TimeBudget.TotalSeconds:0} 秒内未能读完此文件（内容异常，例如数字或表格行极多），已放弃");
        }
        catch (InsufficientExecutionStackException)
        {
            return FileReading.Failure(source, "文件结构嵌套过深，无法读取（可能是恶意构造的文件）");
        }
#pragma warning disable CA1031 // The per-file boundary: no file may stop a batch; the exception is kept as the result's Fault.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return FileReading.Failure(source, $"读取此文件时程序出错（{e.GetType().Name}），未能读取；请把此文件提供给 Gongkai 的维护人员") with { Fault = e };
        }
    }

    private static Result<AnnualReport> ReadUnguarded(string source, byte[] bytes)
    {
        var ext = Path.GetExtension(source).ToLowerInvariant();
        if (bytes.Length == 0)
        {
            return Result.Fail<AnnualReport>("文件为空（0 字节），没有找到年度报告的统计表");
        }

        if (bytes.LongLength > ReaderLimits.MaxFileBytes)
        {
            return Result.Fail<AnnualReport>(TooLarge(bytes.LongLength));
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
            return Result.Fail<AnnualReport>($"文件扩展名是「{ext}」，但内容不是有效的 {ext[1..].ToUpperInvariant()} 文件（已损坏或被改了扩展名）");
        }

        if (HtmlExtensions.Contains(ext) || (ext.Length == 0 && FileSignature.LooksLikeHtml(bytes)))
        {
            return HtmlReportReader.Read(source, bytes);
        }

        if (ext is not (".json" or ".csv") && !TextExtensions.Contains(ext))
        {
            return Unsupported(source, ext, "可读取 .txt、.md、.html、.docx、.pdf、.xlsx 和 Gongkai 的 .json、.csv");
        }

        if (bytes.Length > ReaderLimits.MaxTextBytes)
        {
            return Result.Fail<AnnualReport>($"文本文件过大（{bytes.Length / (1024 * 1024)} MB），超过 {ReaderLimits.MaxTextBytes / (1024 * 1024)} MB 的上限，不像是一份年度报告，未读取");
        }

        if (ext == ".json")
        {
            return ReadJson(source, bytes);
        }

        if (ext == ".csv")
        {
            return CsvReportReader.Read(source, TextDecoding.DecodeReporting(bytes));
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            return Result.Fail<AnnualReport>("文件不是文本（含二进制内容），无法读取");
        }

        var text = TextDecoding.DecodeReporting(bytes);
        return TextReportReader.Read(text.Text, source, [.. text.Findings()]);
    }

    private static Result<AnnualReport> Unsupported(string source, string ext, string detail) =>
        Result.Fail<AnnualReport>($"不支持的文件格式「{(ext.Length > 0 ? ext : "无扩展名")}」：{detail}");

    /// <summary>A report in the shape of report-json.md (Gongkai's own output, or an import); the rules run again.</summary>
    private static Result<AnnualReport> ReadJson(string source, byte[] bytes)
    {
        var text = TextDecoding.DecodeReporting(bytes);
        var parsed = ReportJson.Parse(text.Text);
        if (parsed.Value is not { } report)
        {
            return parsed;
        }

        var rules = ReportRules.Check(report);
        return Result.Ok(report with { Source = source, Findings = [.. text.Findings(), .. report.Findings.Where(f => !rules.Contains(f)), .. rules] });
    }
}
