using System.CommandLine;
using System.Text;
using System.Text.Json;
using Gongkai.Documents;
using Gongkai.Documents.Json;
using Gongkai.Documents.Writers;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai parse FILE|DIR... [--format table|json|jsonl|markdown]</c>: every table of every report, with findings.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或目录（可多个）", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：table（默认）、json、jsonl、markdown", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl", "markdown");
        var command = new Command("parse", "读取年度报告，输出各表数据和检查结果") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!));
        return command;
    }

    internal static int Run(IReadOnlyList<string> arguments, string format)
    {
        var (files, failures) = InputFiles.Expand(arguments);
        using var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        var jsonWriter = format is "json" or "jsonl" ? new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = format == "json" }) : null;
        var many = files.Count + failures.Count != 1;
        var console = format == "table" ? ReportConsole.Stdout() : null;
        var written = 0;
        var summary = new RunSummary();
        if (format == "json" && many)
        {
            jsonWriter!.WriteStartArray();
        }

        ReportBatch.Run(files, ReportReader.ReadFile, result =>
        {
            if (result.Report is not { } report)
            {
                failures.Add(result);
                return;
            }

            summary.Add(report);
            switch (format)
            {
                case "jsonl":
                    ReportJson.Write(jsonWriter!, report);
                    jsonWriter!.Flush();
                    jsonWriter.Reset(buffered);
                    buffered.WriteByte((byte)'\n');
                    break;
                case "json":
                    ReportJson.Write(jsonWriter!, report);
                    break;
                case "markdown":
                    var md = Encoding.UTF8.GetBytes((written > 0 ? "\n" : "") + MarkdownReportWriter.Write(report));
                    buffered.Write(md);
                    break;
                default:
                    buffered.Flush();
                    ReportConsole.Render(console!, report);
                    break;
            }

            written++;
        });

        if (format == "json")
        {
            if (many)
            {
                jsonWriter!.WriteEndArray();
            }

            jsonWriter!.Flush();
            if (written > 0 || many)
            {
                buffered.WriteByte((byte)'\n');
            }
        }

        jsonWriter?.Dispose();
        buffered.Flush();
        // For machines (json, jsonl, markdown) stdout is the data and stderr only failures, unless a person watches.
        if (format == "table" || !Console.IsErrorRedirected)
        {
            summary.Write(failures, toStderr: format != "table");
        }

        return ReportFailures(failures);
    }

    /// <summary>Writes each failed file and why to stderr; exit code 2 when any failed, else 0.</summary>
    internal static int ReportFailures(IReadOnlyCollection<FileReading> failures)
    {
        foreach (var f in failures)
        {
            Console.Error.WriteLine($"gongkai: {f.Source}: {f.Error}");
        }

        return failures.Count > 0 ? 2 : 0;
    }
}
