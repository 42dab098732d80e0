using System.CommandLine;
using Gongkai.Documents;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai check FILE... [--previous FILE]</c>: the consistency rules only, and with last year's report the
/// checks across the two years (<see cref="PreviousYearRules"/>). Exit 0 when no error, 1 when any report breaks a
/// rule, 2 when a file could not be read.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("files") { Description = "报告文件或目录（可多个）", Arity = ArgumentArity.OneOrMore };
        var previous = new Option<string?>("--previous", "-p") { Description = "上一年度的报告，用于跨年度核对：上年结转、现行有效件数、数字突变、照抄统计表或文字、格式、空白单元格、统计口径" };
        var command = new Command("check", "检查年度报告的勾稽关系和格式规则") { paths, previous };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(previous)));
        return command;
    }

    internal static int Run(IReadOnlyList<string> arguments, string? previousPath)
    {
        AnnualReport? previous = null;
        if (previousPath is not null)
        {
            var read = ReportReader.ReadFile(previousPath);
            if (read.Report is null)
            {
                Console.Error.WriteLine($"gongkai: 上年度报告 {previousPath}: {read.Error}");
                return 2;
            }

            previous = read.Report;
        }

        var (files, failures) = InputFiles.Expand(arguments);
        var console = ReportConsole.Stdout();
        var anyError = false;
        var summary = new RunSummary();
        ReportBatch.Run(files, ReportReader.ReadFile, result =>
        {
            if (result.Report is not { } report)
            {
                failures.Add(result);
                return;
            }

            var findings = report.Findings.Concat(ReportRules.CheckAcrossYears(report, previous)).ToList();
            summary.Add(report, findings);
            anyError |= findings.Any(f => f.Severity == Severity.Error);
            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            var verdict = errors > 0 ? $"[red]{errors} 个错误[/]" : "[green]通过[/]";
            console.MarkupLine($"[bold]{Markup.Escape(report.Source ?? "")}[/]：{verdict}，{warnings} 个存疑");
            ReportConsole.RenderFindings(console, findings.Where(f => f.Severity != Severity.Info));
        });

        summary.Write(failures, toStderr: false);
        var exit = ParseCommand.ReportFailures(failures);
        return exit != 0 ? exit : anyError ? 1 : 0;
    }
}
