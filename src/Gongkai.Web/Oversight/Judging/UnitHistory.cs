using System.Collections.Immutable;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Domain.Reports.Similarity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>One year of a unit: its status, its stored report when held, and the report's figures (oversight.md §5).</summary>
internal sealed record UnitYear(int Year, PublicationStatus Status, DateOnly? Deadline, StoredReading? Report, ImmutableArray<Figure> Figures);

/// <summary>A part found copied from last year (X08), with both years' texts and the reused passages.</summary>
internal sealed record CopiedPart(PartReuse Reuse, ReportSection Section, ReportSection PreviousSection, Severity Severity);

/// <summary>A report against the unit's report of the year before: the findings of every cross-year rule and the copied parts.</summary>
internal sealed record YearComparison(StoredReading Report, StoredReading Previous, IReadOnlyList<Finding> Findings, IReadOnlyList<CopiedPart> Copied)
{
    /// <summary>The columns of 表三 where 上年结转 differs from last year's 结转下年度 (the findings of X01).</summary>
    public IReadOnlySet<int> BrokenCarryOver { get; } = Findings
        .Where(f => f.Code == new CarryOverRule().Code && f.Column is not null).Select(f => f.Column!.Value).ToHashSet();
}

/// <summary>A unit over the years: every year's report side by side, the comparisons of consecutive years, the figures.</summary>
internal sealed record UnitHistoryView(Agency Unit, IReadOnlyList<UnitYear> Years, IReadOnlyList<YearComparison> Comparisons, ImmutableArray<Figure> Pooled, string? ParentName);

/// <summary>
/// 单位年度情况: loads a unit in scope with every stored report, runs the cross-year rules on each pair of consecutive
/// stored years and finds the copied parts (<see cref="CopiedTextRule.CopiedParts"/>).
/// </summary>
internal static class UnitHistory
{
    public static async Task<UnitHistoryView?> LoadAsync(GongkaiDb db, OversightScope scope, int unitId, int lastYear, CancellationToken cancellationToken)
    {
        var unit = await scope.Units(db).AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return null;
        }

        var parent = unit.ParentId is { } p && unit.Id != scope.AgencyId
            ? await db.Agencies.AsNoTracking().Where(a => a.Id == p).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var readings = await StoredReadings.LoadAsync(db, db.Agencies.Where(a => a.Id == unitId), 1900, 9999, cancellationToken).ConfigureAwait(false);
        var byYear = readings.ToDictionary(r => r.Year);
        var first = Math.Min(lastYear - 6, readings.Count == 0 ? lastYear : readings.Min(r => r.Year));
        var last = Math.Max(lastYear, readings.Count == 0 ? lastYear : readings.Max(r => r.Year));
        var years = new List<UnitYear>();
        for (var y = first; y <= last; y++)
        {
            var deadline = unit.DeadlineFor(y);
            var held = byYear.GetValueOrDefault(y);
            var late = held?.PublishedOn is { } on && deadline.IsLate(on);
            var status = PublicationStatuses.Classify(unit.ExpectedIn(y), held is not null, late, held?.Errors ?? 0, held?.Warnings ?? 0);
            var figures = held is null ? [] : ReportFigures.Of(held.Reading, byYear.GetValueOrDefault(y - 1)?.Reading);
            years.Add(new UnitYear(y, status, deadline.Due, held, figures));
        }

        var comparisons = new List<YearComparison>();
        foreach (var report in readings)
        {
            if (byYear.GetValueOrDefault(report.Year - 1) is not { } previous)
            {
                continue;
            }

            var copied = CopiedTextRule.CopiedParts(report.Reading, previous.Reading)
                .Select(c => new CopiedPart(c.Part, c.Section, previous.Reading.Sections.First(s => s.Number == c.Part.Number), c.Severity))
                .ToList();
            comparisons.Add(new YearComparison(report, previous, StoredReadings.AcrossYears(report, previous), copied));
        }

        comparisons.Reverse();
        var pooled = ReportFigures.Pool(years.Where(y => y.Report is not null).Select(y => y.Figures));
        return new UnitHistoryView(unit, years, comparisons, pooled, parent);
    }

    /// <summary>
    /// A text cut into runs, those inside one of <paramref name="spans"/> marked: the reused passages highlighted.
    /// Overlapping spans are merged.
    /// </summary>
    public static IReadOnlyList<(string Text, bool Marked)> Runs(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var runs = new List<(string, bool)>();
        var at = 0;
        foreach (var (start, length) in spans.Where(s => s.Length > 0).OrderBy(s => s.Start))
        {
            var from = Math.Max(start, at);
            var end = Math.Min(text.Length, start + length);
            if (end <= from)
            {
                continue;
            }

            if (from > at)
            {
                runs.Add((text[at..from], false));
            }

            runs.Add((text[from..end], true));
            at = end;
        }

        if (at < text.Length)
        {
            runs.Add((text[at..], false));
        }

        // The part's text may begin or end with a line break; the page shows the prose alone.
        if (runs.Count > 0)
        {
            runs[0] = (runs[0].Item1.TrimStart(), runs[0].Item2);
            runs[^1] = (runs[^1].Item1.TrimEnd(), runs[^1].Item2);
        }

        return runs;
    }
}
