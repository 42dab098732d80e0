using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>Renders a report for a person at a terminal: each table with doubtful cells coloured, then the findings.</summary>
internal static class ReportConsole
{
    /// <summary>
    /// The console for stdout; when it is a file or a pipe, lines are not wrapped at 80 columns and no colour codes
    /// are written into it.
    /// </summary>
    public static IAnsiConsole Stdout()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = 4096;
        return console;
    }

    /// <summary>A heading: a rule across a terminal, a plain line in a file (a rule there would be 4,096 wide).</summary>
    public static void Heading(IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (console.Profile.Width > 1000)
        {
            console.MarkupLine($"[bold]── {Markup.Escape(text)} ──[/]");
        }
        else
        {
            console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]").LeftJustified());
        }
    }

    public static void Render(IAnsiConsole console, AnnualReport report)
    {
        Heading(console, MarkdownReportWriter.Title(report));
        console.MarkupLine($"来源：{Markup.Escape(report.Source ?? "-")}    格式：{Markup.Escape(report.Template.DocumentNumber)}");
        if (Plain(console))
        {
            console.WriteLine("数字后的 ? 表示该行存疑，! 表示有错误，原因见表后所列");
        }

        foreach (var spec in report.Template.Tables)
        {
            if (report.Table(spec.Id) is not { } table)
            {
                console.MarkupLine($"[red]{spec.PrintedName} {spec.Heading}：缺失[/]");
                continue;
            }

            console.Write(Build(report, table, Plain(console)));
        }

        RenderFindings(console, report.Findings);
    }

    public static void RenderFindings(IAnsiConsole console, IEnumerable<Finding> findings)
    {
        foreach (var f in findings)
        {
            var colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            console.MarkupLine($"[{colour}]{MarkdownReportWriter.SeverityLabel(f.Severity)}[/] [dim]{Markup.Escape(f.Code)}[/] {Markup.Escape(f.Message)}");
        }
    }

    // Without colour (a file or a pipe), doubtful cells carry a mark instead.
    private static bool Plain(IAnsiConsole console) => console.Profile.Capabilities.ColorSystem == ColorSystem.NoColors;

    private static Table Build(AnnualReport report, ReportTable table, bool plain)
    {
        var width = table.Spec.Rows.Max(r => r.Columns.Length);
        var grid = new Table().Border(TableBorder.Rounded).Title($"{table.Spec.PrintedName} {table.Spec.Heading}");
        grid.AddColumn("项目");
        var headerRow = table.Spec.Rows.First(r => r.Columns.Length == width);
        for (var c = 0; c < width; c++)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(headerRow.Columns[c].Label)).RightAligned());
        }

        foreach (var (row, values) in table.Rows)
        {
            var rowFindings = report.Findings.Where(f => f.Table == table.Id && f.Row == row.Key).ToList();
            var cells = new List<string> { Markup.Escape(row.DisplayLabel) };
            for (var c = 0; c < width; c++)
            {
                if (c >= row.Columns.Length)
                {
                    cells.Add("");
                    continue;
                }

                var text = values is { } v ? MarkdownReportWriter.FormatCell(v[c]) : "—";
                var worst = rowFindings.Where(f => f.Column is null || f.Column == c).Select(f => (Severity?)f.Severity).Max();
                cells.Add(worst switch
                {
                    Severity.Error => plain ? text + "!" : $"[red]{text}[/]",
                    Severity.Warning => plain ? text + "?" : $"[yellow]{text}[/]",
                    _ => text,
                });
            }

            grid.AddRow(cells.ToArray());
        }

        return grid;
    }
}
