using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>An agency's letter settings: the 文号 prefix, the 行政复议机关 and the court its letters name.</summary>
public sealed class LetterSettingsRecord
{
    public int AgencyId { get; set; }

    public required string NumberPrefix { get; set; }

    public required string ReviewBody { get; set; }

    public required string Court { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public LetterSettings ToSettings() => new(NumberPrefix, ReviewBody, Court);
}

/// <summary>A file released to the applicant with the reply (条例第四十条), downloadable from the tracking page.</summary>
public sealed class ReleasedFileRecord
{
    public int Id { get; set; }

    public required string TrackingCode { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset ReleasedAt { get; set; }

    public required string ReleasedBy { get; set; }
}

/// <summary>The applicant's online answer to a 补正通知 (条例第三十条): the corrected text and an optional file.</summary>
public sealed class CorrectionReplyRecord
{
    public int Id { get; set; }

    public required string TrackingCode { get; set; }

    public required string Text { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Content { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}

/// <summary>
/// The 文号 series of each agency and year. A number is taken inside the transaction that records the signature, so
/// a signature that is not saved gives its number back and the series has no gaps; the row lock of the UPDATE keeps
/// two signatures from taking the same number.
/// </summary>
public static class LetterNumbers
{
    /// <summary>The next number of the agency's series for <paramref name="year"/>; call inside a transaction.</summary>
    public static async Task<int> TakeAsync(GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A letter number is taken inside the transaction that records the signature.");
        }

        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO letter_number_series (agency_id, year, last_number) VALUES ({agencyId}, {year}, 0) ON CONFLICT (agency_id, year) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
        var taken = await db.Database.SqlQuery<int>(
            $"UPDATE letter_number_series SET last_number = last_number + 1 WHERE agency_id = {agencyId} AND year = {year} RETURNING last_number AS \"Value\"")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return taken.Single();
    }

    /// <summary>The last number taken in the agency's series for <paramref name="year"/>, 0 when none.</summary>
    public static async Task<int> LastAsync(GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.Database.SqlQuery<int>(
            $"SELECT last_number AS \"Value\" FROM letter_number_series WHERE agency_id = {agencyId} AND year = {year}")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return last.SingleOrDefault();
    }
}
