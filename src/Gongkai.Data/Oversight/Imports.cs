namespace Gongkai.Data.Oversight;

/// <summary>One upload or folder import: files placed into one subtree of the register.</summary>
public sealed class ImportBatch
{
    public int Id { get; set; }

    /// <summary>The unit whose subtree the files may be placed in (the importer's scope).</summary>
    public int ScopeAgencyId { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int FileCount { get; set; }

    /// <summary>What the upload said of itself: refused archive entries and the like.</summary>
    public string Note { get; set; } = "";
}

/// <summary>What an <see cref="ImportItem"/> asks the worker to do.</summary>
public enum ImportKind
{
    /// <summary>Read an imported file and place it.</summary>
    Import,

    /// <summary>Read a stored report's files again with the current engine.</summary>
    Reread,
}

/// <summary>Where an <see cref="ImportItem"/> stands.</summary>
public enum ImportState
{
    /// <summary>排队中.</summary>
    Queued,

    /// <summary>读取中: claimed by a worker until its lease ends.</summary>
    Reading,

    /// <summary>已入库: a new version of a report.</summary>
    Stored,

    /// <summary>重复: the same file is already a version of that report.</summary>
    Duplicate,

    /// <summary>待确认: read, but its unit or year could not be told with confidence.</summary>
    Unplaced,

    /// <summary>失败: the file gave no report; <see cref="ImportItem.Error"/> says why.</summary>
    Failed,
}

/// <summary>Chinese labels of <see cref="ImportState"/>.</summary>
public static class ImportStates
{
    public static string Label(this ImportState state) => state switch
    {
        ImportState.Queued => "排队中",
        ImportState.Reading => "读取中",
        ImportState.Stored => "已入库",
        ImportState.Duplicate => "重复文件",
        ImportState.Unplaced => "待确认",
        ImportState.Failed => "失败",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>Whether the worker is done with it.</summary>
    public static bool IsFinished(this ImportState state) => state is not (ImportState.Queued or ImportState.Reading);
}

/// <summary>
/// One job of the import queue, kept in the database so that every platform process shares the work: claimed with
/// a lease, finished in the same transaction that stores its result, so an interrupted import resumes and nothing
/// is read twice or lost.
/// </summary>
public sealed class ImportItem
{
    public int Id { get; set; }

    public int BatchId { get; set; }

    public ImportKind Kind { get; set; }

    public required string FileName { get; set; }

    /// <summary>The stored file (null for a re-read, which names the report instead).</summary>
    public string? FileSha256 { get; set; }

    public string? SourceUrl { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public ImportState State { get; set; }

    public int Attempts { get; set; }

    /// <summary>Until when the claiming worker holds it; after that another may take it over.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>Why the file failed or could not be placed, in Chinese.</summary>
    public string? Error { get; set; }

    /// <summary>The unit it was placed in (or assigned to), once known.</summary>
    public int? AgencyId { get; set; }

    public int? Year { get; set; }

    /// <summary>The close match offered for a file waiting in 待确认.</summary>
    public int? SuggestedAgencyId { get; set; }

    /// <summary>The unit as the document names itself.</summary>
    public string? DocumentAgency { get; set; }

    public int? ReportId { get; set; }

    /// <summary>The reading of a file waiting in 待确认, so that assigning it does not read it again.</summary>
    public string? ReadingJson { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
