using System.Globalization;
using Gongkai.Domain.Reports.Similarity;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X08 文字未照抄上年: parts 一, 五 and 六 are this year's own text. Containment of this year's shingles in last
/// year's (<see cref="TextReuse"/>) of 0.8 or more is a warning, of 0.95 or more an error (oversight.md §4).
/// Basis: evaluators deduct for a report "与往年雷同" (oversight.md §3), and statutory-rules §2.1 names 雷同 among
/// the faults that lead to liability under 条例第四十七条.
/// </summary>
public sealed class CopiedTextRule : IReportRule
{
    public string Code => "acrossYears.copiedText";

    public string Name => "第一、五、六部分文字没有照抄上年";

    public const double WarningLevel = 0.8;
    public const double ErrorLevel = 0.95;

    // Below 40 shingles (about 45 characters: "无", "本年度未收取信息处理费。") a part says too little to be copied.
    private const int MinimumShingles = 40;

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null)
        {
            yield break;
        }

        foreach (var (part, section, severity) in CopiedParts(report, previous))
        {
            var percent = (part.Containment * 100).ToString("0", CultureInfo.InvariantCulture);
            var longest = part.Passages.MaxBy(p => p.Characters) is { } p
                ? $"，如「{Excerpt(section.Text.Substring(p.Start, p.Length))}」"
                : "";
            var message = $"第{section.Numeral}部分「{Title(section)}」有{percent}%的文字与上年报告第{section.Numeral}部分相同（已除去年份、数字和单位名称）{longest}，可能照抄了上年的报告";
            yield return severity == Severity.Error
                ? Finding.Error(Code, null, null, null, message)
                : Finding.Warning(Code, null, null, null, message);
        }
    }

    /// <summary>
    /// The parts this rule finds copied from <paramref name="previous"/>, with this year's section and the finding's
    /// severity: what a page shows side by side with the reused passages highlighted.
    /// </summary>
    public static IEnumerable<(PartReuse Part, ReportSection Section, Severity Severity)> CopiedParts(AnnualReport report, AnnualReport previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(previous);
        if (report.Sections.IsEmpty || previous.Sections.IsEmpty)
        {
            yield break;
        }

        foreach (var part in TextReuse.Compare(report, previous))
        {
            if (part.Shingles < MinimumShingles || part.Containment < WarningLevel)
            {
                continue;
            }

            yield return (part, report.Sections.First(s => s.Number == part.Number), part.Containment >= ErrorLevel ? Severity.Error : Severity.Warning);
        }
    }

    private static string Title(ReportSection section) =>
        section.Heading.Length > 2 ? section.Heading[2..] : NarrativePartsRule.Titles[section.Number!.Value - 1];

    private static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 30 ? line : line[..30] + "…";
    }
}
