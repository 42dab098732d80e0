using System.Collections.Immutable;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents.Text;

/// <summary>
/// Reads an annual report from plain text in any of the layouts published reports come in: tab-separated rows,
/// one cell per line, a whole report on one line, Markdown pipe tables, <c>pdftotext -layout</c> output. Cells that
/// ran together and blank cells are resolved with the template's identities; every inference is a finding.
/// </summary>
public static class TextReportReader
{
    /// <summary>
    /// The report read from <paramref name="text"/>, carrying what the format's reader noticed before it
    /// (<paramref name="readerFindings"/>: damaged bytes, cells it could not take), or the reason there is none.
    /// A second report in the same text is not read but said (<see cref="SecondReport"/>).
    /// </summary>
    public static Result<AnnualReport> Read(string text, string? source, IReadOnlyCollection<Finding>? readerFindings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Finding> more = [.. readerFindings ?? []];
        var report = ReadTables(text, source);
        if (report is not null && SecondReport.Find(text) is { } split && ReadTables(split.First, source) is { } first)
        {
            report = first;
            more.Add(Finding.Warning(FindingCodes.ParseSecondReport, null, null, null,
                $"文件中还有另一份年度报告（第{split.Line}行起「{split.Title}」，{split.Second.Agency ?? "机关不详"}{(split.Second.Year is { } y ? $" {y} 年" : "")}），未读取；请把两份报告分开保存后分别读取"));
        }

        if (report is null)
        {
            var damage = more.FirstOrDefault(f => f.Code == FindingCodes.TextInvalidBytes);
            return Result.Fail<AnnualReport>("文件中没有找到年度报告的统计表（表二、表三、表四）" + (damage is null ? "" : $"；另：{damage.Message}"));
        }

        return Result.Ok(more.Count == 0 ? report : report.WithFindings(more));
    }

    /// <summary>
    /// The tables read with reader and rule findings, or null when the text holds no report table; the readers that
    /// weigh two texts of one file (PDF) compare these before one becomes the file's <see cref="Read"/>.
    /// </summary>
    internal static AnnualReport? ReadTables(string text, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var located = TableLocator.Locate(Tokenizer.Segments(normalized));
        if (located.Proactive.Count == 0 && located.Applications.Count == 0 && located.ReviewLitigation.Count == 0)
        {
            return null;
        }

        var (title, agency, year) = TitleReader.Read(normalized);
        var findings = new List<Finding>();
        var template = DetectTemplate(located, year);
        var proactive = located.Proactive.Count > 0 ? ProactiveTable(template, located, findings) : null;
        var applications = located.Applications.Count > 0 ? ApplicationsTable(template, located, findings) : null;
        var review = located.ReviewLitigation.Count > 0 ? ReviewTable(template, located, findings) : null;
        foreach (var table in located.NumbersBeforeLabels)
        {
            var read = table == TableId.Proactive ? proactive : table == TableId.Applications ? applications : review;
            foreach (var (row, values) in read?.Rows ?? [])
            {
                if (values is not null)
                {
                    findings.Add(Finding.Warning(FindingCodes.ParseMisaligned, table, row.Key, null,
                        $"{read!.Spec.CellName(row.Key, null)}：{table.PrintedName()}的数字印在行标签之前（按绘制顺序提取的 PDF 文字），无法确定哪些数字属于本行，请核对原件"));
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
                $"{table.PrintedName()}第{line}行附近「{orphanText}」后的数字（{numbers}）不属于任何已知行，未读取"));
        }

        var report = new AnnualReport(template)
        {
            Source = source,
            Title = title,
            Agency = agency,
            Year = year,
            Proactive = proactive,
            Applications = applications,
            ReviewLitigation = review,
            Sections = NarrativeReader.Read(normalized, located),
            Findings = [.. findings],
        };
        return ReportRules.Apply(report);
    }

