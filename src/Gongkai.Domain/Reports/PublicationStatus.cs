namespace Gongkai.Domain.Reports;

/// <summary>发布情况: what a supervisor sees for one unit and one year.</summary>
public enum PublicationStatus
{
    /// <summary>未发布: the unit is expected to publish for the year and no report is held.</summary>
    Missing,

    /// <summary>逾期发布: published after the statutory deadline (条例第四十九条).</summary>
    Late,

    /// <summary>已发布·无问题: no error and no doubtful cell left.</summary>
    Clean,

    /// <summary>已发布·有存疑: warnings (doubtful cells) and no error.</summary>
    Doubtful,

    /// <summary>已发布·有错误: at least one rule of the format broken.</summary>
    Errors,

    /// <summary>不需发布: outside the years the unit is expected to publish.</summary>
    NotExpected,
}

/// <summary>How a unit-year is classed, and its Chinese labels.</summary>
public static class PublicationStatuses
{
    /// <summary>
    /// The status of one unit and year. Lateness wins over the reading's quality, because a late report is a finding
    /// of its own (X05); its errors are still shown on the report.
    /// </summary>
    public static PublicationStatus Classify(bool expected, bool held, bool late, int errors, int warnings) =>
        !held ? (expected ? PublicationStatus.Missing : PublicationStatus.NotExpected)
        : late ? PublicationStatus.Late
        : errors > 0 ? PublicationStatus.Errors
        : warnings > 0 ? PublicationStatus.Doubtful
        : PublicationStatus.Clean;

    public static string Label(this PublicationStatus status) => status switch
    {
        PublicationStatus.Missing => "未发布",
        PublicationStatus.Late => "逾期发布",
        PublicationStatus.Clean => "已发布·无问题",
        PublicationStatus.Doubtful => "已发布·有存疑",
        PublicationStatus.Errors => "已发布·有错误",
        PublicationStatus.NotExpected => "不需发布",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The short form a matrix cell shows.</summary>
    public static string CellText(this PublicationStatus status) => status switch
    {
        PublicationStatus.Missing => "未发布",
        PublicationStatus.Late => "逾期",
        PublicationStatus.Clean => "无问题",
        PublicationStatus.Doubtful => "存疑",
        PublicationStatus.Errors => "错误",
        PublicationStatus.NotExpected => "—",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The name used in URLs, CSS classes and the API.</summary>
    public static string Key(this PublicationStatus status) => status switch
    {
        PublicationStatus.Missing => "missing",
        PublicationStatus.Late => "late",
        PublicationStatus.Clean => "clean",
        PublicationStatus.Doubtful => "doubtful",
        PublicationStatus.Errors => "errors",
        PublicationStatus.NotExpected => "notExpected",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
