namespace Gongkai.Data.Oversight;

/// <summary>A reviewer's judgement of one finding.</summary>
public enum ReviewDecision
{
    /// <summary>属实: the published report is wrong.</summary>
    Confirmed,

    /// <summary>读取有误: the reading was wrong, not the report.</summary>
    Misread,

    /// <summary>已核实无误: checked against the original; nothing to correct.</summary>
    Verified,
}

/// <summary>Chinese labels of <see cref="ReviewDecision"/>.</summary>
public static class ReviewDecisions
{
    public static string Label(this ReviewDecision decision) => decision switch
    {
        ReviewDecision.Confirmed => "属实",
        ReviewDecision.Misread => "读取有误",
        ReviewDecision.Verified => "已核实无误",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };
}

/// <summary>整改: where the correction of a finding confirmed as 属实 stands, from 交办 to 销号.</summary>
public enum Rectification
{
    /// <summary>已交办: the unit was told to correct it.</summary>
    Assigned,

    /// <summary>单位已答复: the unit answered (how and when it will correct).</summary>
    Answered,

    /// <summary>已更正: a corrected version is published.</summary>
    Corrected,

    /// <summary>已销号: checked and closed.</summary>
    Closed,
}

/// <summary>Chinese labels of <see cref="Rectification"/>.</summary>
public static class Rectifications
{
    public static string Label(this Rectification state) => state switch
    {
        Rectification.Assigned => "已交办",
        Rectification.Answered => "单位已答复",
        Rectification.Corrected => "已更正",
        Rectification.Closed => "已销号",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}

/// <summary>
/// 审核意见 on one finding of a report, keyed by what the finding is about (code, table, row, column), not by the
/// version: it survives re-reading and new versions as long as the finding is still made.
/// </summary>
public sealed class FindingReview
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    /// <summary><c>code|table|row|column</c>.</summary>
    public required string FindingKey { get; set; }

    public ReviewDecision Decision { get; set; }

    public string Comment { get; set; } = "";

    public required string ReviewedBy { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }

    /// <summary>整改情况 of a finding confirmed as 属实; null until it is 交办.</summary>
    public Rectification? Rectification { get; set; }

    public string RectificationNote { get; set; } = "";

    public string? RectifiedBy { get; set; }

    public DateTimeOffset? RectifiedAt { get; set; }
}

/// <summary>
/// 人工更正: a cell a reviewer corrected, with the printed text it was read from and the value before and after.
/// Applied again on every re-reading; collected as the reader's test cases.
/// </summary>
public sealed class CellCorrection
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    /// <summary>The file the cell was read from.</summary>
    public required string FileSha256 { get; set; }

    /// <summary><c>proactive</c>, <c>applications</c> or <c>reviewLitigation</c>.</summary>
    public required string TableKey { get; set; }

    public required string RowKey { get; set; }

    public int ColumnIndex { get; set; }

    /// <summary>The printed text the reader took the value from, when known.</summary>
    public string? Printed { get; set; }

    /// <summary>The value read (invariant decimal text; null for a cell not read).</summary>
    public string? BeforeValue { get; set; }

    /// <summary>The right value (null: the cell is not available).</summary>
    public string? AfterValue { get; set; }

    public string Comment { get; set; } = "";

    public required string CorrectedBy { get; set; }

    public DateTimeOffset CorrectedAt { get; set; }
}
