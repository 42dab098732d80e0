using System.Collections.Immutable;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>One rule of the report and what it found: none means passed (✓).</summary>
internal sealed record RuleCheck(string Code, string Name, ImmutableArray<Finding> Findings)
{
    public bool Passed => Findings.IsEmpty;
}

/// <summary>The annual report of an agency and year as the workspace shows it.</summary>
internal sealed record AnnualReportView(
    Agency Agency,
    int Year,
    AnnualReport Report,
    AnnualReportDraft? Draft,
    FeeStatement Fees,
    PublicationDeadline Deadline,
    ImmutableArray<RuleCheck> Rules,
    ImmutableArray<RuleCheck> AcrossYears,
    bool PreviousKnown);

/// <summary>
/// 年度报告 from the cases (<see cref="AnnualReportQuery"/>) with the draft's narrative and the fee sentence as the
/// writers expect them (<see cref="AnnualReport.Sections"/>), checked by every rule; the across-year rules run
/// against last year's report, built the same way, when the agency has one.
/// </summary>
internal static class LoadAnnualReport
{
    public const string OverviewHeading = "一、总体情况";
    public const string ProblemsHeading = "五、存在的主要问题及改进情况";
    public const string OtherMattersHeading = "六、其他需要报告的事项";

    public static async Task<AnnualReportView> RunAsync(GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId, cancellationToken);
        var (report, draft, fees) = await BuildAsync(db, agencyId, year, cancellationToken);
        var previous = await ExistsAsync(db, agencyId, year - 1, cancellationToken)
            ? (await BuildAsync(db, agencyId, year - 1, cancellationToken)).Report
            : null;

        var findings = ReportRules.Check(report, previous);
        var rules = ReportRules.All.Select(r => Check(r, findings)).ToImmutableArray();
        var across = ReportRules.AcrossYears.Select(r => Check(r, findings)).ToImmutableArray();
        return new AnnualReportView(agency, year, report.WithFindings(findings), draft, fees,
            agency.DeadlineFor(year), rules, across, previous is not null);
    }

    /// <summary>The report of the year with its narrative sections, as exported.</summary>
    public static async Task<(AnnualReport Report, AnnualReportDraft? Draft, FeeStatement Fees)> BuildAsync(
        GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var report = await AnnualReportQuery.BuildAsync(db, agencyId, year, cancellationToken);
        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken);
        var fees = await FeeStatement.ForYearAsync(db, agencyId, year, cancellationToken);
        return (WithNarrative(report, draft, fees), draft, fees);
    }

    /// <summary>
    /// Sections 一、五、六 from the draft; 六 always opens with the fee sentence. A section left empty is not set, so
    /// the writers print what the figures say (一) or a bracketed note of what belongs there (五).
    /// </summary>
    public static AnnualReport WithNarrative(AnnualReport report, AnnualReportDraft? draft, FeeStatement fees)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(fees);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        if (draft?.Overview is { Length: > 0 } overview)
        {
            sections.Add(new ReportSection(1, OverviewHeading, overview));
        }

        if (draft?.Problems is { Length: > 0 } problems)
        {
            sections.Add(new ReportSection(5, ProblemsHeading, problems));
        }

        var other = string.IsNullOrWhiteSpace(draft?.OtherMatters) ? fees.Sentence : fees.Sentence + "\n" + draft.OtherMatters;
        sections.Add(new ReportSection(6, OtherMattersHeading, other));
        return report with { Sections = sections.ToImmutable() };
    }

    /// <summary>Whether the agency has a report for the year: a request received by its end, or a draft.</summary>
    public static async Task<bool> ExistsAsync(GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var yearEnd = new DateOnly(year, 12, 31);
        return await db.Requests.AnyAsync(r => r.AgencyId == agencyId && r.ReceivedOn <= yearEnd, cancellationToken)
            || await db.AnnualReportDrafts.AnyAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken);
    }

    /// <summary>The years the agency can report on: from its first request (or draft) to this year, newest first.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(GongkaiDb db, int agencyId, int thisYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var first = await db.Requests.Where(r => r.AgencyId == agencyId).MinAsync(r => (DateOnly?)r.ReceivedOn, cancellationToken);
        var firstDraft = await db.AnnualReportDrafts.Where(d => d.AgencyId == agencyId).MinAsync(d => (int?)d.Year, cancellationToken);
        var from = Math.Min(first?.Year ?? thisYear, firstDraft ?? thisYear);
        return [.. Enumerable.Range(from, thisYear - from + 1).Reverse()];
    }

    private static RuleCheck Check(IReportRule rule, ImmutableArray<Finding> findings) =>
        new(rule.Code, rule.Name, [.. findings.Where(f => f.Code == rule.Code)]);
}
