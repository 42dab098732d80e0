using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>What the walk over a report's segments found: each table's printed rows and header text.</summary>
internal sealed class LocatedTables
{
    public Dictionary<string, PrintedRow> Proactive { get; } = [];

    public Dictionary<string, PrintedRow> Applications { get; } = [];

    public List<NumberToken> ReviewLitigation { get; } = [];

    public System.Text.StringBuilder ProactiveHeader { get; } = new();

    public bool SawProactive { get; set; }

    public bool SawApplications { get; set; }

    public bool SawReviewLitigation { get; set; }

    /// <summary>表三 prints （六）其他处理 as one row: the row is there and none of the 2021 format's three sub-rows.</summary>
    public bool SingleOtherHandling => Applications.ContainsKey(RowKeys.OtherHandling) && !HasOtherHandlingSubRows;

    /// <summary>表三 prints one of the 2021 format's sub-rows of （六）其他处理 (逾期不补正, 逾期未缴费, 其他).</summary>
    public bool HasOtherHandlingSubRows => Applications.Keys.Any(k => k.StartsWith(RowKeys.OtherHandling + ".", StringComparison.Ordinal));

    /// <summary>
    /// Tables whose numbers follow a column heading instead of a row label: the text was taken in drawing order
    /// (pdftotext without -layout, a copy out of a PDF viewer), numbers before their labels, so no row can be
    /// trusted to hold its own numbers.
    /// </summary>
    public HashSet<TableId> NumbersBeforeLabels { get; } = [];

    /// <summary>
    /// Tables whose row labels were printed together, apart from their numbers (a PDF-to-Markdown extraction that
    /// puts each label cell on its own line and the figures of the rows after them, tests/corpus/extracted): no
    /// position ties a row of figures to its label, so the whole table is in doubt. The value is how many labels ran
    /// together.
    /// </summary>
    public Dictionary<TableId, int> LabelsApart { get; } = [];

    /// <summary>Numbers inside a table region after text that is no row label (a row the reader could not name).</summary>
    public List<(string Text, string Numbers, int Line, TableId Table)> Orphans { get; } = [];
}

/// <summary>
/// Walks the segments of a report and assigns numbers to table rows: a section heading opens a table's region
/// (each only once), and inside it a segment whose text ends in a row label takes the numbers that follow it.
/// </summary>
internal static partial class TableLocator
{
    private enum Region { None, Proactive, Applications, ReviewLitigation, Done }

    private const int MaxNumericSegments = 120;
    private const int MaxOrphans = 20;

    private static readonly RowLabel[] ProactiveLabels =
    [
        RowLabel.Of(RowKeys.Regulations, "规章"),
        RowLabel.Of(RowKeys.NormativeDocuments, "行政规范性文件"), // 2021 template
        RowLabel.Of(RowKeys.NormativeDocuments, "规范性文件"),
        RowLabel.Of(RowKeys.AdministrativeLicensing, "行政许可"),
        RowLabel.Of(RowKeys.OtherExternalServices, "其他对外管理服务事项"), // 2019 template
        RowLabel.Of(RowKeys.AdministrativePenalty, "行政处罚"),
        RowLabel.Of(RowKeys.AdministrativeCoercion, "行政强制"),
        RowLabel.Of(RowKeys.AdministrativeFees, "行政事业性收费"),
        RowLabel.Of(RowKeys.CentralizedProcurement, "政府集中采购"), // 2019 template
    ];

    // How the column headings of 表二 and 表三 end ("现行有效件数", "本年收费金额（单位：万元）", "本年增/减", "总计", and
    // "其他" broken over two lines as "其…他"): numbers right after one were printed before their row's label.
    private static readonly string[] ColumnHeadingEndings = ["件数", "数量", "万元)", "金额", "增/减", "总计", "其他", "他", "计"];

    private static readonly RowLabel[] ApplicationLabels =
    [
        .. ReportTemplate.Format2021.Applications.Rows.Select(r => RowLabel.Of(r.Key, r.Label)),
        RowLabel.Of(RowKeys.OtherHandling, "（六）其他处理"),
    ];

