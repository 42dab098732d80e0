using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>A stored report as its page shows it: the unit, dates, every version, the current reading and the reviews.</summary>
internal sealed record StoredReportView(
    PublishedReport Report,
    Agency Unit,
    PublicationDeadline Deadline,
    PublicationStatus Status,
    IReadOnlyList<ReportVersion> Versions,
    ReportVersion Current,
    AnnualReport Reading,
    IReadOnlyDictionary<string, FindingReview> Reviews,
    IReadOnlyList<CellCorrection> Corrections,
    AcrossYears AcrossYears)
{
    /// <summary>The findings a reviewer works through, the report's own and those against last year's report, errors first, info last.</summary>
    public IEnumerable<Finding> Findings => Reading.Findings.Concat(AcrossYears.Findings).OrderByDescending(f => f.Severity);

    /// <summary>Whether a finding is one of the checks against last year's report.</summary>
    public bool IsAcrossYears(Finding finding) => AcrossYears.Findings.Contains(finding);

    /// <summary>The worst finding on a cell (its own, its row's or its table's), for the cell's colour.</summary>
    public Severity? CellSeverity(TableId table, string row, int column) =>
        Reading.Findings.Where(f => f.Table == table && (f.Row is null || (f.Row == row && (f.Column is null || f.Column == column))))
            .Where(f => f.Severity != Severity.Info || f.Code == FindingCodes.ReviewCorrected)
            .Select(f => (Severity?)f.Severity).Max();

    public IEnumerable<Finding> RowFindings(TableId table, string row) =>
        Reading.Findings.Where(f => f.Table == table && f.Row == row && f.Severity != Severity.Info);
}

/// <summary>Loads a stored report for a scope; null when it does not exist or lies outside the scope.</summary>
internal static class LoadStoredReport
{
    public static async Task<StoredReportView?> RunAsync(GongkaiDb db, OversightScope scope, int reportId, CancellationToken cancellationToken)
    {
        var report = await db.PublishedReports.AsNoTracking().Include(r => r.Agency)
            .SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken).ConfigureAwait(false);
        if (report?.Agency is not { } unit || !scope.Contains(unit))
        {
            return null;
        }

        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var current = versions.Single(v => v.Id == report.CurrentVersionId);
        var reviews = await db.FindingReviews.AsNoTracking().Where(r => r.ReportId == reportId)
            .ToDictionaryAsync(r => r.FindingKey, cancellationToken).ConfigureAwait(false);
        var corrections = await db.CellCorrections.AsNoTracking().Where(c => c.ReportId == reportId).OrderBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var deadline = unit.DeadlineFor(report.Year);
        var status = PublicationStatuses.Classify(true, true, report.PublishedOn is { } on && deadline.IsLate(on), report.Errors, report.Warnings);
        var reading = ReportStore.FromJson(current.ReadingJson);
        return new StoredReportView(report, unit, deadline, status, versions, current, reading, reviews, corrections,
            await AcrossYears.OfAsync(db, report, reading, cancellationToken).ConfigureAwait(false));
    }
}

/// <summary>
/// A stored report checked against the same unit's stored report of the year before (the rules of
/// <see cref="Domain.Reports.Rules.PreviousYearRules"/>): the report compared with, and the findings.
/// </summary>
internal sealed record AcrossYears(int? PreviousReportId, IReadOnlyList<Finding> Findings)
{
    public static async Task<AcrossYears> OfAsync(GongkaiDb db, PublishedReport report, AnnualReport reading, CancellationToken cancellationToken)
    {
        var previous = await (
            from r in db.PublishedReports.AsNoTracking()
            join v in db.ReportVersions on r.CurrentVersionId equals (int?)v.Id
            where r.AgencyId == report.AgencyId && r.Year == report.Year - 1
            select new { r.Id, v.ReadingJson }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return previous is null
            ? new AcrossYears(null, [])
            : new AcrossYears(previous.Id, Domain.Reports.Rules.ReportRules.CheckAcrossYears(reading, ReportStore.FromJson(previous.ReadingJson)));
    }

    public bool Has(string findingKey) => Findings.Any(f => f.Key == findingKey);
}
