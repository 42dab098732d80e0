namespace Gongkai.Data.Oversight;

/// <summary>
/// A supervising office's own scoring sheet (考评指标), kept for the unit its supervisors work from; without one the
/// default sheet of <c>Gongkai.Domain.Reports.ScoringSheet</c> applies. Audited in full.
/// </summary>
public sealed class ScoringSheetRecord
{
    /// <summary>The supervisors' unit: the sheet applies to its subtree.</summary>
    public int AgencyId { get; set; }

    /// <summary>The sheet in the shape of <c>ScoringSheetJson</c>.</summary>
    public required string SheetJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