    public static LocatedTables Locate(List<Segment> segments)
    {
        var found = new LocatedTables();
        var region = Region.None;
        string? lastKey = null;
        var numericInRegion = 0;
        foreach (var segment in segments)
        {
            Limits.ReadBudget.Check();
            var next = HeadingIn(segment.Text, found);
            if (next is { } r)
            {
                region = r;
                lastKey = null;
                numericInRegion = 0;
                switch (r)
                {
                    case Region.Proactive: found.SawProactive = true; break;
                    case Region.Applications: found.SawApplications = true; break;
                    case Region.ReviewLitigation: found.SawReviewLitigation = true; break;
                }
            }

            if (region == Region.Proactive)
            {
                found.ProactiveHeader.Append(segment.Text);
            }

            if (segment.Numbers.Count == 0 || segment.Prose)
            {
                continue;
            }

            // A table has at most 26 rows; a region that goes on with numbers far beyond that is no table
            // (a 50 MB line of repeated text), and reading further would only repeat the work.
            if (++numericInRegion > MaxNumericSegments && region != Region.ReviewLitigation)
            {
                region = Region.Done;
            }

            switch (region)
            {
                case Region.Proactive:
                    Assign(found.Proactive, ProactiveLabels, segment, ref lastKey, found, TableId.Proactive);
                    break;
                case Region.Applications:
                    Assign(found.Applications, ApplicationLabels, segment, ref lastKey, found, TableId.Applications);
                    break;
                case Region.ReviewLitigation when found.ReviewLitigation.Count < 64:
                    found.ReviewLitigation.AddRange(segment.Numbers);
                    break;
            }
        }

        return found;
    }

    private static Region? HeadingIn(string text, LocatedTables found)
    {
        // The opening sentence of many reports lists every section ("全文包括总体情况、主动公开政府信息情况、收到和处理
        // 政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、…", as 上海市人民政府办公厅's 2019
        // report opens): a table named there is no heading. Only what follows the list may hold one (a report printed
        // on one line goes on to the real headings without a figure in between).
        // Some lists leave a section out (区统计局 2023: "…收到和处理政府信息公开申请情况、存在问题及改进情况…"), so
        // two of them named together make a list.
        // Headings that name their table ("## 表二 主动公开政府信息情况" then "（本表缺失）" and "## 表三 …" with no
        // number between, as `gongkai convert --to md` writes a report without 表二) are headings, not such a list.
        string[] listed = ["主动公开政府信息情况", "政府信息公开申请情况", "行政诉讼情况"];
        string[] tableHeadings = ["表二主动公开政府信息情况", "表三收到和处理政府信息公开申请情况"];
        if (listed.Count(k => text.Contains(k, StringComparison.Ordinal)) >= 2 && !tableHeadings.Any(h => text.Contains(h, StringComparison.Ordinal)))
        {
            text = text[listed.Max(k => text.IndexOf(k, StringComparison.Ordinal) is var at and >= 0 ? at + k.Length : 0)..];
        }

        var best = -1;
        Region? region = null;
        void Consider(string keyword, Region r, bool allowed)
        {
            var at = text.LastIndexOf(keyword, StringComparison.Ordinal);
            if (allowed && at > best)
            {
                best = at;
                region = r;
            }
        }

        Consider("主动公开政府信息情况", Region.Proactive, !found.SawProactive);
        Consider("收到和处理政府信息公开申请情况", Region.Applications, !found.SawApplications);
        Consider("勾稽关系为", Region.Applications, !found.SawApplications);
        Consider("行政诉讼情况", Region.ReviewLitigation, !found.SawReviewLitigation);
        Consider("存在的主要问题", Region.Done, found.SawApplications || found.SawProactive);
        Consider("其他需要报告的事项", Region.Done, found.SawApplications || found.SawProactive);
        // The findings Gongkai's Markdown lists after 表四 ("## 检查结果", quoting 国办公开办函〔2021〕30号): no cells.
        Consider("检查结果", Region.Done, found.SawReviewLitigation);
        return region;
    }

