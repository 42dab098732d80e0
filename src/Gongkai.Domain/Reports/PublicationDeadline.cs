using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Reports;

/// <summary>公布期限: the day by which the annual report of a year must be published, and the rule that sets it.</summary>
public sealed record PublicationDeadline(DateOnly? Due, string Rule)
{
    /// <summary>
    /// 条例第四十九条第一款: 县级以上人民政府部门 publish by 1月31日 of the next year; 第二款: the 本级政府 report of a
    /// county-level or higher government is published by its 主管部门 by 3月31日. The 条例 sets no date for 乡镇 and
    /// other units; a local rule entered for the unit (<paramref name="localMonthDay"/>, e.g. 3月31日) applies then.
    /// </summary>
    public static PublicationDeadline For(AgencyLevel level, int year, (int Month, int Day)? localMonthDay = null)
    {
        if (localMonthDay is { } local && level is AgencyLevel.Township or AgencyLevel.Other)
        {
            return new(new DateOnly(year + 1, local.Month, local.Day), "本地规定的年度报告公布日期（条例未规定乡镇、开发区等单位的公布日期）");
        }

        return level switch
        {
            AgencyLevel.Department => new(new DateOnly(year + 1, 1, 31),
                "条例第四十九条：县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交上一年度报告并向社会公布"),
            AgencyLevel.Province or AgencyLevel.City or AgencyLevel.County => new(new DateOnly(year + 1, 3, 31),
                "条例第四十九条：县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度报告"),
            _ => new(null, "条例未规定乡镇人民政府及其他单位年度报告的公布日期，按本地规定执行"),
        };
    }

    /// <summary>The deadline as a person reads it: 2026年3月31日前.</summary>
    public string Text => Due is { } d ? $"{ChineseDates.Format(d)}前" : "条例未规定";

    /// <summary>Whether a report published on <paramref name="publishedOn"/> was late (公布 after the deadline).</summary>
    public bool IsLate(DateOnly publishedOn) => Due is { } d && publishedOn > d;
}
