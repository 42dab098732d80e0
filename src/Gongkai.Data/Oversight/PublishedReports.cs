namespace Gongkai.Data.Oversight;

/// <summary>An original file, stored once and named by the SHA-256 of its bytes: the same file twice is one row.</summary>
public sealed class StoredFile
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    public long Length { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}

/// <summary>
/// 已发布的年度报告: one unit's report for one year, as the supervising office holds it. Its versions keep each file
/// published (and each correction made); the summary columns follow the current version, so the matrix of
/// 发布情况 reads this table alone.
/// </summary>
public sealed class PublishedReport
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>The year reported on.</summary>
    public int Year { get; set; }

    /// <summary>公布日期: when the report appeared on the web, when known.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The web address it was published at, when known.</summary>
    public string? SourceUrl { get; set; }

    public int? CurrentVersionId { get; set; }

    /// <summary>The current version's template code (<c>2021</c>, <c>2019</c>).</summary>
    public string? Template { get; set; }

    /// <summary>Errors in the current version's findings.</summary>
    public int Errors { get; set; }

    /// <summary>Warnings in the current version's findings.</summary>
    public int Warnings { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public int Version { get; set; }
}

/// <summary>What made a <see cref="ReportVersion"/>.</summary>
public enum ReportVersionKind
{
    /// <summary>A published file, read by the engine.</summary>
    Original,

    /// <summary>人工更正: the reading of a file with cells a reviewer corrected.</summary>
    Corrected,
}

/// <summary>
/// One version of a published report: the original file (by hash), where and when it was published, and the engine's
/// reading of it (report-json.md, findings included) with the engine version that read it.
/// </summary>
public sealed class ReportVersion
{
    public int Id { get; set; }

    public int ReportId { get; set; }

    /// <summary>1, 2, … within the report.</summary>
    public int Number { get; set; }

    public ReportVersionKind Kind { get; set; }

    public required string FileSha256 { get; set; }

    /// <summary>The file's name as imported.</summary>
    public required string FileName { get; set; }

    public string? SourceUrl { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>The report as JSON (report-json.md), findings included.</summary>
    public required string ReadingJson { get; set; }

    public string? Template { get; set; }

    /// <summary>
    /// What the region's figures need of <see cref="ReadingJson"/>, as JSON (a few hundred bytes); null for a
    /// version stored before digests were kept, until a page needs it.
    /// </summary>
    public string? DigestJson { get; set; }

    /// <summary>The version of the reader that made <see cref="ReadingJson"/>.</summary>
    public required string EngineVersion { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public DateTimeOffset ReadAt { get; set; }

    /// <summary>Who imported the file or made the correction.</summary>
    public required string CreatedBy { get; set; }
}