    private static void Assign(Dictionary<string, PrintedRow> rows, RowLabel[] labels, Segment segment, ref string? lastKey, LocatedTables found, TableId table)
    {
        var core = LabelMatcher.Core(segment.Text);

        // "规章(县级无此项)" (保康县农业农村局 2021): a note after the label, taken off when the label then reads whole.
        if (TrailingNote().Match(segment.Text) is { Success: true } note && !labels.Any(l => core.EndsWith(l.Core, StringComparison.Ordinal)))
        {
            var bare = LabelMatcher.Core(segment.Text[..note.Index]);
            if (labels.Any(l => !rows.ContainsKey(l.Key) && bare.EndsWith(l.Core, StringComparison.Ordinal)))
            {
                core = bare;
            }
        }

        // Labels of three rows or more in the text before one run of numbers: labels printed apart from their rows.
        // Short labels (其他, 总计) are also column headings and do not count.
        var together = labels.Where(l => l.Core.Length >= 4 && core.Contains(l.Core, StringComparison.Ordinal)).Select(l => l.Key).Distinct().Count();
        if (together >= 3)
        {
            found.LabelsApart[table] = Math.Max(together, found.LabelsApart.GetValueOrDefault(table));
        }

        RowLabel? bestLabel = null;
        LabelMatch? best = null;
        // Most labels are printed as they should be: an exact ending settles it without the fuzzy alignment.
        var previousKey = lastKey;
        var exact = labels
            .Where(l => !rows.ContainsKey(l.Key) && core.EndsWith(l.Core, StringComparison.Ordinal) && ShortLabelAllowed(l, segment.Text, previousKey))
            .MaxBy(l => l.Core.Length);
        foreach (var label in exact is null ? labels : [exact])
        {
            if (rows.ContainsKey(label.Key) || !ShortLabelAllowed(label, segment.Text, lastKey))
            {
                continue;
            }

            if (LabelMatcher.Match(core, label.Core) is not { } m)
            {
                continue;
            }

            if (best is null || Better(m, label, best.Value, bestLabel!))
            {
                best = m;
                bestLabel = label;
            }
        }

        if (bestLabel is null || best is null)
        {
            if (segment.Numbers.Exists(n => !n.Blank) && ColumnHeadingEndings.Any(h => segment.Text.EndsWith(h, StringComparison.Ordinal)))
            {
                found.NumbersBeforeLabels.Add(table);
            }

            // Blank cells alone after a header are the empty cells of a flattened header row, not numbers to lose.
            if (found.Orphans.Count < MaxOrphans && segment.Text.Any(c => c >= '\u4e00' && c <= '\u9fff') && !segment.Numbers.TrueForAll(n => n.Blank))
            {
                found.Orphans.Add((segment.Text.Length > 30 ? segment.Text[^30..] : segment.Text, string.Join(" ", segment.Numbers.Select(n => n.Shown)), segment.Line, table));
            }

            return;
        }

        rows[bestLabel.Key] = new PrintedRow(bestLabel.Key, bestLabel.Label, best.Value, segment.Numbers, segment.Line);
        lastKey = bestLabel.Key;
    }

    private static bool Better(LabelMatch m, RowLabel label, LabelMatch best, RowLabel bestLabel)
    {
        var score = (double)m.Distance / label.Core.Length;
        var bestScore = (double)best.Distance / bestLabel.Core.Length;
        return score < bestScore || (score == bestScore && label.Core.Length > bestLabel.Core.Length);
    }

    // "其他" and "总计" are also column headings: only with their numbering, or right after the row they follow.
    private static bool ShortLabelAllowed(RowLabel label, string text, string? lastKey) => label.Key switch
    {
        RowKeys.OtherHandlingOther => EndsWithNumbered(text, "3", "其他") || lastKey == RowKeys.OtherHandlingFeeOverdue,
        RowKeys.OutcomeTotal => EndsWithNumbered(text, "七", "总计") || lastKey is RowKeys.OtherHandling or RowKeys.OtherHandlingOther,
        _ => true,
    };

    private static bool EndsWithNumbered(string text, string number, string word)
    {
        if (!text.EndsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        var head = text[..^word.Length].TrimEnd(' ', '.', '、', ')', '）');
        return head.EndsWith(number, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]{1,12}\)$")]
    private static partial System.Text.RegularExpressions.Regex TrailingNote();
}
