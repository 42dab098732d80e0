using System.Globalization;
using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Testing;

/// <summary>The text layouts published reports come in, each modelled on a real report of the corpus.</summary>
public enum TextLayout
{
    /// <summary>One line per table row, cells separated by tabs (阜新市细河区 2021, 沈阳市瀋河区 2023).</summary>
    TabSeparated,

    /// <summary>One cell per line, each after a tab (辽中区大黑岗子镇 2021, 金昌市金川区 2021).</summary>
    OneCellPerLine,

    /// <summary>The whole report on one line, cells separated by single spaces.</summary>
    SingleLine,

    /// <summary>Each row's numbers printed without gaps ("633000066", 朝阳市 2021).</summary>
    RunTogether,

    /// <summary>Labels broken by stray spaces and line breaks, full-width digits and brackets.</summary>
    BrokenLabels,

    /// <summary>Markdown pipe tables.</summary>
    Markdown,

    /// <summary><c>pdftotext -layout</c> output: padded columns, wrapped labels, page footers inside tables (淮安市洪泽区).</summary>
    PdfLayout,

    /// <summary>A browser's copy of an HTML table that leaves zeros blank: one line per row, cells joined by tabs, a blank cell an empty field (上海市人民政府办公厅 2019).</summary>
    CopiedWithBlanks,

    /// <summary>Each cell on a line of its own followed by a line holding "|", zeros left blank (乡镇 reports of 2023 flattened from HTML).</summary>
    CellThenPipe,

    /// <summary>Each cell on a line of its own ending in " |", a blank cell a line holding only "|", "||" after each row where a colspan covered cells (区县 pages of 2021–2023 flattened to text).</summary>
    CellLinesWithPipes,
}

/// <summary>Writes a report's tables as text in one of the <see cref="TextLayout"/>s.</summary>
public static class TextLayouts
{
    public static string Write(AnnualReport report, TextLayout layout)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<(string? Heading, string Label, string[] Cells)>();
        var title = $"{report.Agency}{report.Year}年度政府信息公开工作年度报告";
        foreach (var table in report.Tables)
        {
            rows.Add((table.Id switch
            {
                TableId.Proactive => "二、主动公开政府信息情况",
                TableId.Applications => "三、收到和处理政府信息公开申请情况",
                _ => "四、政府信息公开行政复议、行政诉讼情况",
            }, "", []));
            if (table.Id == TableId.ReviewLitigation)
            {
                rows.Add((null, "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉", []));
                rows.Add((null, "", table.Rows.SelectMany(r => r.Values!.Value.Select(Cell)).ToArray()));
                continue;
            }

            if (table.Id == TableId.Applications)
            {
                rows.Add((null, ReportTemplate.BalanceNote + " 申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", []));
            }

            string? block = null;
            foreach (var (row, values) in table.Rows)
            {
                if (table.Id == TableId.Proactive && row.Group != block)
                {
                    block = row.Group;
                    rows.Add((null, block + " 信息内容 " + string.Join(" ", row.Columns.Select(c => c.Label)), []));
                }

                rows.Add((null, row.Label, values!.Value.Select(Cell).ToArray()));
            }
        }

        rows.Add(("五、存在的主要问题及改进情况", "", []));
        return layout switch
        {
            TextLayout.TabSeparated => Lines(title, rows, (l, c) => string.Join('\t', new[] { l }.Concat(c))),
            TextLayout.OneCellPerLine => Lines(title, rows, (l, c) => string.Concat(new[] { "\t" + l }.Concat(c.Select(x => "\n\t" + x)))),
            TextLayout.SingleLine => Lines(title, rows, (l, c) => string.Join(' ', new[] { l }.Concat(c))).Replace('\n', ' '),
            TextLayout.RunTogether => Lines(title, rows, (l, c) => l + string.Concat(c)).Replace('\n', ' '),
            TextLayout.BrokenLabels => Lines(title, rows, (l, c) => Break(l) + "\n" + FullWidth(string.Join("  ", c))),
            TextLayout.Markdown => Lines(title, rows, (l, c) => c.Length == 0 ? l : "| " + string.Join(" | ", new[] { l }.Concat(c)) + " |"),
            TextLayout.PdfLayout => Pdf(title, rows),
            TextLayout.CopiedWithBlanks => Lines(title, rows, (l, c) => c.Length == 0 ? l : string.Join('\t', (l.Length > 0 ? new[] { l } : []).Concat(c.Select(Blank)))),
            TextLayout.CellLinesWithPipes => Lines(title, rows, (l, c) => c.Length == 0 ? l + " |" : string.Join('\n', (l.Length > 0 ? new[] { l + " |" } : []).Concat(c.Select(Blank).Select(x => x.Length == 0 ? "|" : x + " |")).Append("||"))),
            TextLayout.CellThenPipe => Lines(title, rows, (l, c) => string.Join('\n', (l.Length > 0 ? new[] { l } : []).Concat(c.Select(Blank)).Select(x => x.Length == 0 ? "|" : x + "\n|"))),
            _ => throw new ArgumentOutOfRangeException(nameof(layout)),
        };
    }

    private static string Blank(string cell) => cell == "0" ? "" : cell;

    private static string Cell(decimal? v) => v!.Value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Lines(string title, List<(string? Heading, string Label, string[] Cells)> rows, Func<string, string[], string> row)
    {
        var sb = new StringBuilder(title).Append("\n\n一、总体情况\n\n本机关依法做好政府信息公开工作。\n\n");
        foreach (var (heading, label, cells) in rows)
        {
            sb.Append(heading is not null ? heading + "\n" : row(label, cells) + "\n");
        }

        return sb.ToString();
    }

    // A space every few characters and a line break in long labels, as Word-to-text conversion leaves them.
    private static string Break(string label)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < label.Length; i++)
        {
            sb.Append(label[i]);
            if (i % 5 == 4 && i < label.Length - 1)
            {
                sb.Append(i % 10 == 9 ? "\n" : " ");
            }
        }

        return FullWidth(sb.ToString());
    }

    private static string FullWidth(string s) => new(s.Select(ch => ch switch
    {
        >= '0' and <= '9' => (char)(ch + 0xFEE0),
        '(' => '（',
        ')' => '）',
        '.' => '．',
        _ => ch,
    }).ToArray());

    private static string Pdf(string title, List<(string? Heading, string Label, string[] Cells)> rows)
    {
        var sb = new StringBuilder("                " + title + "\n\n");
        var n = 0;
        foreach (var (heading, label, cells) in rows)
        {
            if (heading is not null)
            {
                sb.Append("     ").Append(heading).Append("\n\n");
                continue;
            }

            var cellText = string.Concat(cells.Select(c => c.PadLeft(7)));
            if (label.Length > 16 && cells.Length > 0)
            {
                sb.Append("          ").Append(label[..16]).Append('\n').Append("          ").Append(label[16..]).Append('\n')
                  .Append(new string(' ', 40)).Append(cellText).Append('\n');
            }
            else
            {
                sb.Append("   ").Append(label.PadRight(30)).Append(cellText).Append('\n');
            }

            if (++n % 12 == 0)
            {
                sb.Append("\n                                        -").Append(n / 12 + 1).Append("-\n");
            }
        }

        return sb.ToString();
    }
}
