using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Gongkai.Documents.Limits;
using Gongkai.Documents.Text;
using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Reads a report published as PDF through pdftotext (Debian package poppler-utils), then
/// <see cref="TextReportReader"/>: the word boxes of <c>pdftotext -bbox-layout</c> rebuild each table as a grid that
/// keeps its blank cells (<see cref="PdfTableText"/>); the text of <c>pdftotext -layout</c>, which keeps each table
/// row on one line with its cells spaced apart, is read too, and each table is taken from the reading that satisfies
/// the report's identities (<see cref="PdfReadings"/>); where the word boxes give no table with a header, or no
/// report, the layout text alone is read.
/// </summary>
public static class PdfReportReader
{
    /// <summary>A PDF that pdftotext has not finished with in this time is taken to be broken, not slow.</summary>
    private static readonly TimeSpan Timeout = ReaderLimits.PdfToolTimeout;

    public static Result<AnnualReport> Read(string source, byte[] bytes) => Read(source, bytes, "pdftotext");

    internal static Result<AnnualReport> Read(string source, byte[] bytes, string tool)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var extracted = Extract(bytes, tool, "-layout");
        if (extracted.Value is not { } text)
        {
            return extracted.As<AnnualReport>();
        }

        // A scanned report is images only: pdftotext gives nothing but page breaks and blanks.
        if (text.Count(c => !char.IsWhiteSpace(c) && c != '\f') < 20)
        {
            return Result.Fail<AnnualReport>("PDF 中没有可提取的文字（可能是扫描件或图片），需要先做文字识别（OCR）后再读取");
        }

        var gridReport = GridText(bytes, tool) is { } grid ? TextReportReader.ReadTables(grid, source) : null;
        if (gridReport is null)
        {
            return TextReportReader.Read(text, source);
        }

        return Result.Ok(PdfReadings.Choose(gridReport, TextReportReader.ReadTables(text, source)));
    }

    /// <summary>The text with each table rebuilt from the word boxes, or null when they give no usable grid.</summary>
    internal static string? GridText(byte[] bytes, string tool)
    {
        return Extract(bytes, tool, "-bbox-layout").Value is { } xhtml && PdfWords.Parse(xhtml) is { Count: > 0 } pages ? PdfTableText.ToText(pages) : null;
    }

    /// <summary>The PDF's text as <c>pdftotext MODE -enc UTF-8 - -</c> gives it, or a reason in Chinese.</summary>
    internal static Result<string> Extract(byte[] bytes, string tool, string mode)
    {
        using var paused = ReadBudget.Paused();
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { mode, "-enc", "UTF-8", "-", "-" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return Result.Fail<string>($"读取 PDF 需要 {tool} 工具，但本机未安装：请安装 poppler-utils（Debian/Ubuntu：apt-get install poppler-utils）");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                process.StandardInput.BaseStream.Write(bytes);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // pdftotext stops reading a file it cannot parse; its exit code and message below say why.
            }

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return Result.Fail<string>($"pdftotext 在 {Timeout.TotalSeconds:0} 秒内未能读完此 PDF，文件可能已损坏");
            }

            var text = stdout.GetAwaiter().GetResult();
            var message = stderr.GetAwaiter().GetResult().Trim();
            if (process.ExitCode != 0)
            {
                var reason = message.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase) ? "PDF 已加密，需要密码" : "PDF 文件已损坏或不是有效的 PDF";
                return Result.Fail<string>($"{reason}（pdftotext：{FirstLine(message)}）");
            }

            return Result.Ok(text);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0];
}
