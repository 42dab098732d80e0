using System.Collections.Immutable;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// The checks of a report against the same unit's report of the year before (oversight.md §4, X01–X12 that need
/// last year): each a named rule with its basis. <c>gongkai check FILE --previous LAST</c> runs them all.
/// </summary>
public static class PreviousYearRules
{
    public const string YearCode = "acrossYears.year";

    public static ImmutableArray<IReportRule> All { get; } =
    [
        new CarryOverRule(),
        new ValidDocumentsRule(),
        new SuddenChangeRule(),
        new CopiedTablesRule(),
        new CopiedTextRule(),
        new TemplateChangeRule(),
        new BlankDriftRule(),
        new ScopeRule(),
    ];

    /// <summary>
    /// Findings of every rule; none when <paramref name="previous"/> is null. A "previous" report of another year
    /// than the one before gives one warning and no comparison: the rules hold between consecutive years only.
    /// </summary>
    public static ImmutableArray<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null)
        {
            return [];
        }

        if (report.Year is { } year && previous.Year is { } last && last != year - 1)
        {
            return [Finding.Warning(YearCode, null, null, null, $"作为上年报告比对的是{last}年度的报告，而本报告是{year}年度，不是相邻两年，未做跨年度核对")];
        }

        return [.. All.SelectMany(r => r.Check(report, previous))];
    }
}
