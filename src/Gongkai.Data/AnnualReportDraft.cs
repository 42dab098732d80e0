namespace Gongkai.Data;

/// <summary>
/// 年度报告草稿: what the cases cannot give — 表二's counts and the narrative of sections 一、五、六 — per agency
/// and year.
/// </summary>
public sealed class AnnualReportDraft
{
    public int AgencyId { get; set; }

    public int Year { get; set; }

    /// <summary>表二 as JSON: row key → the row's values (report-json.md).</summary>
    public string ProactiveJson { get; set; } = "{}";

    /// <summary>一、总体情况.</summary>
    public string Overview { get; set; } = "";

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public string Problems { get; set; } = "";

    /// <summary>六、其他需要报告的事项.</summary>
    public string OtherMatters { get; set; } = "";

    public int Version { get; set; }
}
