using Gongkai.Domain.Reports;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Annual reports for the demonstration region's units: counts drawn at random, then made to satisfy every rule of
/// the 2021 template (each 总计 the sum of its parts, 一+二 = 三（七）+四 per column), as a real report should.
/// </summary>
internal static class DemoReports
{
    /// <summary>
    /// A report of <paramref name="agency"/> for <paramref name="year"/>: 上年结转 carries <paramref name="previous"/>'s
    /// 结转下年度 over column by column, as it should; the narrative is drawn from <see cref="Overview"/>,
    /// <see cref="Problems"/> and <see cref="Other"/> so that no two consecutive years of a unit say the same thing.
    /// </summary>
    public static AnnualReport Generate(Random random, string agency, int year, AnnualReport? previous = null, int variant = 0)
    {
        var template = ReportTemplate.Format2021;
        return new AnnualReport(template)
        {
            Agency = agency,
            Year = year,
            Proactive = Proactive(random, template.Proactive, previous?.Proactive),
            Applications = Applications(random, template.Applications, previous?.Applications?[RowKeys.CarriedForward]),
            ReviewLitigation = Review(random, template.ReviewLitigation),
            Sections =
            [
                new ReportSection(1, "一、总体情况", $"{year}年，{agency}{Pick(Overview, year, variant)}"),
                new ReportSection(5, "五、存在的主要问题及改进情况", Pick(Problems, year, variant)),
                new ReportSection(6, "六、其他需要报告的事项", $"本年度未收取信息处理费。{Pick(Other, year, variant, 1)}"),
            ],
        };
    }

    /// <summary>
    /// The report with 表三「二、上年结转」「自然人」列 two more than last year's 结转下年度 (and as many more disclosed, so
    /// the year's own sums still hold): a carry-over only the comparison with last year finds (X01).
    /// </summary>
    public static AnnualReport BreakCarryOver(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = report.Applications!;
        foreach (var key in new[] { RowKeys.CarriedOver, RowKeys.Disclosed, RowKeys.OutcomeTotal })
        {
            var row = table[key]!.Value.ToArray();
            row[0] += 2;
            row[6] += 2;
            table = table.With(key, row);
        }

        return report with { Applications = table };
    }

    /// <summary>The report with part 五 as last year's, only the year changed: copied text (X08).</summary>
    public static AnnualReport CopyProblems(AnnualReport report, AnnualReport previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(previous);
        var copied = previous.SectionText(5)!.Replace($"{previous.Year}年", $"{report.Year}年", StringComparison.Ordinal);
        return report with { Sections = [.. report.Sections.Select(s => s.Number == 5 ? s with { Text = copied } : s)] };
    }

