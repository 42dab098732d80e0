using System.Collections.Immutable;

namespace Gongkai.Domain.Reports;

/// <summary>
/// A narrative part of the report (一、总体情况 … 六、其他需要报告的事项): its number 1–6 as the template numbers it (null
/// for the text before part 一, such as the preamble), its title as printed ("" for the preamble) and its prose as
/// plain text, one paragraph a line, tables left out. Rules and comparisons use the number, never the title.
/// </summary>
public sealed record ReportSection(int? Number, string Heading, string Text)
{
    /// <summary>The part's number as printed: "一" … "六"; null for the preamble.</summary>
    public string? Numeral => Number is { } n and >= 1 and <= 6 ? Numerals[n - 1] : null;

    internal static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];

    /// <summary>The number of a printed numeral "一" … "六", or null.</summary>
    public static int? NumberOf(string? numeral) => Array.IndexOf(Numerals, numeral) is var i and >= 0 ? i + 1 : null;
}

/// <summary>
/// 政府信息公开工作年度报告: one agency's annual report for one calendar year, in one statutory template, with its
/// three tables and what is known to be wrong or doubtful in it. Produced alike by the document readers, by the
/// workspace from its cases, and by imports; its JSON shape is report-json.md.
/// </summary>
public sealed record AnnualReport
{
    public AnnualReport(ReportTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
    }

    /// <summary>The statutory format the tables follow, detected from the tables, not from the year.</summary>
    public ReportTemplate Template { get; init; }

    /// <summary>Where the report was read from (path or URL), if it was read.</summary>
    public string? Source { get; init; }

    /// <summary>The publishing agency (行政机关) as the title names it.</summary>
    public string? Agency { get; init; }

    /// <summary>The calendar year reported on (1月1日–12月31日).</summary>
    public int? Year { get; init; }

    /// <summary>The report's title as printed.</summary>
    public string? Title { get; init; }

    /// <summary>表二 主动公开政府信息情况, or null when the report has no such table.</summary>
    public ReportTable? Proactive { get; init; }

    /// <summary>表三 收到和处理政府信息公开申请情况, or null when absent.</summary>
    public ReportTable? Applications { get; init; }

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况, or null when absent.</summary>
    public ReportTable? ReviewLitigation { get; init; }

    /// <summary>The narrative parts in printed order (report-json.md <c>sections</c>); empty when the narrative was not read.</summary>
    public ImmutableArray<ReportSection> Sections { get; init; } = [];

    /// <summary>Findings of the reader and of the rules, in the order they were made.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    public ReportTable? Table(TableId id) => id switch
    {
        TableId.Proactive => Proactive,
        TableId.Applications => Applications,
        TableId.ReviewLitigation => ReviewLitigation,
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    public IEnumerable<ReportTable> Tables => new[] { Proactive, Applications, ReviewLitigation }.OfType<ReportTable>();

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The text of part <paramref name="number"/> (1–6), or null when the report has no such part.</summary>
    public string? SectionText(int number) => Sections.FirstOrDefault(s => s.Number == number)?.Text;

    public AnnualReport WithFindings(IEnumerable<Finding> more) => this with { Findings = Findings.AddRange(more) };
}
