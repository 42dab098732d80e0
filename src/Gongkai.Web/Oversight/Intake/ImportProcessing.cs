using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Documents;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>
/// What the worker does with a claimed handful of items: read each file, place it, store it as a version (or leave
/// it in 待确认, or fail it with the reader's reason), and mark the items finished in the transaction that stores
/// what they gave. The files of a handful are read in parallel and stored with a few statements for all of them.
/// </summary>
internal static class ImportProcessing
{
    /// <summary>File bytes loaded by one query at most; a handful of large files is loaded in several.</summary>
    private const long LoadBytes = 32L * 1024 * 1024;

    private const string DuplicateReason = "同一文件已是该单位该年度报告的一个版本，未重复入库";

    /// <summary>
    /// Finishes the items in one transaction; when that transaction fails (another process stored a report for the
    /// same unit and year at the same moment), each item is finished again in a transaction of its own.
    /// </summary>
    public static async Task FinishAsync(GongkaiDb db, IReadOnlyList<int> itemIds, string worker, DateTimeOffset now, UnitCache units, CancellationToken cancellationToken)
    {
        try
        {
            await FinishHandfulAsync(db, itemIds, worker, now, units, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (DbUpdateException) when (itemIds.Count > 1)
        {
            db.ChangeTracker.Clear();
        }

        foreach (var id in itemIds)
        {
            await FinishHandfulAsync(db, [id], worker, now, units, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads and places the handful's files outside any transaction (the items are this worker's by their lease),
    /// then stores the results and finishes the items in one short transaction, so that another worker's writing is
    /// not held up by this one's reading.
    /// </summary>
    private static async Task FinishHandfulAsync(GongkaiDb db, IReadOnlyList<int> itemIds, string worker, DateTimeOffset now, UnitCache units, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var claimed = await db.ImportItems.AsNoTracking()
            .Where(i => itemIds.Contains(i.Id) && i.State == ImportState.Reading && i.ClaimedBy == worker)
            .Select(i => new { i.Id, i.BatchId, i.Kind, i.FileName, i.FileSha256 })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return;
        }

        var batchIds = claimed.Select(i => i.BatchId).Distinct().ToList();
        var batches = await db.ImportBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);
        var imports = claimed.Where(i => i.Kind == ImportKind.Import).ToList();
        var files = await FilesAsync(db, [.. imports.Select(i => i.FileSha256!).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        var results = new FileReading[imports.Count];
        Parallel.For(0, imports.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = ReportReader.Read(imports[i].FileName, files[imports[i].FileSha256!]));
        var outcomes = new Dictionary<int, (FileReading Read, Placement? Placement)>();
        for (var i = 0; i < imports.Count; i++)
        {
            var placement = results[i].Report is { } reading
                ? ReportPlacement.Place(reading, imports[i].FileName, await units.ForAsync(db, batches[imports[i].BatchId].ScopeAgencyId, cancellationToken).ConfigureAwait(false))
                : null;
            outcomes[imports[i].Id] = (results[i], placement);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.ImportItems
            .Where(i => itemIds.Contains(i.Id) && i.State == ImportState.Reading && i.ClaimedBy == worker)
            .OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in items.Where(i => i.Kind == ImportKind.Reread))
        {
            await RereadAsync(db, item, batches[item.BatchId].CreatedBy, now, cancellationToken).ConfigureAwait(false);
        }

        var placed = new List<(ImportItem Item, NewOriginal Original)>();
        foreach (var item in items.Where(i => i.Kind == ImportKind.Import))
        {
            var (read, placement) = outcomes[item.Id];
            if (read.Report is not { } reading || placement is null)
            {
                item.State = ImportState.Failed;
                item.Error = read.Error;
                continue;
            }

            item.DocumentAgency = reading.Agency;
            item.Year = placement.Year;
            if (placement.Placed)
            {
                placed.Add((item, new NewOriginal(placement.AgencyId!.Value, placement.Year!.Value, Origin(item), reading, batches[item.BatchId].CreatedBy)));
                continue;
            }

            item.State = ImportState.Unplaced;
            item.AgencyId = placement.AgencyId;
            item.SuggestedAgencyId = placement.SuggestedAgencyId;
            item.Error = placement.Reason;
            item.ReadingJson = ReportStore.ToJson(reading);
        }

        var stored = await ReportStore.AddOriginalsAsync(db, [.. placed.Select(p => p.Original)], now, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < placed.Count; i++)
        {
            Stored(placed[i].Item, placed[i].Original, stored[i]);
        }

        foreach (var item in items)
        {
            item.LeaseUntil = null;
            item.FinishedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a placed reading (a file assigned from 待确认) as a version of the unit's report, or marks the item a duplicate.</summary>
    public static async Task StoreAsync(
        GongkaiDb db, ImportItem item, int agencyId, int year, Domain.Reports.AnnualReport reading, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var original = new NewOriginal(agencyId, year, Origin(item), reading, by);
        var stored = await ReportStore.AddOriginalsAsync(db, [original], now, cancellationToken).ConfigureAwait(false);
        Stored(item, original, stored[0]);
    }

    private static FileOrigin Origin(ImportItem item) => new(item.FileSha256!, item.FileName, item.SourceUrl, item.PublishedOn);

    private static void Stored(ImportItem item, NewOriginal original, StoredOriginal stored)
    {
        item.AgencyId = original.AgencyId;
        item.Year = original.Year;
        item.ReadingJson = null;
        item.ReportId = stored.Report.Id;
        item.State = stored.Duplicate ? ImportState.Duplicate : ImportState.Stored;
        item.Error = stored.Duplicate ? DuplicateReason : null;
    }

    /// <summary>The bytes of stored files by hash, loaded a few megabytes at a time.</summary>
    private static async Task<Dictionary<string, byte[]>> FilesAsync(GongkaiDb db, IReadOnlyList<string> hashes, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return files;
        }

        var lengths = await db.StoredFiles.Where(f => hashes.Contains(f.Sha256)).Select(f => new { f.Sha256, f.Length })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var group = new List<string>();
        long bytes = 0;
        foreach (var f in lengths)
        {
            if (group.Count > 0 && bytes + f.Length > LoadBytes)
            {
                await LoadAsync(group).ConfigureAwait(false);
                group.Clear();
                bytes = 0;
            }

            group.Add(f.Sha256);
            bytes += f.Length;
        }

        await LoadAsync(group).ConfigureAwait(false);
        return files;

        async Task LoadAsync(List<string> some)
        {
            foreach (var f in await db.StoredFiles.AsNoTracking().Where(f => some.Contains(f.Sha256)).Select(f => new { f.Sha256, f.Content })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                files[f.Sha256] = f.Content;
            }
        }
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
        original.DigestJson = fresh.DigestJson;
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
    private readonly Dictionary<int, PlacementUnits> _byScope = [];

    public async Task<PlacementUnits> ForAsync(GongkaiDb db, int scopeAgencyId, CancellationToken cancellationToken)
    {
        if (_byScope.TryGetValue(scopeAgencyId, out var known))
        {
            return known;
        }

        var path = await db.Agencies.Where(a => a.Id == scopeAgencyId).Select(a => a.TreePath).SingleAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Agencies.AsNoTracking().Where(a => a.TreePath.StartsWith(path))
            .Select(a => new { a.Id, a.Name, a.Aliases }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var units = new PlacementUnits(rows.Select(r => new PlacementUnit(r.Id, r.Name,
            r.Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
        _byScope[scopeAgencyId] = units;
        return units;
    }
}