    /// <summary>
    /// The format is told by the tables, not the year (report-json.md): 表二's column headings first
    /// (本年制发件数 is 2021, 本年新制作数量/上一年项目数量 is 2019), then 表三's （六） sub-rows, then the year.
    /// </summary>
    private static ReportTemplate DetectTemplate(LocatedTables located, int? year)
    {
        var header = located.ProactiveHeader.ToString();
        string[] marks2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"];
        string[] marks2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额"];
        var votes2021 = marks2021.Count(m => header.Contains(m, StringComparison.Ordinal));
        var votes2019 = marks2019.Count(m => header.Contains(m, StringComparison.Ordinal))
            + (located.Proactive.ContainsKey(RowKeys.OtherExternalServices) ? 1 : 0) + (located.Proactive.ContainsKey(RowKeys.CentralizedProcurement) ? 1 : 0);
        if (votes2021 != votes2019)
        {
            return votes2021 > votes2019 ? ReportTemplate.Format2021 : ReportTemplate.Trial2019;
        }

        if (located.Applications.Keys.Any(k => k.StartsWith("otherHandling.", StringComparison.Ordinal)))
        {
            return ReportTemplate.Format2021;
        }

        if (located.Applications.ContainsKey(RowKeys.OtherHandling) && year is null or < 2021)
        {
            return ReportTemplate.Trial2019;
        }

        return ReportTemplate.ForYear(year ?? 2021);
    }

    private static ReportTable ProactiveTable(ReportTemplate template, LocatedTables located, List<Finding> findings)
    {
        var spec = template.Proactive;
        var readings = new Dictionary<string, RowReadingSet>();
        foreach (var row in spec.Rows)
        {
            if (located.Proactive.TryGetValue(row.Key, out var printed))
            {
                Func<decimal[], int>? shape = row.Key is RowKeys.Regulations or RowKeys.NormativeDocuments ? DocumentsPlausibility
                    : row.Columns.Length == 3 && row.Columns[1].Kind == CellKind.SignedCount ? ItemsPlausibility : null;
                var signed = row.Columns.Select(c => c.Kind == CellKind.SignedCount).ToArray();
                readings[row.Key] = RowReadings.Enumerate(printed.Numbers, row.Columns.Length, [], v => SignPlausibility(v, signed) + (shape?.Invoke(v) ?? 0));
            }
        }

        return Build(spec, located.Proactive, TableSolver.SolveRows(readings), findings);
    }

    // Only 2019's 本年增/减 may be negative: a reading that puts a signed figure in another column is far less likely
    // than one that leaves a zero blank. A WPS-printed 2019 report with zeros left blank runs "行政许可 -2 279" (上一年
    // 0, 增/减 -2, 处理决定 279) and "行政处罚 55 -4" together; without this the cheaper split "-2、2、79" was taken.
    private static int SignPlausibility(decimal[] v, bool[] signed)
    {
        var cost = 0;
        for (var c = 0; c < v.Length; c++)
        {
            cost += v[c] < 0 && !signed[c] ? 10 : 0;
        }

        return cost;
    }

    // 表二 第（一）项: the documents in force include this year's, so 现行有效件数 below 本年制发件数 is unlikely.
    private static int DocumentsPlausibility(decimal[] v) => v[2] < v[0] ? 2 : 0;

    // 2019 表二 上一年项目数量 | 本年增/减 | 处理决定数量: no rule ties them, but agencies mostly print the third as the
    // first plus the change ("21 +19 40", "339 +123 462", "8249 -1942 6307", "6 减4 2" in 2019–2020 reports), so of
    // several readings of a row that ran together the one that adds up is the likelier (still warned as ambiguous).
    private static int ItemsPlausibility(decimal[] v) => v[0] + v[1] == v[2] ? 0 : 1;

