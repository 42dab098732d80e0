using System.Collections.Immutable;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>Every rule of the annual report, in the order a person reads the report.</summary>
public static class ReportRules
{
    public static ImmutableArray<IReportRule> All { get; } =
    [
        new OutdatedTemplateRule(),
        new MissingTablesRule(),
        new MissingRowsRule(),
        new NonNegativeRule(),
        new WholeNumberRule(),
        new ApplicantTotalColumnRule(),
        new OutcomeTotalRule(),
        new ApplicationsBalanceRule(),
        new ReviewLitigationTotalRule(),
    ];

    /// <summary>
    /// The rules of the narrative parts 一 to 六 (R02, R03 and the parts' presence), quiet for a report whose
    /// narrative was not read (an XLSX, an older JSON).
    /// </summary>
    public static ImmutableArray<IReportRule> Narrative { get; } =
    [
        new NarrativePartsRule(),
        new ProblemsStatedRule(),
        new FeeStatementRule(),
        new TextAgreesWithTablesRule(),
    ];

    /// <summary>Runs every rule; <paramref name="previous"/> is last year's report of the same agency, if known.</summary>
    public static ImmutableArray<Finding> Check(AnnualReport report, AnnualReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. All.SelectMany(r => r.Check(report, previous)), .. Narrative.SelectMany(r => r.Check(report, previous)), .. CheckAcrossYears(report, previous)];
    }

    /// <summary>The rules that compare a report with last year's (<see cref="PreviousYearRules"/>).</summary>
    public static ImmutableArray<IReportRule> AcrossYears => PreviousYearRules.All;

    /// <summary>Findings of the across-year rules alone; none when <paramref name="previous"/> is null.</summary>
    public static ImmutableArray<Finding> CheckAcrossYears(AnnualReport report, AnnualReport? previous) =>
        PreviousYearRules.Check(report, previous);

    /// <summary>The Chinese name of the rule that makes findings of <paramref name="code"/>, or null for a reader's code.</summary>
    public static string? NameOf(string code) =>
        All.Concat(Narrative).Concat(AcrossYears).FirstOrDefault(r => r.Code == code)?.Name;

    /// <summary>
    /// What made a finding, in Chinese: the rule's own name, a reader's name for its code (<see cref="FindingCodes"/>),
    /// or, for a code neither knows (a finding stored by an older version), that the reader said it.
    /// </summary>
    public static string FindingName(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return NameOf(code) ?? (code == PreviousYearRules.YearCode ? "上年报告不是相邻年度" : null) ?? FindingCodes.NameOf(code)
            ?? (code.Contains('.', StringComparison.Ordinal) ? "读取文件时的提示" : code);
    }

    /// <summary>The report with the rules' findings appended to what it already carries.</summary>
    public static AnnualReport Apply(AnnualReport report, AnnualReport? previous = null) =>
        report.WithFindings(Check(report, previous));

    /// <summary>The sum of the first <paramref name="count"/> cells, or null when one of them is unread.</summary>
    internal static decimal? Sum(ImmutableArray<decimal?> cells, int count)
    {
        var sum = 0m;
        for (var c = 0; c < count; c++)
        {
            if (cells[c] is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }

    internal static string Format(decimal value) => ChineseNumbers.Figure(value);
}
