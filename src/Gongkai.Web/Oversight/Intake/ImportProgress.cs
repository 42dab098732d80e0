using Gongkai.Data;
using Gongkai.Data.Oversight;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>One file of a batch as the progress page lists it.</summary>
internal sealed record ImportItemView(int Id, string FileName, ImportState State, string? Error, int? AgencyId, string? AgencyName, int? Year, int? ReportId);

/// <summary>A batch's progress: how many files in each state, and the files.</summary>
internal sealed record ImportProgressView(int BatchId, DateTimeOffset CreatedAt, string CreatedBy, int Total, IReadOnlyDictionary<ImportState, int> Counts,
    IReadOnlyList<string> Refused, IReadOnlyList<ImportItemView> Items)
{
    public int Finished => Counts.Where(c => c.Key.IsFinished()).Sum(c => c.Value);

    public bool Done => Finished == Total;

    public int Count(ImportState state) => Counts.GetValueOrDefault(state);
}

/// <summary>The import batches of a scope and each one's progress.</summary>
internal static class ImportProgress
{
    public static async Task<ImportProgressView?> LoadAsync(GongkaiDb db, OversightScope scope, int batchId, bool withItems, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken).ConfigureAwait(false);
        if (batch is null || !await scope.ContainsAsync(db, batch.ScopeAgencyId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var counts = await db.ImportItems.Where(i => i.BatchId == batchId).GroupBy(i => i.State)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var items = !withItems ? [] : await (
            from i in db.ImportItems.AsNoTracking()
            where i.BatchId == batchId
            join a in db.Agencies on i.AgencyId equals a.Id into placed
            from a in placed.DefaultIfEmpty()
            orderby i.Id
            select new ImportItemView(i.Id, i.FileName, i.State, i.Error, i.AgencyId, a != null ? a.Name : null, i.Year, i.ReportId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ImportProgressView(batch.Id, batch.CreatedAt, batch.CreatedBy, counts.Values.Sum(), counts,
            batch.Note.Split('\n', StringSplitOptions.RemoveEmptyEntries), items);
    }

    /// <summary>The scope's most recent batches, newest first.</summary>
    public static async Task<IReadOnlyList<ImportProgressView>> RecentAsync(GongkaiDb db, OversightScope scope, int count, CancellationToken cancellationToken)
    {
        var ids = await db.ImportBatches.AsNoTracking().Where(b => scope.Units(db).Any(u => u.Id == b.ScopeAgencyId))
            .OrderByDescending(b => b.Id).Take(count).Select(b => b.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = new List<ImportProgressView>();
        foreach (var id in ids)
        {
            views.Add((await LoadAsync(db, scope, id, withItems: false, cancellationToken).ConfigureAwait(false))!);
        }

        return views;
    }
}
