using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X10 两年报告格式一致: from the 2021 report on, both years use the 2021 template (国办公开办函〔2021〕30号 replaced
/// 〔2019〕60号; statutory-rules §2.6), so a report in another template than last year's, both being 2021 or later, or
/// a return to the 2019 trial format, is a warning; a 2021-or-later report citing 〔2019〕60号 in its text is an info.
/// </summary>
public sealed partial class TemplateChangeRule : IReportRule
{
    public string Code => "acrossYears.template";

    public string Name => "两年报告格式一致";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null)
        {
            yield break;
        }

        var bothLater = report.Year is >= 2021 && previous.Year is >= 2021;
        var backwards = report.Template == ReportTemplate.Trial2019 && previous.Template == ReportTemplate.Format2021;
        if (report.Template != previous.Template && (bothLater || backwards))
        {
            yield return Finding.Warning(Code, null, null, null,
                $"本年报告使用{TemplateName(report.Template)}，上年报告使用{TemplateName(previous.Template)}，两年格式不一致，统计表不能逐项比较");
        }

        if (report.Year is >= 2021 && report.Sections.FirstOrDefault(s => OldNotice().IsMatch(s.Text)) is { } cited)
        {
            yield return Finding.Info(Code, null, null, null,
                $"{report.Year}年度报告{(cited.Numeral is { } n ? $"第{n}部分" : "开头")}引用了已被国办公开办函〔2021〕30号取代的国办公开办函〔2019〕60号");
        }
    }

    private static string TemplateName(ReportTemplate template) =>
        template == ReportTemplate.Format2021 ? "2021年格式（国办公开办函〔2021〕30号）" : "2019年试行格式（国办公开办函〔2019〕60号）";

    // "国办公开办函〔2019〕60号", "[2019]60号", "(2019)60号" as Word and web pages print the brackets.
    [GeneratedRegex(@"[〔\[(（【]2019[〕\])）】]\s*60\s*号")]
    private static partial Regex OldNotice();
}
