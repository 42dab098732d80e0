using System.Collections.Immutable;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Domain.Reports;

/// <summary>
/// 汇总: adds up the reports of several agencies for one year and one template into one report (a city's or a
/// system's figures), cell by cell. A cell that any report lacks is unknown in the sum, with a warning naming the
/// reports; the rules are run on the result. Reports of different years or templates are refused, not mixed.
/// </summary>
public static class ReportRollup
{
    /// <summary>The sum, or a Chinese reason naming the reports that differ from the rest.</summary>
    public static Result<AnnualReport> Sum(IReadOnlyList<AnnualReport> reports, string? name)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return Result.Fail<AnnualReport>("没有可汇总的报告");
        }

        var groups = reports.GroupBy(r => (r.Year, r.Template.Code)).OrderByDescending(g => g.Count()).ToList();
        if (groups.Count > 1)
        {
            var main = groups[0].Key;
            var odd = groups.Skip(1).SelectMany(g => g).Select(r => $"{r.Source ?? r.Agency ?? "（未知来源）"}（{Describe(r.Year, r.Template.Code)}）");
            return Result.Fail<AnnualReport>($"不能汇总不同年度或不同格式的报告：多数报告为{Describe(main.Year, main.Code)}，以下报告不同：{string.Join("；", odd)}");
        }

        var template = reports[0].Template;
        var findings = new List<Finding>();
        ReportTable? Table(TableId id)
        {
            var tables = reports.Select(r => r.Table(id)).ToList();
            var spec = tables.OfType<ReportTable>().Select(t => t.Spec).FirstOrDefault() ?? template.Table(id);
            // 表三 printed with （六） as one row in some reports and as three in others: the three sub-rows
            // cannot be recovered from the one, so the sum uses the single row and adds the sub-rows into it.
            if (id == TableId.Applications && tables.OfType<ReportTable>().Select(t => t.Spec).Distinct().Count() > 1)
            {
                spec = ReportTemplate.ApplicationsWithSingleOtherHandling;
            }

            var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
            foreach (var row in spec.Rows)
            {
                var sum = new decimal?[row.Columns.Length];
                var missing = new List<string>();
                for (var c = 0; c < sum.Length; c++)
                {
                    sum[c] = 0;
                }

                foreach (var (table, report) in tables.Zip(reports))
                {
                    var cells = table is null ? null : Row(table, row.Key);
                    if (cells is null)
                    {
                        missing.Add(report.Source ?? report.Agency ?? "（未知来源）");
                    }

                    for (var c = 0; c < sum.Length; c++)
                    {
                        sum[c] = cells is { } v && c < v.Length ? sum[c] + v[c] : null;
                    }
                }

                rows[row.Key] = sum;
                if (missing.Count > 0)
                {
                    findings.Add(Finding.Warning(FindingCodes.RollupUnknownCells, id, row.Key, null,
                        $"{spec.CellName(row.Key, null)}：以下报告缺少此行或有未读出的数值，汇总数未知：{string.Join("；", missing)}"));
                }
            }

            return ReportTable.Create(spec, rows);
        }

        var sum = new AnnualReport(template)
        {
            Agency = name,
            Year = reports[0].Year,
            Title = name is null ? null : $"{name}{(reports[0].Year is { } y ? y + "年" : "")}政府信息公开工作年度报告（汇总）",
            Source = $"汇总（{reports.Count} 份报告）",
            Proactive = Table(TableId.Proactive),
            Applications = Table(TableId.Applications),
            ReviewLitigation = Table(TableId.ReviewLitigation),
        };
        return Result.Ok(ReportRules.Apply(sum with { Findings = [.. findings] }));
    }

    /// <summary>A row's cells; in a three-row （六） table asked for the single row, the sum of the three.</summary>
    private static ImmutableArray<decimal?>? Row(ReportTable table, string key)
    {
        if (table[key] is { } row)
        {
            return row;
        }

        if (key != RowKeys.OtherHandling || table.Spec.IndexOf(RowKeys.OtherHandlingOther) < 0)
        {
            return null;
        }

        var parts = new[] { RowKeys.OtherHandlingCorrectionOverdue, RowKeys.OtherHandlingFeeOverdue, RowKeys.OtherHandlingOther }.Select(k => table[k]).ToList();
        if (parts.Any(p => p is null))
        {
            return null;
        }

        return [.. Enumerable.Range(0, parts[0]!.Value.Length).Select(c => parts.Aggregate((decimal?)0, (s, p) => s + p!.Value[c]))];
    }

    private static string Describe(int? year, string code) => $"{(year is { } y ? y + "年度" : "年度不明")}、{code} 格式";
}
