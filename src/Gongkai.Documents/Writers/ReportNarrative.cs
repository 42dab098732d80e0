using System.Globalization;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writers;

/// <summary>One of the six sections as a document prints it: heading, paragraphs, and the table it holds, if any.</summary>
internal sealed record NarrativeSection(string Heading, IReadOnlyList<string> Paragraphs, TableId? Table);

/// <summary>
/// The six sections of the report in the order statutory-rules.md §2.1 gives (一、总体情况 … 六、其他需要报告的事项),
/// with the report's own text where it has one. Without it, section 一 states what the tables say and sections 五
/// and 六 carry a bracketed note of what belongs there, so that no fact is invented.
/// </summary>
internal static class ReportNarrative
{
    public static IReadOnlyList<NarrativeSection> Sections(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var trial = report.Template == ReportTemplate.Trial2019;
        string[] headings =
        [
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            // §2.1 item 5: the trial-format reports used the longer heading.
            trial ? "五、政府信息公开工作存在的主要问题及改进情况" : "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ];
        TableId?[] tables = [null, TableId.Proactive, TableId.Applications, TableId.ReviewLitigation, null, null];
        return [.. headings.Select((h, i) => new NarrativeSection(h, Paragraphs(report, i + 1), tables[i]))];
    }

    private static IReadOnlyList<string> Paragraphs(AnnualReport report, int number)
    {
        if (report.Sections.FirstOrDefault(s => s.Number == number) is { Text.Length: > 0 } section)
        {
            return [.. section.Text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)];
        }

        return number switch
        {
            1 => Summary(report),
            5 => ["（此处写明本年度政府信息公开工作存在的主要问题及改进情况。）"],
            6 => ["（此处写明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，以及其他需要报告的事项。）"],
            _ => [],
        };
    }

    /// <summary>Section 一 from the figures alone: received, carried over, concluded, carried forward, appeals.</summary>
    private static IReadOnlyList<string> Summary(AnnualReport report)
    {
        var year = report.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年，" : "本年度，";
        var agency = report.Agency ?? "本机关";
        var parts = new List<string>();
        if (report.Applications is { } apps)
        {
            const int total = 6;
            parts.Add($"新收政府信息公开申请{Count(apps.Cell(RowKeys.NewlyReceived, total))}件，上年结转{Count(apps.Cell(RowKeys.CarriedOver, total))}件，"
                + $"本年度办理完毕{Count(apps.Cell(RowKeys.OutcomeTotal, total))}件，结转下年度继续办理{Count(apps.Cell(RowKeys.CarriedForward, total))}件");
        }

        if (report.ReviewLitigation is { } review)
        {
            var litigation = review.Cell(RowKeys.LitigationWithoutReconsideration, 4) + review.Cell(RowKeys.LitigationAfterReconsideration, 4);
            parts.Add($"因政府信息公开被申请行政复议{Count(review.Cell(RowKeys.Reconsideration, 4))}件、提起行政诉讼{Count(litigation)}件");
        }

        var figures = parts.Count > 0 ? $"{year}{agency}{string.Join("；", parts)}。各项数据见下表。" : $"{year}{agency}政府信息公开工作情况如下。";
        return [figures, "（此处写明主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面的情况。）"];
    }

    private static string Count(decimal? value) => value is { } v ? MarkdownReportWriter.FormatCell(v) : "（未知）";
}