    /// <summary>
    /// The report with parts 一, 五 and 六 as another unit's report of the same year says them, that unit's name
    /// replaced by this one's: copied from another unit (X09).
    /// </summary>
    public static AnnualReport CopyNarrative(AnnualReport report, AnnualReport other)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(other);
        return report with { Sections = [.. other.Sections.Select(s => s with { Text = s.Text.Replace(other.Agency!, report.Agency, StringComparison.Ordinal) })] };
    }

    // Sentences of a bank drawn for each unit and year: units rarely say the same thing, and a unit's consecutive
    // years seldom share more than a sentence.
    private static string Pick(string[] bank, int year, int variant, int count = 3)
    {
        var random = new Random((year * 7919) + (variant * 104729));
        return string.Concat(bank.OrderBy(_ => random.Next()).Take(count));
    }

    private static readonly string[] Overview =
    [
        "深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。",
        "围绕中心工作，主动公开规划计划、财政预决算和重大项目批准实施情况。",
        "完善依申请公开受理、审查、答复全流程台账，按期答复每一件申请。",
        "强化政策解读，采用图解、视频和新闻发布会等形式回应社会关切。",
        "推进基层政务公开标准化规范化，更新事项目录并逐项明确公开时限。",
        "优化政府网站信息公开专栏，清理过期链接，栏目更新保持及时。",
        "落实公开前保密审查和个人信息保护要求，未发生泄密事件。",
        "组织全体工作人员参加条例专题培训，提升依法答复的能力。",
        "把政务公开纳入年度绩效考核，定期通报各科室信息报送情况。",
    ];

    private static readonly string[] Problems =
    [
        "部分栏目信息发布不够及时，个别科室报送滞后。",
        "政策解读形式较为单一，图文解读和视频解读数量偏少。",
        "依申请公开答复文书的说理还不够充分，法律依据引用不够精确。",
        "下一步将建立栏目更新提醒机制，每月检查一次更新情况。",
        "基层工作人员流动较大，业务熟练程度参差不齐。",
        "将邀请法律顾问逐件审核答复文书，并汇编典型案例供学习。",
        "公众参与渠道利用率不高，意见征集反馈不够充分。",
        "将在重要政策出台前公开征求意见，并公布采纳情况。",
        "数据开放的数量和质量仍需提高，部分数据更新周期较长。",
    ];

    private static readonly string[] Other =
    [
        "本年度办理人大代表建议和政协提案，均按期公开答复全文。",
        "按要求公开了行政事业性收费目录清单。",
        "年内组织政府开放日活动，邀请市民代表走进机关。",
        "本年度未发生因政府信息公开引发的安全事件。",
    ];

    private static int Count(Random r, int scale) => r.Next(10) switch
    {
        < 5 => 0,
        < 9 => r.Next(1, 6 * scale),
        _ => r.Next(6 * scale, 40 * scale),
    };

    /// <summary>
    /// 表二 drawn at random; with last year's table, the documents in force follow on from it (现行有效 = last year's +
    /// 制发 − 废止) and the documents issued and the decisions move a quarter of the way from last year's count to the draw, as a unit's work does.
    /// </summary>
    private static ReportTable Proactive(Random r, TableSpec spec, ReportTable? last)
    {
        var rows = spec.Rows.ToDictionary(
            row => row.Key,
            row => row.Columns.Select(c => (decimal?)(c.Kind == CellKind.Money ? Math.Round((decimal)r.NextDouble() * 50, 2) : Count(r, 10))).ToArray());
        if (last is null)
        {
            foreach (var key in new[] { RowKeys.Regulations, RowKeys.NormativeDocuments })
            {
                rows[key][2] = Math.Max(rows[key][2]!.Value, rows[key][0]!.Value);
                rows[key][1] = Math.Min(rows[key][1]!.Value, rows[key][2]!.Value);
            }
        }
        else
        {
            foreach (var key in new[] { RowKeys.Regulations, RowKeys.NormativeDocuments })
            {
                var before = last.Cell(key, 2) ?? 0;
                var row = rows[key];
                var issued = last.Cell(key, 0) ?? 0;
                row[0] = issued + Math.Truncate((row[0]!.Value - issued) / 4);
                row[1] = Math.Min(Math.Truncate(row[1]!.Value / 4), before + row[0]!.Value);
                row[2] = before + row[0] - row[1];
            }

            foreach (var key in new[] { RowKeys.AdministrativeLicensing, RowKeys.AdministrativePenalty, RowKeys.AdministrativeCoercion })
            {
                var before = last.Cell(key, 0) ?? 0;
                rows[key][0] = before + Math.Truncate((rows[key][0]!.Value - before) / 4);
            }
        }

        return ReportTable.Create(spec, rows.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<decimal?>?)kv.Value));
    }

    private static ReportTable Applications(Random r, TableSpec spec, IReadOnlyList<decimal?>? lastForward)
    {
        var outcomes = spec.OutcomeRowKeys.ToList();
        var rows = spec.Rows.ToDictionary(row => row.Key, _ => new decimal?[7]);
        for (var c = 0; c < 6; c++)
        {
            // 自然人 ask most; the other kinds of applicant now and then.
            var scale = c == 0 ? 3 : 1;
            decimal outcomeTotal = 0;
            foreach (var key in outcomes)
            {
                var n = key is RowKeys.Disclosed or RowKeys.PartiallyDisclosed or RowKeys.UnavailableNotHeld ? Count(r, scale) : (r.Next(8) == 0 ? r.Next(1, 3) : 0);
                rows[key][c] = n;
                outcomeTotal += n;
            }

            var forward = r.Next(4) == 0 ? r.Next(1, 4) : 0;
            var drawn = Math.Min(r.Next(3), (int)outcomeTotal + forward);
            var over = lastForward?[c] is { } carried ? (int)carried : drawn;
            if (outcomeTotal + forward < over)
            {
                // What was carried over must be decided this year or carried forward again.
                rows[RowKeys.Disclosed][c] = (rows[RowKeys.Disclosed][c] ?? 0) + over - forward - outcomeTotal;
                outcomeTotal = over - forward;
            }

            rows[RowKeys.OutcomeTotal][c] = outcomeTotal;
            rows[RowKeys.CarriedForward][c] = forward;
            rows[RowKeys.CarriedOver][c] = over;
            rows[RowKeys.NewlyReceived][c] = outcomeTotal + forward - over;
        }

        foreach (var row in rows.Values)
        {
            row[6] = Enumerable.Range(0, 6).Sum(c => row[c] ?? 0);
        }

        return ReportTable.Create(spec, rows.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<decimal?>?)kv.Value));
    }

    private static ReportTable Review(Random r, TableSpec spec) => ReportTable.Create(spec, spec.Rows.ToDictionary(
        row => row.Key,
        row =>
        {
            var values = new decimal?[5];
            for (var c = 0; c < 4; c++)
            {
                values[c] = r.Next(6) == 0 ? r.Next(1, 4) : 0;
            }

            values[4] = values.Take(4).Sum();
            return (IReadOnlyList<decimal?>?)values;
        }));
}
