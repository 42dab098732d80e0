using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight.Judging;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Scoring;

/// <summary>One unit's 考评 for a year: the unit, its score card, its rank among the units scored, and its report.</summary>
internal sealed record UnitScore(int UnitId, string Unit, AgencyLevel Level, ScoreCard Card, int Rank, int? ReportId, string Rectification);

/// <summary>
/// Scores every unit of a scope expected to publish in a year with the scope's sheet (<see cref="ScoringSheet"/>):
/// the evidence comes from each unit's current reading, the findings reviewers marked 已核实无误 left out, the
/// publication date against the deadline of 条例第四十九条, and last year's report for copied text (X08).
/// </summary>
internal static class UnitScores
{
    public static async Task<IReadOnlyList<UnitScore>> RunAsync(GongkaiDb db, OversightScope scope, int year, ScoringSheet sheet, CancellationToken cancellationToken)
    {
        var units = (await scope.Units(db).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).Where(u => u.ExpectedIn(year)).ToList();
        var byUnit = (await StoredReadings.LoadAsync(db, scope.Units(db), year - 1, year, cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => (r.AgencyId, r.Year));
        var thisYear = byUnit.Values.Where(r => r.Year == year).Select(r => r.ReportId).ToList();
        var reviews = (await db.FindingReviews.AsNoTracking().Where(f => thisYear.Contains(f.ReportId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(f => f.ReportId);

        var cards = new List<(Agency Unit, ScoreCard Card, int? ReportId)>();
        foreach (var unit in units)
        {
            if (!byUnit.TryGetValue((unit.Id, year), out var report))
            {
                cards.Add((unit, sheet.Score(ScoringEvidence.NotPublished), null));
                continue;
            }

            var deadline = unit.DeadlineFor(year);
            var late = report.PublishedOn is { } on && deadline.IsLate(on)
                ? $"{ChineseDates.Format(on)}公布，晚于{deadline.Text}（{deadline.Rule}）"
                : null;
            var verified = reviews[report.ReportId].Where(f => f.Decision == ReviewDecision.Verified).Select(f => f.FindingKey).ToHashSet(StringComparer.Ordinal);
            var evidence = ScoringEvidence.From(report.Reading, verified, late, StoredReadings.PreviousOf(byUnit, report)?.Reading);
            cards.Add((unit, sheet.Score(evidence), report.ReportId));
        }

        // Equal totals share a rank (1, 2, 2, 4).
        var ordered = cards.OrderByDescending(c => c.Card.Total).ThenBy(c => c.Unit.TreePath, StringComparer.Ordinal).ToList();
        return [.. ordered.Select(c => new UnitScore(c.Unit.Id, c.Unit.Name, c.Unit.Level, c.Card, 1 + ordered.Count(o => o.Card.Total > c.Card.Total), c.ReportId,
            c.ReportId is { } id ? ReportCorrections.Summary(reviews[id]) : ""))];
    }
}

/// <summary>The scope's scoring sheet in the database, as JSON (指标 rows and 等次 cut-offs); the default without one.</summary>
internal static class ScoringSheetStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<ScoringSheet> LoadAsync(GongkaiDb db, OversightScope scope, CancellationToken cancellationToken)
    {
        var json = await db.ScoringSheets.AsNoTracking().Where(s => s.AgencyId == scope.AgencyId).Select(s => s.SheetJson)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? ScoringSheet.Default : JsonSerializer.Deserialize<ScoringSheet>(json, Json) ?? ScoringSheet.Default;
    }

    /// <summary>Saves the sheet for the scope (the record saved), or gives its problems in Chinese when it cannot be used.</summary>
    public static async Task<Result<ScoringSheetRecord>> SaveAsync(GongkaiDb db, OversightScope scope, ScoringSheet sheet, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!scope.CanReview)
        {
            return Result.Fail<ScoringSheetRecord>("只有监督员可以修改考评表", FailureKind.Forbidden);
        }

        var problems = sheet.Problems();
        if (problems.Count > 0)
        {
            return Result.Fail<ScoringSheetRecord>(problems);
        }

        var record = await db.ScoringSheets.SingleOrDefaultAsync(s => s.AgencyId == scope.AgencyId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            record = new ScoringSheetRecord { AgencyId = scope.AgencyId, SheetJson = "", UpdatedBy = by };
            db.ScoringSheets.Add(record);
        }

        record.SheetJson = JsonSerializer.Serialize(sheet, Json);
        record.UpdatedBy = by;
        record.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(record);
    }
}
