using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>
/// Every cell reviewers corrected in a scope, as CSV (document hash and name, unit, year, cell, printed text, value
/// read, right value): the cases the reader's tests can take up.
/// </summary>
internal static class CorrectionsFile
{
    public static async Task<byte[]> BuildAsync(GongkaiDb db, OversightScope scope, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in db.CellCorrections.AsNoTracking()
            join r in db.PublishedReports on c.ReportId equals r.Id
            join a in scope.Units(db) on r.AgencyId equals a.Id
            orderby c.Id
            select new { c, a.Name, r.Year, FileName = db.ReportVersions.Where(v => v.ReportId == r.Id && v.FileSha256 == c.FileSha256).Select(v => v.FileName).First() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var table = rows.Select(x => new Dictionary<string, object?>
        {
            ["sha256"] = x.c.FileSha256,
            ["file"] = x.FileName,
            ["agency"] = x.Name,
            ["year"] = x.Year,
            ["table"] = x.c.TableKey,
            ["row"] = x.c.RowKey,
            ["column"] = x.c.ColumnIndex,
            ["printed"] = x.c.Printed ?? "",
            ["read"] = x.c.BeforeValue ?? "",
            ["right"] = x.c.AfterValue ?? "",
            ["correctedBy"] = x.c.CorrectedBy,
            ["correctedAt"] = x.c.CorrectedAt.ToString("O", CultureInfo.InvariantCulture),
            ["comment"] = x.c.Comment,
        }).ToList();
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetPreamble());
        if (table.Count == 0)
        {
            stream.Write(Encoding.UTF8.GetBytes("sha256,file,agency,year,table,row,column,printed,read,right,correctedBy,correctedAt,comment\r\n"));
        }
        else
        {
            stream.SaveAs(table, excelType: ExcelType.CSV);
        }

        return stream.ToArray();

    }
}

/// <summary>重新读取: queues every stored report of a scope to be read again with the current engine, in one batch.</summary>
internal static class RereadAll
{
    public static async Task<int> QueueAsync(GongkaiDb db, OversightScope scope, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reports = await db.PublishedReports.AsNoTracking().Where(r => scope.Units(db).Any(u => u.Id == r.AgencyId))
            .Select(r => new { r.Id, r.AgencyId, r.Year }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var batch = new ImportBatch { ScopeAgencyId = scope.AgencyId, CreatedBy = by, CreatedAt = now, FileCount = reports.Count, Note = "重新读取全部报告" };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ImportItems.AddRange(reports.Select(r => new ImportItem
        {
            BatchId = batch.Id,
            Kind = ImportKind.Reread,
            FileName = $"报告#{r.Id}",
            ReportId = r.Id,
            AgencyId = r.AgencyId,
            Year = r.Year,
            State = ImportState.Queued,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return batch.Id;
    }
}
