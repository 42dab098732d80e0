using System.Collections.Immutable;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Domain.Reports.Figures;

/// <summary>
/// What a region's figures need of one report, taken from its reading once when it is stored: the scope part 一
/// states (a 本级汇总 report is left out of pooled sums, oversight.md §5), the template, the figures the report
/// gives alone, the 行政规范性文件 counts of 表二 that 规范性文件清理率 pairs across two years (本年废止 this year over
/// 现行有效 last year), and the outcome groups of 表三 in the 总计 column.
/// </summary>
public sealed record ReportDigest(
    ReportScope Scope, string Template, ImmutableArray<Figure> Figures, decimal? NormativeRepealed, decimal? NormativeInForce, ImmutableArray<decimal> Outcomes)
{
    public static ReportDigest Of(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var format2021 = report.Template == ReportTemplate.Format2021;
        return new ReportDigest(
            ScopeRule.ScopeOf(report),
            report.Template.Code,
            ReportFigures.Own(report),
            format2021 ? report.Proactive?.Cell(RowKeys.NormativeDocuments, 1) : null,
            format2021 ? report.Proactive?.Cell(RowKeys.NormativeDocuments, 2) : null,
            [.. ReportFigures.OutcomeGroups.Select(g => ReportFigures.OutcomeCount(report, g.Key))]);
    }
}
