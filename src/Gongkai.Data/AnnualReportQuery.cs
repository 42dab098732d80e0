using System.Text.Json;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// 年度报告 of one agency and year from the database: 表三 from the summary columns of its requests (the facts
/// <see cref="AnnualReportFromCases"/> counts), 表四 from its appeals, 表二 from its draft. One indexed query each;
/// no event log is replayed.
/// </summary>
public static class AnnualReportQuery
{
    public static async Task<AnnualReport> BuildAsync(GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agencyId, cancellationToken).ConfigureAwait(false);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);

        // Received by 31 December and not concluded before 1 January: new this year, or carried over from earlier.
        var facts = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.ReceivedOn <= yearEnd && (r.ReceivedOn >= yearStart || r.ConcludedOn == null || r.ConcludedOn >= yearStart))
            .Select(r => new { r.ReceivedOn, r.ConcludedOn, r.Outcome, r.ApplicantKind })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var appeals = await db.Appeals.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.FiledOn <= yearEnd && (a.ConcludedOn == null || a.ConcludedOn >= yearStart))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var draft = await db.AnnualReportDrafts.AsNoTracking()
            .SingleOrDefaultAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken).ConfigureAwait(false);

        return AnnualReportFromCases.Build(
            agency.Name,
            year,
            facts.Select(f => new CaseFacts(f.ReceivedOn, f.ConcludedOn, f.Outcome, f.ApplicantKind)),
            appeals.Select(ToAppeal),
            Proactive(draft));
    }

    /// <summary>The stored appeal as the domain's.</summary>
    public static Appeal ToAppeal(AppealRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var appeal = Appeal.File(record.TrackingCode, record.Kind, record.FiledOn);
        return record is { Result: { } result, ConcludedOn: { } on } ? appeal.Conclude(result, on).Value ?? appeal : appeal;
    }

    /// <summary>表二 as the draft holds it: row key → values.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<decimal>> Proactive(AnnualReportDraft? draft) =>
        draft is null || string.IsNullOrWhiteSpace(draft.ProactiveJson)
            ? new Dictionary<string, IReadOnlyList<decimal>>()
            : JsonSerializer.Deserialize<Dictionary<string, decimal[]>>(draft.ProactiveJson)!
                .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<decimal>)kv.Value);
}
