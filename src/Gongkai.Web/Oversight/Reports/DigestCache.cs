using System.Collections.Concurrent;
using Gongkai.Domain.Reports.Figures;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>
/// The parsed <see cref="ReportDigest"/> of each stored version, kept for the life of the process so that the pages
/// over a whole region read each digest's text once. An entry holds the version's <c>read_at</c>: a version read
/// again (a new engine, <see cref="Intake.ImportProcessing"/>) has a new one, and its old entry is not used.
/// </summary>
public sealed class DigestCache
{
    /// <summary>Past this many entries the cache starts again empty (about 1 KB each).</summary>
    public const int MaxEntries = 400_000;

    private readonly ConcurrentDictionary<int, (DateTimeOffset ReadAt, ReportDigest Digest)> _entries = new();

    /// <summary>The digest of version <paramref name="versionId"/> as read at <paramref name="readAt"/>, or null.</summary>
    public ReportDigest? Find(int versionId, DateTimeOffset readAt) =>
        _entries.TryGetValue(versionId, out var entry) && entry.ReadAt == readAt ? entry.Digest : null;

    public void Keep(int versionId, DateTimeOffset readAt, ReportDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[versionId] = (readAt, digest);
    }
}
