using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>What a report's figures cover, as its part 一 tells it (oversight.md §1).</summary>
public enum ReportScope
{
    /// <summary>Not told clearly.</summary>
    Unknown,

    /// <summary>本机关: the unit itself ("本机关共收到政府信息公开申请…").</summary>
    Unit,

    /// <summary>本级汇总: a whole region ("全市共收到政府信息公开申请…").</summary>
    Region,
}

/// <summary>
/// X12 两年统计口径一致: a report covers the unit itself (本机关) or its whole region (本级汇总) the same way in both
/// years, or its figures cannot be compared (oversight.md §1: roll-ups add 本机关 reports only). Conservative: the
/// scope is taken only from a clear sentence of part 一 on the applications received, and a report that says both
/// or neither has no scope.
/// </summary>
public sealed partial class ScopeRule : IReportRule
{
    public string Code => "acrossYears.scope";

    public string Name => "两年统计口径（本机关或本级汇总）一致";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null || ScopeOf(report) is not (var now and not ReportScope.Unknown) || ScopeOf(previous) is not (var then and not ReportScope.Unknown) || now == then)
        {
            yield break;
        }

        yield return Finding.Warning(Code, null, null, null,
            $"本年报告第一部分按{ScopeName(now)}报告（「{Evidence(report)}」），上年报告按{ScopeName(then)}报告（「{Evidence(previous)}」），两年数字口径不同，不能直接比较");
    }

    /// <summary>The scope part 一 states, from its sentences on the applications received.</summary>
    public static ReportScope ScopeOf(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.SectionText(1) ?? "";
        var region = RegionSentence().IsMatch(text);
        var unit = UnitSentence().IsMatch(text);
        return region == unit ? ReportScope.Unknown : region ? ReportScope.Region : ReportScope.Unit;
    }

    private static string Evidence(AnnualReport report)
    {
        var text = report.SectionText(1) ?? "";
        var m = RegionSentence().Match(text);
        return (m.Success ? m : UnitSentence().Match(text)).Value;
    }

    private static string ScopeName(ReportScope scope) => scope == ReportScope.Region ? "本级汇总口径" : "本机关口径";

    // "全市共收到政府信息公开申请1234件", "全区各级行政机关共受理…申请".
    [GeneratedRegex(@"全[市区县省州旗](?:各级行政机关|各部门|各级|)[^。；，,]{0,8}(?:收到|受理|新收)[^。；]{0,10}申请")]
    private static partial Regex RegionSentence();

    // "本机关共收到政府信息公开申请51件", "我局全年受理…申请".
    [GeneratedRegex(@"(?:本机关|本单位|本部门|本局|本委|本办|我局|我委|我办|我单位)[^。；，,]{0,8}(?:收到|受理|新收)[^。；]{0,10}申请")]
    private static partial Regex UnitSentence();
}
