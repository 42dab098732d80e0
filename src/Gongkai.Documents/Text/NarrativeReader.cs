using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>
/// Reads the report's narrative parts 一 to 六 from its normalised text: each part from its printed title to the
/// next one, the text before part 一 as the preamble, the tables' lines left out (they are read as tables). Works on
/// every input form, since HTML, DOCX and PDF reach the text reader as lines.
/// </summary>
internal static partial class NarrativeReader
{
    // A title is a line "N、…" naming what the part is about. Both templates' wordings and the variants seen in
    // published reports: "五、存在的主要问题及改进情况" (2021), "五、政府信息公开工作存在的主要问题及改进情况" (2019 试行),
    // "五、存在问题及改进措施", "六、其他需要报告的事项", "一、概述". Parts 二–四 need their table's words, so that a table
    // row ("二、上年结转政府信息公开申请数量") or a list inside part 一 ("二、依申请公开情况") is no title.
    private static readonly string[][] TitleWords =
    [
        ["总体情况", "概述", "概况", "基本情况", "总体"],
        ["主动公开政府信息", "主动公开情况"],
        ["收到和处理", "政府信息公开申请情况", "依申请公开"],
        ["行政复议", "行政诉讼"],
        ["问题"],
        ["其他需要", "其他事项", "其他"],
    ];

    private const int MinimumLines = 3;

    /// <summary>The parts in printed order; empty when the text has no part title at all.</summary>
    public static ImmutableArray<ReportSection> Read(string normalized, LocatedTables located)
    {
        var lines = normalized.Split('\n');
        // A page copied without its line breaks (a whole report on one line) has its titles among the table rows,
        // where they cannot be told apart: its narrative is not read, rather than read as parts missing.
        if (lines.Count(l => l.Length > 0) < MinimumLines)
        {
            return [];
        }

        var headings = Headings(lines);
        if (headings.Count == 0)
        {
            return [];
        }

        var tableLines = TableLines(located);
        var wrapped = NarrativeParagraphs.WrapWidth(lines, tableLines);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        if (Paragraphs(lines, 0, headings[0].Line, null, tableLines, wrapped) is { Length: > 0 } preamble)
        {
            sections.Add(new ReportSection(null, "", preamble));
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var (number, line, title, rest) = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Line : lines.Length;
            var text = Paragraphs(lines, line + 1, end, rest, tableLines, wrapped, proseOnly: number is 2 or 3 or 4);
            sections.Add(new ReportSection(number, title, text));
        }

        return sections.ToImmutable();
    }

    private static string Paragraphs(string[] lines, int from, int to, string? firstLine, HashSet<int> tableLines, int wrapped, bool proseOnly = false)
    {
        // A table's lines run from its first row to its last; lines between them are its headings and labels,
        // unless they hold a sentence (a note, or prose with figures: "本年度共发生行政复议2起。").
        var inPart = tableLines.Where(l => l >= from && l < to).ToList();
        var (first, last) = inPart.Count > 0 ? (inPart.Min(), inPart.Max()) : (int.MaxValue, -1);
        var kept = new List<(string Text, bool Break)>();
        if (firstLine is { Length: > 0 })
        {
            kept.Add((firstLine, true));
        }

        for (var i = from; i < to; i++)
        {
            var inTable = i >= first && i <= last && !lines[i].Contains('。', StringComparison.Ordinal);
            // Parts 二–四 hold their table's headings before its first row ("第二十条第（一）项", "信息内容 本年制发件数").
            var heading = proseOnly && i < first;
            kept.Add(inTable ? ("", true) : (lines[i], heading));
        }

        var paragraphs = NarrativeParagraphs.Join(kept, wrapped);
        if (proseOnly)
        {
            // Only sentences are prose in a part that holds a table: the rest is the table's headings and notes on
            // its columns ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").
            paragraphs = [.. paragraphs.Where(p => p.Contains('。', StringComparison.Ordinal) && !p.Contains("勾稽关系", StringComparison.Ordinal))];
        }

        return string.Join("\n", paragraphs);
    }

    /// <summary>The part titles in order: each a line "N、title" with N above the last title's number.</summary>
    private static List<(int Number, int Line, string Title, string? FirstLine)> Headings(string[] lines)
    {
        var found = new List<(int, int, string, string?)>();
        var last = 0;
        for (var i = 0; i < lines.Length && last < 6; i++)
        {
            if (TitleLine().Match(lines[i]) is not { Success: true } m)
            {
                continue;
            }

            var number = "一二三四五六".IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal) + 1;
            var title = m.Groups[3].Value.Trim();
            if (number <= last || !TitleWords[number - 1].Any(w => title.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            // "一、总体情况 2023年，本局…" (a title with its first paragraph on the same line): the title ends at a space
            // or at its first "情况"/"事项"/"措施" once the line is too long to be a title alone.
            string? rest = null;
            if (title.Length > 40 || title.Contains('。', StringComparison.Ordinal))
            {
                var space = title.IndexOfAny([' ', '\t']);
                var end = TitleEnd().Match(title);
                var cut = space is > 0 and <= 30 ? space : end.Success ? end.Index + end.Length : Math.Min(title.Length, 20);
                rest = title[cut..].TrimStart(' ', '\t', ':', '：', '。');
                title = title[..cut];
            }

            found.Add((number, i, $"{m.Groups[1].Value}{m.Groups[2].Value}{title}", rest));
            last = number;
        }

        return found;
    }

    /// <summary>
    /// The 0-based lines that carry a table's numbers, as the table locator found them. A row's own line is where
    /// its label began, which may be lines earlier (after "2023" in a title, the label runs on from there).
    /// </summary>
    private static HashSet<int> TableLines(LocatedTables located)
    {
        var lines = new HashSet<int>();
        foreach (var row in located.Proactive.Values.Concat(located.Applications.Values))
        {
            lines.UnionWith(row.Numbers.Select(n => n.Line - 1));
        }

        lines.UnionWith(located.ReviewLitigation.Select(n => n.Line - 1));
        return lines;
    }

    [GeneratedRegex(@"^[ \t]*([一二三四五六])[ \t]*([、.,，．])[ \t]*(\S.*)$")]
    private static partial Regex TitleLine();

    [GeneratedRegex("情况|事项|措施")]
    private static partial Regex TitleEnd();
}