    private static ReportTable ApplicationsTable(ReportTemplate template, LocatedTables located, List<Finding> findings)
    {
        var single = located.Applications.ContainsKey(RowKeys.OtherHandling) && !located.Applications.Keys.Any(k => k.StartsWith("otherHandling.", StringComparison.Ordinal));
        var spec = single ? ReportTemplate.ApplicationsWithSingleOtherHandling : template.Applications;
        if (single && template == ReportTemplate.Format2021)
        {
            findings.Add(Finding.Warning(FindingCodes.TemplateSingleOtherHandling, TableId.Applications, RowKeys.OtherHandling, null,
                "表三「（六）其他处理」印成一行，而2021年格式（国办公开办函〔2021〕30号）分为逾期不补正、逾期未缴费、其他三行"));
        }

        RowEquation[] total = [new([0, 1, 2, 3, 4, 5], 6)];
        var readings = new Dictionary<string, RowReadingSet>();
        foreach (var row in spec.Rows)
        {
            if (located.Applications.TryGetValue(row.Key, out var printed))
            {
                readings[row.Key] = RowReadings.Enumerate(printed.Numbers, row.Columns.Length, total, ApplicantPlausibility);
            }
        }

        var solution = TableSolver.SolveApplications(readings, [.. spec.OutcomeRowKeys]);
        return Build(spec, located.Applications, solution, findings);
    }

    // 表三: most applicants are 自然人 (上海市人民政府办公厅 2019: 821 of 859; 区县 pages often print only 自然人 and 总计,
    // "3 3"), so of readings that all keep the row's sums, those with fewer organisations are the likelier.
    private static int ApplicantPlausibility(decimal[] v)
    {
        var cost = 0;
        for (var c = 1; c < 6; c++)
        {
            cost += v[c] != 0 ? 1 : 0;
        }

        return cost;
    }

    private static ReportTable ReviewTable(ReportTemplate template, LocatedTables located, List<Finding> findings)
    {
        var spec = template.ReviewLitigation;
        RowEquation[] groups = [new([0, 1, 2, 3], 4), new([5, 6, 7, 8], 9), new([10, 11, 12, 13], 14)];
        var readings = new Dictionary<string, RowReadingSet> { ["all"] = RowReadings.Enumerate(located.ReviewLitigation, 15, groups) };
        var solution = TableSolver.SolveRows(readings);
        var printed = string.Join(" ", located.ReviewLitigation.Select(n => n.Shown));
        var name = $"{spec.PrintedName}";
        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        if (solution.Chosen.TryGetValue("all", out var chosen))
        {
            for (var g = 0; g < 3; g++)
            {
                rows[spec.Rows[g].Key] = chosen.Values.Skip(g * 5).Take(5).Select(v => (decimal?)v).ToArray();
            }

            if (Describes(chosen, solution, "all"))
            {
                Describe(findings, TableId.ReviewLitigation, null, name, printed, chosen, solution, "all");
            }
            else
            {
                var blanks = RowReadings.BlankColumns(located.ReviewLitigation, 15);
                for (var g = 0; g < 3; g++)
                {
                    int[] inGroup = [.. blanks.Where(c => c / 5 == g).Select(c => c % 5)];
                    TellBlanks(findings, spec, spec.Rows[g].Key, inGroup, chosen, verifiable: true);
                }
            }
        }
        else
        {
            foreach (var row in spec.Rows)
            {
                rows[row.Key] = new decimal?[5];
            }

            findings.Add(Finding.Error(FindingCodes.ParseUnresolved, TableId.ReviewLitigation, null, null,
                $"{name}印作「{printed}」，共{located.ReviewLitigation.Count}个数，与表四的15个单元格对不上，无法读取"));
        }

        return ReportTable.Create(spec, rows);
    }

    private static ReportTable Build(TableSpec spec, Dictionary<string, PrintedRow> printedRows, TableSolution solution, List<Finding> findings)
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
    private static void TellBlanks(List<Finding> findings, TableSpec spec, string rowKey, int[] blanks, RowReading chosen, bool verifiable)
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
    private static bool Describes(RowReading chosen, TableSolution solution, string key) =>
        chosen.Inferred || solution.Unresolved.Contains(key) || solution.Unsettled.Contains(key) || solution.Alternatives.ContainsKey(key);

    private static void Describe(List<Finding> findings, TableId table, string? row, string name, string printed, RowReading chosen, TableSolution solution, string key)
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
}
