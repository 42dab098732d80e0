using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>A file waiting in 待确认: what the document says of itself and the close match offered.</summary>
internal sealed record PendingFile(int Id, string FileName, string? DocumentAgency, int? Year, string? Reason, int? SuggestedAgencyId, string? SuggestedName);

/// <summary>待确认: read files whose unit or year could not be told with confidence, assigned by a person in one click.</summary>
internal static class PendingFiles
{
    public static async Task<IReadOnlyList<PendingFile>> ListAsync(GongkaiDb db, OversightScope scope, CancellationToken cancellationToken) =>
        await (
            from i in db.ImportItems.AsNoTracking()
            where i.State == ImportState.Unplaced
            join b in db.ImportBatches on i.BatchId equals b.Id
            where scope.Units(db).Any(u => u.Id == b.ScopeAgencyId)
            join s in db.Agencies on i.SuggestedAgencyId equals s.Id into suggested
            from s in suggested.DefaultIfEmpty()
            orderby i.Id
            select new PendingFile(i.Id, i.FileName, i.DocumentAgency, i.Year, i.Error, i.SuggestedAgencyId, s != null ? s.Name : null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Places a waiting file in a unit and year of the scope (the item placed), or says why it cannot.</summary>
    public static async Task<Result<ImportItem>> AssignAsync(
        GongkaiDb db, OversightScope scope, int itemId, int agencyId, int year, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!scope.CanImport)
        {
            return Result.Fail<ImportItem>("只有监督员可以确认文件的单位", FailureKind.Forbidden);
        }

        if (year is < 2008 or > 2100)
        {
            return Result.Fail<ImportItem>($"年度「{year}」不正确");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var item = await db.ImportItems.SingleOrDefaultAsync(i => i.Id == itemId && i.State == ImportState.Unplaced, cancellationToken).ConfigureAwait(false);
        if (item is null || !await db.ImportBatches.AnyAsync(b => b.Id == item.BatchId && scope.Units(db).Any(u => u.Id == b.ScopeAgencyId), cancellationToken).ConfigureAwait(false))
        {
            return Result.Fail<ImportItem>("该文件已不在待确认列表中", FailureKind.NotFound);
        }

        if (!await scope.ContainsAsync(db, agencyId, cancellationToken).ConfigureAwait(false))
        {
            return Result.Fail<ImportItem>("所选单位不在您管辖的单位名录中");
        }

        var reading = ReportStore.FromJson(item.ReadingJson!);
        await ImportProcessing.StoreAsync(db, item, agencyId, year, reading, by, now, cancellationToken).ConfigureAwait(false);
        item.FinishedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(item);
    }
}
