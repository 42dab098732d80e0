using System.CommandLine;
using Gongkai.Documents;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai convert FILE --to docx|html|xlsx|csv|md|json [-o OUT]</c>: reads a report in any format and writes it
/// in another, the DOCX and HTML in the official layout. Text formats go to stdout when no OUT is named; DOCX and
/// XLSX to the input's name with the new extension in the current directory.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "报告文件（.txt .md .html .docx .pdf .xlsx .json）" };
        var to = new Option<string>("--to", "-t") { Description = "输出格式：docx、html、xlsx、csv、md、json", Required = true };
        to.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件；省略时文本格式写到标准输出，docx/xlsx 写到当前目录" };
        var command = new Command("convert", "把年度报告转换为其他格式（docx/html 为官方格式版式）") { file, to, output };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(to)!, result.GetValue(output)));
        return command;
    }

    internal static int Run(string path, string format, string? output)
    {
        var read = ReportReader.ReadFile(path);
        if (read.Report is not { } report)
        {
            Console.Error.WriteLine($"gongkai: {path}: {read.Error}");
            return 2;
        }

        return Write(report, format, output, path);
    }

    /// <summary>Writes <paramref name="report"/> in <paramref name="format"/>; shared with rollup. Exit 0, or 2 when the file cannot be written.</summary>
    internal static int Write(AnnualReport report, string format, string? output, string nameFrom)
    {
        var bytes = ReportWriters.Write(report, format);
        if (output is null && ReportWriters.IsText(format))
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            return 0;
        }

        output ??= Path.GetFileNameWithoutExtension(nameFrom) + ReportWriters.Extension(format);
        if (File.Exists(nameFrom) && Path.GetFullPath(output) == Path.GetFullPath(nameFrom))
        {
            Console.Error.WriteLine($"gongkai: 输出文件与输入文件相同：{output}，请用 -o 指定其他文件名");
            return 2;
        }

        try
        {
            File.WriteAllBytes(output, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"gongkai: 无法写入 {output}：{e.Message}");
            return 2;
        }

        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        Console.Error.WriteLine($"已写入 {output}" + (errors > 0 ? $"（报告有 {errors} 个错误，见 gongkai check）" : ""));
        return 0;
    }
}
