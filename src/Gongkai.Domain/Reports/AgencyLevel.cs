namespace Gongkai.Domain.Reports;

/// <summary>
/// 单位层级: 省、市、县、乡镇 governments, a 部门 under one of them, and the units the 条例 sets no report date for
/// (开发区管委会, 派出机构, 授权组织). Decides the statutory publication deadline and the peer group in comparisons.
/// </summary>
public enum AgencyLevel
{
    /// <summary>省级人民政府.</summary>
    Province,

    /// <summary>市级人民政府.</summary>
    City,

    /// <summary>县级人民政府.</summary>
    County,

    /// <summary>乡镇人民政府、街道办事处.</summary>
    Township,

    /// <summary>县级以上人民政府部门.</summary>
    Department,

    /// <summary>开发区管委会、派出机构、授权组织等.</summary>
    Other,
}

/// <summary>Chinese names of <see cref="AgencyLevel"/>, as the register and its import files write them.</summary>
public static class AgencyLevels
{
    public static string Label(this AgencyLevel level) => level switch
    {
        AgencyLevel.Province => "省级政府",
        AgencyLevel.City => "市级政府",
        AgencyLevel.County => "县级政府",
        AgencyLevel.Township => "乡镇街道",
        AgencyLevel.Department => "政府部门",
        AgencyLevel.Other => "其他单位",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The level a register file names, by its label or a common synonym; null when unknown.</summary>
    public static AgencyLevel? Parse(string? text) => text?.Trim() switch
    {
        "省级政府" or "省" or "省级" or "省人民政府" => AgencyLevel.Province,
        "市级政府" or "市" or "市级" or "地市" or "市人民政府" => AgencyLevel.City,
        "县级政府" or "县" or "县级" or "区县" or "县区" or "县人民政府" or "区人民政府" => AgencyLevel.County,
        "乡镇街道" or "乡镇" or "街道" or "乡" or "镇" or "乡镇级" => AgencyLevel.Township,
        "政府部门" or "部门" => AgencyLevel.Department,
        "其他单位" or "其他" or "开发区" or "开发区管委会" or "派出机构" or "授权组织" => AgencyLevel.Other,
        _ => null,
    };
}
