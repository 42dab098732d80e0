using System.Collections.Concurrent;
using Gongkai.Domain.Reports;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>A finding of a stored report as the problem list shows it: whether it is against last year's report, and where.</summary>
internal sealed record PlacedFinding(Finding Finding, bool AcrossYears, string Place);

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
