using Gongkai.Data;
using Gongkai.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Matrix;

/// <summary>One cell of the matrix: a unit's status for a year, and its report when held.</summary>
internal sealed record MatrixCell(int Year, PublicationStatus Status, int? ReportId, DateOnly? PublishedOn, DateOnly? Deadline);

/// <summary>One unit's row: the unit, its depth below the scope's top, and a cell per year.</summary>
internal sealed record MatrixRow(int AgencyId, string Name, AgencyLevel Level, int Depth, string? DivisionCode, IReadOnlyList<MatrixCell> Cells);

/// <summary>The matrix of 发布情况 for a subtree and years, with the count of each status per year.</summary>
internal sealed record MatrixView(IReadOnlyList<int> Years, IReadOnlyList<MatrixRow> Rows, IReadOnlyDictionary<(int Year, PublicationStatus Status), int> Counts, int UnitCount);

/// <summary>What the matrix shows: a subtree (default the scope's), years, and filters by level and status.</summary>
internal sealed record MatrixQuery(int? Root, int From, int To, AgencyLevel? Level, PublicationStatus? Status, int? StatusYear);

/// <summary>
/// 发布情况: every unit of a subtree × years, each 未发布, 逾期发布 (公布 after the deadline of 条例第四十九条),
/// or 已发布 with no problem, doubts or errors. Two queries: the units, and the reports' summary columns.
/// </summary>
internal static class PublicationMatrix
{
    public static async Task<MatrixView?> BuildAsync(GongkaiDb db, OversightScope scope, MatrixQuery query, CancellationToken cancellationToken)
    {
        var units = scope.Units(db).AsNoTracking();
        if (query.Root is { } root && root != scope.AgencyId)
        {
            var path = await units.Where(u => u.Id == root).Select(u => u.TreePath).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (path is null)
            {
                return null;
            }

            units = units.Where(u => u.TreePath.StartsWith(path));
        }

        var list = await units
            .Select(u => new { u.Id, u.Name, u.Level, u.TreePath, u.DivisionCode, u.FirstYear, u.LastYear, u.LocalDeadline })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = list.Select(u => u.Id).ToHashSet();
        var reports = await db.PublishedReports.AsNoTracking()
            .Where(r => r.Year >= query.From && r.Year <= query.To && scope.Units(db).Any(u => u.Id == r.AgencyId))
            .Select(r => new { r.Id, r.AgencyId, r.Year, r.PublishedOn, r.Errors, r.Warnings })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCell = reports.Where(r => ids.Contains(r.AgencyId)).ToDictionary(r => (r.AgencyId, r.Year));
        var years = Enumerable.Range(query.From, query.To - query.From + 1).ToList();
        var top = list.Count == 0 ? 0 : list.Min(u => Depth(u.TreePath));
        var counts = new Dictionary<(int, PublicationStatus), int>();
        var rows = new List<MatrixRow>();
        foreach (var u in list.OrderBy(u => u.TreePath, StringComparer.Ordinal))
        {
            var unit = new Agency { Name = u.Name, Level = u.Level, FirstYear = u.FirstYear, LastYear = u.LastYear, LocalDeadline = u.LocalDeadline };
            var cells = years.Select(y =>
            {
                var deadline = unit.DeadlineFor(y);
                byCell.TryGetValue((u.Id, y), out var r);
                var late = r?.PublishedOn is { } on && deadline.IsLate(on);
                var status = PublicationStatuses.Classify(unit.ExpectedIn(y), r is not null, late, r?.Errors ?? 0, r?.Warnings ?? 0);
                return new MatrixCell(y, status, r?.Id, r?.PublishedOn, deadline.Due);
            }).ToList();
            if (query.Level is { } level && u.Level != level)
            {
                continue;
            }

            if (query.Status is { } wanted && !cells.Any(c => c.Status == wanted && (query.StatusYear is not { } sy || c.Year == sy)))
            {
                continue;
            }

            foreach (var c in cells)
            {
                counts[(c.Year, c.Status)] = counts.GetValueOrDefault((c.Year, c.Status)) + 1;
            }

            rows.Add(new MatrixRow(u.Id, u.Name, u.Level, Depth(u.TreePath) - top, u.DivisionCode, cells));
        }

        return new MatrixView(years, rows, counts, rows.Count);
    }

    private static int Depth(string path) => path.Count(c => c == '/') - 1;
}
