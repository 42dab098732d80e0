using System.Collections.Concurrent;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>A finding of a stored report: whether it is against last year's report, and where (表三「（七）总计」行「自然人」列, a table, or 全文).</summary>
internal sealed record PlacedFinding(Finding Finding, bool AcrossYears, string Place)
{
    public static PlacedFinding In(AnnualReport reading, Finding finding, bool acrossYears) => new(
        finding,
        acrossYears,
        finding.Table is { } id && reading.Table(id) is { } table
            ? finding.Row is { } row ? table.Spec.CellName(row, finding.Column) : table.Spec.PrintedName
            : finding.Code.StartsWith("acrossYears.", StringComparison.Ordinal) || acrossYears ? "与上年报告比对" : "全文");
}

/// <summary>A stored report with its findings, its own and against the same unit's report of the year before.</summary>
internal sealed record JudgedReport(ReportRef Report, DateOnly? PublishedOn, IReadOnlyList<PlacedFinding> Findings);

/// <summary>The stored reports of a set of units and years with their findings, judged through the <see cref="FindingCache"/>.</summary>
internal static class JudgedReports
{
    /// <summary>The current reports of <paramref name="units"/> from <paramref name="firstYear"/> to <paramref name="lastYear"/>, by unit then year.</summary>
    public static async Task<List<JudgedReport>> LoadAsync(
        GongkaiDb db, FindingCache cache, IQueryable<Agency> units, int firstYear, int lastYear, CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.PublishedReports.AsNoTracking()
            join a in units on r.AgencyId equals a.Id
            join v in db.ReportVersions on r.CurrentVersionId equals (int?)v.Id
            where r.Year >= firstYear - 1 && r.Year <= lastYear
            select new { r.Id, r.AgencyId, a.Name, a.Level, a.DivisionCode, a.TreePath, r.Year, r.PublishedOn, VersionId = v.Id, v.ReadAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byUnitYear = rows.ToDictionary(r => (r.AgencyId, r.Year));
        var shown = rows.Where(r => r.Year >= firstYear).OrderBy(r => r.TreePath, StringComparer.Ordinal).ThenBy(r => r.Year)
            .Select(r => (Row: r, Previous: byUnitYear.GetValueOrDefault((r.AgencyId, r.Year - 1))))
            .Select(x => (x.Row, x.Previous, Key: (x.Row.VersionId, x.Row.ReadAt, x.Previous?.VersionId ?? 0, x.Previous?.ReadAt ?? default)))
            .ToList();

        // The readings of the reports not judged yet in this process, and of their reports of the year before.
        var unjudged = shown.Where(x => cache.Find(x.Key) is null).ToList();
        var readings = new Dictionary<int, AnnualReport>();
        foreach (var chunk in unjudged.SelectMany(x => x.Previous is null ? [x.Row.VersionId] : new[] { x.Row.VersionId, x.Previous.VersionId }).Distinct().Chunk(500))
        {
            foreach (var v in await db.ReportVersions.AsNoTracking().Where(v => chunk.Contains(v.Id)).Select(v => new { v.Id, v.ReadingJson })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                readings[v.Id] = ReportStore.FromJson(v.ReadingJson);
            }
        }

        var judged = new List<JudgedReport>(shown.Count);
        foreach (var x in shown)
        {
            var findings = cache.Find(x.Key);
            if (findings is null)
            {
                var reading = readings[x.Row.VersionId];
                var across = x.Previous is { } p ? ReportRules.CheckAcrossYears(reading, readings[p.VersionId]) : [];
                findings = [.. reading.Findings.Select(f => PlacedFinding.In(reading, f, false)), .. across.Select(f => PlacedFinding.In(reading, f, true))];
                cache.Keep(x.Key, findings);
            }

            judged.Add(new JudgedReport(
                new ReportRef(x.Row.Id, x.Row.AgencyId, x.Row.Name, x.Row.Level, x.Row.DivisionCode, x.Row.TreePath, x.Row.Year), x.Row.PublishedOn, findings));
        }

        return judged;
    }
}

/// <summary>
/// The findings of each stored report, its own and against the same unit's report of the year before, kept for the
/// life of the process so that the problem list parses each reading once. An entry is keyed by both versions and
/// their <c>read_at</c>: a report read again, corrected, or given a new report of the year before is judged afresh.
/// </summary>
public sealed class FindingCache
{
    /// <summary>Past this many entries the cache starts again empty.</summary>
    public const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<(int Version, DateTimeOffset ReadAt, int Previous, DateTimeOffset PreviousReadAt), IReadOnlyList<PlacedFinding>> _entries = new();

    internal IReadOnlyList<PlacedFinding>? Find((int, DateTimeOffset, int, DateTimeOffset) key) =>
        _entries.TryGetValue(key, out var findings) ? findings : null;

    internal void Keep((int, DateTimeOffset, int, DateTimeOffset) key, IReadOnlyList<PlacedFinding> findings)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = findings;
    }
}
