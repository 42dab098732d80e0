using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>Renders a report for a person at a terminal: each table with doubtful cells coloured, then the findings.</summary>
internal static class ReportConsole
{
    /// <summary>The console for stdout; when it is a file or a pipe, lines are not wrapped at 80 columns.</summary>
    public static IAnsiConsole Stdout()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }

    public static void Render(IAnsiConsole console, AnnualReport report)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(MarkdownReportWriter.Title(report))}[/]").LeftJustified());
        console.MarkupLine($"来源：{Markup.Escape(report.Source ?? "-")}    格式：{Markup.Escape(report.Template.DocumentNumber)}");
        foreach (var spec in report.Template.Tables)
        {
            if (report.Table(spec.Id) is not { } table)
            {
                console.MarkupLine($"[red]{spec.PrintedName} {spec.Heading}：缺失[/]");
                continue;
            }

            console.Write(Build(report, table));
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

    private static Table Build(AnnualReport report, ReportTable table)
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
                    Severity.Error => $"[red]{text}[/]",
                    Severity.Warning => $"[yellow]{text}[/]",
                    _ => text,
                });
            }

            grid.AddRow(cells.ToArray());
        }

        return grid;
    }
}
