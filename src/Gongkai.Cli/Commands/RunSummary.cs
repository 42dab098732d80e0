using Gongkai.Documents;
using Gongkai.Domain.Reports;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// The closing summary of a run over many files (parse, check, rollup): files read, templates, findings by code
/// and severity, and every file that failed with its reason. Written to stdout for people, to stderr when stdout
/// carries JSON or Markdown for a machine.
/// </summary>
internal sealed class RunSummary
{
    private readonly Dictionary<string, int> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, Severity Severity), int> _findings = [];
    private int _read;

    public void Add(AnnualReport report, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        _read++;
        var template = report.Template.DocumentNumber;
        _templates[template] = _templates.GetValueOrDefault(template) + 1;
        foreach (var f in findings ?? report.Findings)
        {
            _findings[(f.Code, f.Severity)] = _findings.GetValueOrDefault((f.Code, f.Severity)) + 1;
        }
    }

    /// <summary>Writes the summary when the run covered more than one file.</summary>
    public void Write(IReadOnlyCollection<FileReading> failures, bool toStderr)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (_read + failures.Count <= 1)
        {
            return;
        }

        var console = toStderr ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : ReportConsole.Stdout();
        ReportConsole.Heading(console, "汇总");
        console.MarkupLine($"读取成功 {_read} 个文件，失败 {failures.Count} 个");
        foreach (var (template, count) in _templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            console.MarkupLine($"  格式 {Markup.Escape(template)}：{count} 份");
        }

        if (_findings.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("代码").AddColumn("规则").AddColumn("级别").AddColumn(new TableColumn("次数").RightAligned());
            foreach (var ((code, severity), count) in _findings.OrderByDescending(f => f.Key.Severity).ThenByDescending(f => f.Value).ThenBy(f => f.Key.Code, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(code), Markup.Escape(Domain.Reports.Rules.ReportRules.NameOf(code) ?? ""), Documents.Writers.MarkdownReportWriter.SeverityLabel(severity), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }

        foreach (var failure in failures)
        {
            console.MarkupLine($"[red]失败[/] {Markup.Escape(failure.Source)}：{Markup.Escape(failure.Error ?? "")}");
        }
    }
}
