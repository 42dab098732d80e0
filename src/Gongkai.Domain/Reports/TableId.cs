namespace Gongkai.Domain.Reports;

/// <summary>The three statistical tables of the annual report (政府信息公开工作年度报告).</summary>
public enum TableId
{
    /// <summary>表二 主动公开政府信息情况 (JSON key <c>proactive</c>).</summary>
    Proactive,

    /// <summary>表三 收到和处理政府信息公开申请情况 (JSON key <c>applications</c>).</summary>
    Applications,

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况 (JSON key <c>reviewLitigation</c>).</summary>
    ReviewLitigation,
}

/// <summary>Names of <see cref="TableId"/> as printed and as JSON keys.</summary>
public static class TableIds
{
    public static string JsonKey(this TableId id) => id switch
    {
        TableId.Proactive => "proactive",
        TableId.Applications => "applications",
        TableId.ReviewLitigation => "reviewLitigation",
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    /// <summary>The printed name: 表二, 表三, 表四.</summary>
    public static string PrintedName(this TableId id) => id switch
    {
        TableId.Proactive => "表二",
        TableId.Applications => "表三",
        TableId.ReviewLitigation => "表四",
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    public static TableId? FromJsonKey(string? key) => key switch
    {
        "proactive" => TableId.Proactive,
        "applications" => TableId.Applications,
        "reviewLitigation" => TableId.ReviewLitigation,
        _ => null,
    };
}
