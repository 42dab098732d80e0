using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>
/// What the text reader says about what it read, in one place: a table put together from its rows' chosen readings
/// with a finding for each row read otherwise than as printed, blanks read as zeros, and the layout's own troubles
/// (numbers before labels, labels apart from numbers, numbers under no known row). Every finding about a row points
/// back at the line and the digits it was read from.
/// </summary>
internal static class ReadingFindings
{
    /// <summary>A table from its rows' chosen readings, with a finding for each row not read exactly as printed.</summary>
    public static ReportTable Build(TableSpec spec, Dictionary<string, PrintedRow> printedRows, TableSolution solution, List<Finding> findings)
    {
        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        foreach (var row in spec.Rows)
        {
            if (!printedRows.TryGetValue(row.Key, out var printed))
            {
                continue;
            }

            if (!printed.Match.Exact)
            {
                findings.Add(Finding.Info(FindingCodes.ParseLabelVariant, spec.Id, row.Key, null, $"{spec.CellName(row.Key, null)}的标签印作「{printed.Match.Printed}」"));
            }

            if (solution.Chosen.TryGetValue(row.Key, out var chosen))
            {
                rows[row.Key] = chosen.Values.Select(v => (decimal?)v).ToArray();
                if (Describes(chosen, solution, row.Key))
                {
                    Describe(findings, spec.Id, row.Key, spec.CellName(row.Key, null), printed.PrintedNumbers, chosen, solution, row.Key);
                }
                else
                {
                    TellBlanks(findings, spec, row.Key, RowReadings.BlankColumns(printed.Numbers, row.Columns.Length), chosen, verifiable: spec.Id != TableId.Proactive);
                }

                continue;
            }

            var name = spec.CellName(row.Key, null);

            rows[row.Key] = new decimal?[row.Columns.Length];
            var reason = printed.Numbers.Count > row.Columns.Length
                ? $"有{printed.Numbers.Count}个数，多于本行的{row.Columns.Length}列"
                : "无法拆分为本行各列";
            findings.Add(Finding.Error(FindingCodes.ParseUnresolved, spec.Id, row.Key, null, $"{name}印作「{printed.PrintedNumbers}」，{reason}，未能读取"));
        }

        // Every finding about a row points back at the line and the digits it was read from, so that a reviewer can
        // judge it without opening the original.
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i] is { Printed: null } f && f.Table == spec.Id && f.Row is { } key && printedRows.TryGetValue(key, out var source))
            {
                findings[i] = f with { Printed = source.PrintedNumbers, Line = source.Line };
            }
        }

        return ReportTable.Create(spec, rows);
    }

    // A blank cell is read as zero, as these tables mean it; where the row's sums take the blank in (表三's 总计, each
    // 表四 group's 总计) the zero is checked by them and an info says so, while a 表二 blank (武汉市汉阳区 2022 prints
    // 规章's 现行有效件数 empty) has nothing to check it against and is a warning, as is a blank the row's sums refuse.
    public static void TellBlanks(List<Finding> findings, TableSpec spec, string rowKey, int[] blanks, RowReading chosen, bool verifiable)
    {
        if (blanks.Length == 0)
        {
            return;
        }

        var row = spec.Row(rowKey)!;
        var columns = string.Concat(blanks.Select(c => $"「{row.Columns[c].Label}」"));
        var name = spec.CellName(rowKey, null);
        int? column = blanks.Length == 1 ? blanks[0] : null;
        if (verifiable && chosen.SatisfiesRow)
        {
            findings.Add(Finding.Info("parse.blankCell", spec.Id, rowKey, column, $"{name}{columns}印为空白，按0读取，与本行合计相符"));
        }
        else
        {
            var why = verifiable ? "按0读取后与本行合计不符" : "本行没有合计可以核对";
            findings.Add(Finding.Warning("parse.blankCell", spec.Id, rowKey, column, $"{name}{columns}印为空白，暂按0读取；{why}，请核对原件"));
        }
    }

    // Whether Describe has anything to say: a row read as printed, one way only, needs no finding (and no message).
    public static bool Describes(RowReading chosen, TableSolution solution, string key) =>
        chosen.Inferred || solution.Unresolved.Contains(key) || solution.Unsettled.Contains(key) || solution.Alternatives.ContainsKey(key);

    public static void Describe(List<Finding> findings, TableId table, string? row, string name, string printed, RowReading chosen, TableSolution solution, string key)
    {
        var alternatives = solution.Alternatives.GetValueOrDefault(key);
        var unsettled = solution.Unsettled.Contains(key);
        if (solution.Unresolved.Contains(key))
        {
            findings.Add(Finding.Error(FindingCodes.ParseUnresolved, table, row, null,
                $"{name}印作「{printed}」，没有一种读法符合勾稽关系，暂按「{chosen.Describe()}」读取"));
        }
        else if (alternatives is { Count: > 1 })
        {
            var shown = string.Join("；", alternatives.Take(6).Select(a => a.Describe()));
            var more = alternatives.Count > 6 ? "等" : "";
            var untried = unsettled ? "，另有读法未能逐一核验" : "";
            findings.Add(Finding.Warning(FindingCodes.ParseAmbiguous, table, row, null,
                $"{name}印作「{printed}」，有{alternatives.Count}种读法都符合规则：{shown}{more}{untried}；暂取「{chosen.Describe()}」，请核对原件"));
        }
        else if (unsettled)
        {
            findings.Add(Finding.Warning(FindingCodes.ParseAmbiguous, table, row, null,
                $"{name}印作「{printed}」，可能的读法太多，未能逐一核验；暂取符合规则的「{chosen.Describe()}」，请核对原件"));
        }
        else if (chosen.Inferred && solution.Broken)
        {
            findings.Add(Finding.Warning(FindingCodes.ParseUnverified, table, row, null,
                $"{name}印作「{printed}」（数字连写或有空白单元格），按本行勾稽关系读作「{chosen.Describe()}」，但本表各行无论怎样读，各列的勾稽关系都不成立，这一读法无从核验，请核对原件"));
        }
        else if (chosen.Inferred)
        {
            findings.Add(Finding.Info(FindingCodes.ParseInferred, table, row, null,
                $"{name}印作「{printed}」（数字连写或有空白单元格），按勾稽关系唯一读作「{chosen.Describe()}」"));
        }
    }

    /// <summary>The layout's troubles: numbers printed before the labels, labels apart from their numbers, numbers under no known row.</summary>
    public static void AboutLayout(LocatedTables located, ReportTable? proactive, ReportTable? applications, ReportTable? review, List<Finding> findings)
    {
        foreach (var table in located.NumbersBeforeLabels)
        {
            var read = table == TableId.Proactive ? proactive : table == TableId.Applications ? applications : review;
            foreach (var (row, values) in read?.Rows ?? [])
            {
                if (values is not null)
                {
                    var printed = (table == TableId.Proactive ? located.Proactive : table == TableId.Applications ? located.Applications : null)?.GetValueOrDefault(row.Key);
                    findings.Add(Finding.Warning(FindingCodes.ParseMisaligned, table, row.Key, null,
                        $"{read!.Spec.CellName(row.Key, null)}：{table.PrintedName()}的数字印在行标签之前（按绘制顺序提取的 PDF 文字），无法确定哪些数字属于本行，请核对原件")
                        with { Line = printed?.Line, Printed = printed?.PrintedNumbers });
                }
            }
        }

        foreach (var (table, count) in located.LabelsApart)
        {
            findings.Add(Finding.Warning(FindingCodes.ParseLabelsApart, table, null, null,
                $"{table.PrintedName()}有 {count} 个行标签连在一起印出、与其后的数字分开（如由 PDF 转成的 Markdown），无法按位置确定各行数字属于哪一行：本表的读取整体存疑，请核对原件"));
        }

        foreach (var (orphanText, numbers, line, table) in located.Orphans)
        {
            findings.Add(Finding.Warning(FindingCodes.ParseUnknownRow, table, null, null,
                $"{table.PrintedName()}第{line}行附近「{orphanText}」后的数字（{numbers}）不属于任何已知行，未读取") with { Line = line, Printed = numbers });
        }
    }
}
