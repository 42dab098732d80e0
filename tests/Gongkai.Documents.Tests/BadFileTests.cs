using System.Text;
using Gongkai.Documents.Html;

namespace Gongkai.Documents.Tests;

/// <summary>Files that hold no readable report get a clear Chinese reason, never an exception or a hang.</summary>
public sealed class BadFileTests
{
    public static TheoryData<string, byte[], string> Cases() => new()
    {
        { "empty.txt", [], "文件为空" },
        { "empty.docx", [], "文件为空" },
        { "report.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "旧版 Office" },
        { "scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "OCR" },
        { "scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "OCR" },
        { "reports.rar", [.. "Rar!\x1A\x07\0"u8], "压缩包" },
        { "reports.zip", [.. "PK\x03\x04garbage"u8], "压缩包" },
        { "report.docx", [.. "PK\x03\x04 truncated zip, not a document"u8], "DOCX 文件已损坏" },
        { "report.xlsx", [.. "PK\x03\x04 truncated"u8], "XLSX 文件已损坏" },
        { "renamed.docx", [.. "这其实是一个文本文件"u8], "不是有效的 DOCX" },
        { "report.pptx.bin", [1, 2, 3], "不支持的文件格式" },
        { "report.wps", [.. "hello"u8], "不支持的文件格式「.wps」" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_file_gets_a_clear_error(string name, byte[] bytes, string expected)
    {
        var result = ReportReader.Read(name, bytes);
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_html_page_is_refused_quickly()
    {
        var bytes = new byte[HtmlReportReader.MaxBytes + 1];
        Encoding.ASCII.GetBytes("<html><body>").CopyTo(bytes, 0);
        bytes.AsSpan(12).Fill((byte)'x');
        var result = ReportReader.Read("huge.html", bytes);
        Assert.False(result.Succeeded);
        Assert.Contains("过大", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_page_of_nested_junk_under_the_limit_finishes()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 20000; i++)
        {
            html.Append("<div><span>栏目").Append(i).Append("</span><table><tr><td>x</td></tr></table>");
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = ReportReader.Read("junk.html", Encoding.UTF8.GetBytes(html.ToString()));
        Assert.False(result.Succeeded);
        // A guard against a hang, not a speed target: generous enough for a loaded two-core machine.
        Assert.InRange(started.Elapsed.TotalSeconds, 0, 120);
    }
}
