using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Documents;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>
/// What the worker does with one claimed item: read the file, place it, store it as a version (or leave it in
/// 待确认, or fail it with the reader's reason), and mark the item finished in the same transaction.
/// </summary>
internal static class ImportProcessing
{
    public static async Task FinishAsync(GongkaiDb db, int itemId, string worker, DateTimeOffset now, UnitCache units, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var item = await db.ImportItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
        if (item is null || item.State != ImportState.Reading || item.ClaimedBy != worker)
        {
            return;
        }

        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == item.BatchId, cancellationToken).ConfigureAwait(false);
        if (item.Kind == ImportKind.Reread)
        {
            await RereadAsync(db, item, batch.CreatedBy, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ImportAsync(db, item, batch, now, units, cancellationToken).ConfigureAwait(false);
        }

        item.LeaseUntil = null;
        item.FinishedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ImportAsync(GongkaiDb db, ImportItem item, ImportBatch batch, DateTimeOffset now, UnitCache units, CancellationToken cancellationToken)
    {
        var bytes = await ReportStore.FileAsync(db, item.FileSha256!, cancellationToken).ConfigureAwait(false);
        var result = ReportReader.Read(item.FileName, bytes);
        if (result.Report is not { } reading)
        {
            item.State = ImportState.Failed;
            item.Error = result.Error;
            return;
        }

        var placement = ReportPlacement.Place(reading, item.FileName, await units.ForAsync(db, batch.ScopeAgencyId, cancellationToken).ConfigureAwait(false));
        item.DocumentAgency = reading.Agency;
        item.Year = placement.Year;
        if (!placement.Placed)
        {
            item.State = ImportState.Unplaced;
            item.AgencyId = placement.AgencyId;
            item.SuggestedAgencyId = placement.SuggestedAgencyId;
            item.Error = placement.Reason;
            item.ReadingJson = ReportStore.ToJson(reading);
            return;
        }

        await StoreAsync(db, item, placement.AgencyId!.Value, placement.Year!.Value, reading, batch.CreatedBy, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a placed reading as a version of the unit's report, or marks the item a duplicate.</summary>
    public static async Task StoreAsync(
        GongkaiDb db, ImportItem item, int agencyId, int year, Domain.Reports.AnnualReport reading, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var origin = new FileOrigin(item.FileSha256!, item.FileName, item.SourceUrl, item.PublishedOn);
        var report = await ReportStore.AddOriginalAsync(db, agencyId, year, origin, reading, by, now, cancellationToken).ConfigureAwait(false);
        item.AgencyId = agencyId;
        item.Year = year;
        item.ReadingJson = null;
        item.Error = null;
        if (report is null)
        {
            item.State = ImportState.Duplicate;
            item.ReportId = await db.PublishedReports.Where(r => r.AgencyId == agencyId && r.Year == year).Select(r => (int?)r.Id)
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            item.Error = "同一文件已是该单位该年度报告的一个版本，未重复入库";
            return;
        }

        item.State = ImportState.Stored;
        item.ReportId = report.Id;
    }

    /// <summary>
    /// Reads a report's newest original file again with the current engine; the reviewers' corrections of that file
    /// are applied again on top, and their review marks (kept by finding, not by version) stay.
    /// </summary>
    private static async Task RereadAsync(GongkaiDb db, ImportItem item, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var report = await db.PublishedReports.SingleOrDefaultAsync(r => r.Id == item.ReportId, cancellationToken).ConfigureAwait(false);
        var original = report is null ? null : await db.ReportVersions
            .Where(v => v.ReportId == report.Id && v.Kind == ReportVersionKind.Original)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (report is null || original is null)
        {
            item.State = ImportState.Failed;
            item.Error = "该报告已不存在";
            return;
        }

        var bytes = await ReportStore.FileAsync(db, original.FileSha256, cancellationToken).ConfigureAwait(false);
        var result = ReportReader.Read(original.FileName, bytes);
        if (result.Report is not { } reading)
        {
            item.State = ImportState.Failed;
            item.Error = result.Error;
            return;
        }

        var fresh = ReportStore.NewVersion(original.Number, ReportVersionKind.Original,
            new FileOrigin(original.FileSha256, original.FileName, original.SourceUrl, original.PublishedOn), reading, original.CreatedBy, now);
        original.ReadingJson = fresh.ReadingJson;
        original.Template = fresh.Template;
        original.EngineVersion = fresh.EngineVersion;
        original.Errors = fresh.Errors;
        original.Warnings = fresh.Warnings;
        original.ReadAt = now;
        await ReportCorrections.RebuildAsync(db, report, original, reading, by, now, cancellationToken).ConfigureAwait(false);
        item.State = ImportState.Stored;
    }
}

/// <summary>The register's units of a scope as placement needs them, loaded once per round of the worker.</summary>
internal sealed class UnitCache
{
    private readonly Dictionary<int, IReadOnlyList<PlacementUnit>> _byScope = [];

    public async Task<IReadOnlyList<PlacementUnit>> ForAsync(GongkaiDb db, int scopeAgencyId, CancellationToken cancellationToken)
    {
        if (_byScope.TryGetValue(scopeAgencyId, out var known))
        {
            return known;
        }

        var path = await db.Agencies.Where(a => a.Id == scopeAgencyId).Select(a => a.TreePath).SingleAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Agencies.AsNoTracking().Where(a => a.TreePath.StartsWith(path))
            .Select(a => new { a.Id, a.Name, a.Aliases }).ToListAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PlacementUnit> units = [.. rows.Select(r => new PlacementUnit(r.Id, r.Name,
            r.Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
        _byScope[scopeAgencyId] = units;
        return units;
    }
}
