using Gongkai.Data;
using Gongkai.Domain.Reports.Similarity;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>Two units' reports of the same year whose parts 一/五/六 are near-duplicates (X09), with their Jaccard similarity.</summary>
internal sealed record PeerCopy(StoredReading First, StoredReading Second, double Jaccard);

/// <summary>
/// X09 文字与其他单位雷同: the reports of a scope's units for one year compared with each other on the shingles of parts
/// 一, 五 and 六 (names and years removed), near-duplicate pairs found by MinHash with LSH without comparing every pair,
/// and shingles found in half the region's reports or more left out as boilerplate (oversight.md §4: warning at a
/// Jaccard of 0.8). Basis: evaluators deduct for a report "与其他单位雷同" (oversight.md §3).
/// </summary>
internal static class PeerCopies
{
    public static async Task<(IReadOnlyList<PeerCopy> Pairs, int Reports, int Boilerplate)> RunAsync(
        GongkaiDb db, OversightScope scope, int year, CancellationToken cancellationToken)
    {
        var readings = (await StoredReadings.LoadAsync(db, scope.Units(db), year, year, cancellationToken).ConfigureAwait(false))
            .Where(r => !r.Reading.Sections.IsEmpty).ToList();
        var found = NearDuplicateSearch.Find([.. readings.Select(r => TextReuse.NarrativeShingles(r.Reading))]);
        return ([.. found.Pairs.OrderByDescending(p => p.Jaccard).Select(p => new PeerCopy(readings[p.First], readings[p.Second], p.Jaccard))],
            readings.Count, found.BoilerplateShingles);
    }
}
