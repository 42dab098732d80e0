using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>One stored report's current reading with its unit: what the pages that judge reports work on.</summary>
internal sealed record StoredReading(
    int ReportId, int AgencyId, string Unit, AgencyLevel Level, string? DivisionCode, string TreePath, int Year,
    DateOnly? PublishedOn, int Errors, int Warnings, string? Template, string FileName, string? SourceUrl, AnnualReport Reading);

/// <summary>One stored report's current digest with its unit: what the figures of a whole region work on.</summary>
internal sealed record StoredDigest(int ReportId, int AgencyId, string Unit, AgencyLevel Level, int Year, DateOnly? PublishedOn, ReportDigest Digest);

/// <summary>The current readings of the reports of a set of units and years, and the checks across consecutive years.</summary>
internal static class StoredReadings
{
    public static async Task<List<StoredReading>> LoadAsync(GongkaiDb db, IQueryable<Agency> units, int firstYear, int lastYear, CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.PublishedReports.AsNoTracking()
            join a in units on r.AgencyId equals a.Id
            join v in db.ReportVersions on r.CurrentVersionId equals (int?)v.Id
            where r.Year >= firstYear && r.Year <= lastYear
            select new { r.Id, r.AgencyId, a.Name, a.Level, a.DivisionCode, a.TreePath, r.Year, r.PublishedOn, r.Errors, r.Warnings, v.Template, v.FileName, r.SourceUrl, v.ReadingJson })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows
            .OrderBy(r => r.TreePath, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => new StoredReading(r.Id, r.AgencyId, r.Name, r.Level, r.DivisionCode, r.TreePath, r.Year, r.PublishedOn, r.Errors, r.Warnings,
                r.Template, r.FileName, r.SourceUrl, ReportStore.FromJson(r.ReadingJson)))];
    }

    /// <summary>The same unit's reading of the year before, when stored.</summary>
    public static StoredReading? PreviousOf(IReadOnlyDictionary<(int AgencyId, int Year), StoredReading> byUnitYear, StoredReading reading) =>
        byUnitYear.GetValueOrDefault((reading.AgencyId, reading.Year - 1));

    /// <summary>The findings of the checks across years (<see cref="PreviousYearRules"/>) against the stored report of the year before.</summary>
    public static IReadOnlyList<Finding> AcrossYears(StoredReading reading, StoredReading? previous) =>
        previous is null ? [] : ReportRules.CheckAcrossYears(reading.Reading, previous.Reading);

    /// <summary>
    /// The current digests of the reports of <paramref name="units"/> (all of them loaded in <paramref name="unitsById"/>)
    /// in a range of years, by unit then year. Each stored digest's text is parsed once per process (<see cref="DigestCache"/>);
    /// a version stored before digests were kept is digested from its reading here, once, and its digest saved.
    /// </summary>
    public static async Task<List<StoredDigest>> DigestsAsync(
        GongkaiDb db, DigestCache cache, IQueryable<Agency> units, IReadOnlyDictionary<int, Agency> unitsById, int firstYear, int lastYear,
        CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.PublishedReports.AsNoTracking()
            join a in units on r.AgencyId equals a.Id
            join v in db.ReportVersions on r.CurrentVersionId equals (int?)v.Id
            where r.Year >= firstYear && r.Year <= lastYear
            select new { r.Id, r.AgencyId, r.Year, r.PublishedOn, VersionId = v.Id, v.ReadAt, v.DigestJson })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var digests = new Dictionary<int, ReportDigest>(rows.Count);
        var readAt = new Dictionary<int, DateTimeOffset>(rows.Count);
        foreach (var r in rows)
        {
            readAt[r.VersionId] = r.ReadAt;
            if (r.DigestJson is null)
            {
                continue;
            }

            if (cache.Find(r.VersionId, r.ReadAt) is { } cached)
            {
                digests[r.VersionId] = cached;
            }
            else if (DigestJson.Parse(r.DigestJson) is { } digest)
            {
                digests[r.VersionId] = digest;
                cache.Keep(r.VersionId, r.ReadAt, digest);
            }
        }

        foreach (var chunk in rows.Where(r => !digests.ContainsKey(r.VersionId)).Select(r => r.VersionId).Chunk(200))
        {
            var readings = await db.ReportVersions.AsNoTracking().Where(v => chunk.Contains(v.Id)).Select(v => new { v.Id, v.ReadingJson })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var v in readings)
            {
                var digest = ReportDigest.Of(ReportStore.FromJson(v.ReadingJson));
                var json = DigestJson.Serialize(digest);
                await db.ReportVersions.Where(x => x.Id == v.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DigestJson, json), cancellationToken).ConfigureAwait(false);
                digests[v.Id] = digest;
                cache.Keep(v.Id, readAt[v.Id], digest);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return [.. rows
            .Select(r => (Row: r, Unit: unitsById[r.AgencyId]))
            .OrderBy(x => x.Unit.TreePath, StringComparer.Ordinal).ThenBy(x => x.Row.Year)
            .Select(x => new StoredDigest(x.Row.Id, x.Row.AgencyId, x.Unit.Name, x.Unit.Level, x.Row.Year, x.Row.PublishedOn, digests[x.Row.VersionId]))];
    }
}
