using System.CommandLine;
using Gongkai.Documents;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai rollup FILE|DIR... [--name 名称] [--to FORMAT] [-o OUT]</c>: adds the reports of one year and template
/// into one (a city's or a system's total), lists each source's findings, then shows or writes the sum. Refuses
/// when a file cannot be read or the reports mix years or templates, naming the files. Exit 0, 1 when the sum
/// breaks a rule, 2 when refused.
/// </summary>
internal static class RollupCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或目录（可多个）", Arity = ArgumentArity.OneOrMore };
        var name = new Option<string?>("--name", "-n") { Description = "汇总后的名称，如「某某市」" };
        var to = new Option<string>("--to", "-t") { Description = "输出格式：table（默认）、docx、html、xlsx、csv、md、json", DefaultValueFactory = _ => "table" };
        to.AcceptOnlyFromAmong(["table", .. ReportWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件" };
        var command = new Command("rollup", "把同一年度、同一格式的多份报告汇总为一份") { paths, name, to, output };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(name), result.GetValue(to)!, result.GetValue(output)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> arguments, string? name, string format, string? output)
    {
        var (files, failures) = InputFiles.Expand(arguments);
        var reports = new List<AnnualReport>();
        ReportBatch.Run(files, ReportReader.ReadFile, result =>
        {
            if (result.Report is { } report)
            {
                reports.Add(report);
            }
            else
            {
                failures.Add(result);
            }
        });

        // Per-source findings go where a person reads them: stdout for the table, stderr when stdout is the document.
        var toStderr = format != "table" && output is null;
        var console = toStderr ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : ReportConsole.Stdout();
        foreach (var report in reports)
        {
            var shown = report.Findings.Where(f => f.Severity != Severity.Info).ToList();
            console.MarkupLine($"[bold]{Markup.Escape(report.Source ?? "")}[/]：{Markup.Escape(report.Agency ?? "（未知机关）")}，{shown.Count(f => f.Severity == Severity.Error)} 个错误，{shown.Count(f => f.Severity == Severity.Warning)} 个存疑");
            ReportConsole.RenderFindings(console, shown);
        }

        if (failures.Count > 0)
        {
            ParseCommand.ReportFailures(failures);
            Console.Error.WriteLine("gongkai: 有文件未能读取，未汇总（汇总数会少算这些报告）");
            return 2;
        }

        var rollup = ReportRollup.Sum(reports, name);
        if (rollup.Value is not { } sum)
        {
            Console.Error.WriteLine($"gongkai: {rollup.Error}");
            return 2;
        }

        if (format == "table")
        {
            ReportConsole.Render(console, sum);
        }
        else
        {
            var written = ConvertCommand.Write(sum, format, output, (name ?? "汇总") + ReportWriters.Extension(format));
            if (written != 0)
            {
                return written;
            }
        }

        return sum.HasErrors ? 1 : 0;
    }
}
