using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents.Text;

/// <summary>
/// Reads an annual report from plain text in any of the layouts published reports come in: tab-separated rows,
/// one cell per line, a whole report on one line, Markdown pipe tables, <c>pdftotext -layout</c> output. Cells that
/// ran together and blank cells are resolved with the template's identities; every inference is a finding. The
/// stages, in order: <see cref="TableLocator"/> finds the tables' rows, <see cref="TemplateDetector"/> tells the
/// format, one reader per table (<see cref="ProactiveTableReader"/>, <see cref="ApplicationsTableReader"/>,
/// <see cref="ReviewTableReader"/>) chooses each row's reading, and <see cref="ReadingFindings"/> says what was read
/// otherwise than as printed.
/// </summary>
public static class TextReportReader
{
    /// <summary>
    /// The report read from <paramref name="text"/>, carrying what the format's reader noticed before it
    /// (<paramref name="readerFindings"/>: damaged bytes, cells it could not take), or the reason there is none.
    /// A second report in the same text is not read but said (<see cref="SecondReport"/>).
    /// </summary>
    public static Result<AnnualReport> Read(string text, string? source, IReadOnlyCollection<Finding>? readerFindings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Finding> more = [.. readerFindings ?? []];
        var report = ReadTables(text, source);
        if (report is not null && SecondReport.Find(text) is { } split && ReadTables(split.First, source) is { } first)
        {
            report = first;
            more.Add(Finding.Warning(FindingCodes.ParseSecondReport, null, null, null,
                $"文件中还有另一份年度报告（第{split.Line}行起「{split.Title}」，{split.Second.Agency ?? "机关不详"}{(split.Second.Year is { } y ? $" {y} 年" : "")}），未读取；请把两份报告分开保存后分别读取"));
        }

        if (report is null)
        {
            var damage = more.FirstOrDefault(f => f.Code == FindingCodes.TextInvalidBytes);
            return Result.Fail<AnnualReport>("文件中没有找到年度报告的统计表（表二、表三、表四）" + (damage is null ? "" : $"；另：{damage.Message}"));
        }

        return Result.Ok(more.Count == 0 ? report : report.WithFindings(more));
    }

    /// <summary>
    /// The tables read with reader and rule findings, or null when the text holds no report table; the readers that
    /// weigh two texts of one file (PDF) compare these before one becomes the file's <see cref="Read"/>.
    /// </summary>
    internal static AnnualReport? ReadTables(string text, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var located = TableLocator.Locate(Tokenizer.Segments(normalized));
        if (located.Proactive.Count == 0 && located.Applications.Count == 0 && located.ReviewLitigation.Count == 0)
        {
            return null;
        }

        var (title, agency, year) = TitleReader.Read(normalized);
        var findings = new List<Finding>();
        var template = TemplateDetector.Detect(located, year);
        var proactive = located.Proactive.Count > 0 ? ProactiveTableReader.Read(template, located, findings) : null;
        var applications = located.Applications.Count > 0 ? ApplicationsTableReader.Read(template, located, findings) : null;
        var review = located.ReviewLitigation.Count > 0 ? ReviewTableReader.Read(template, located, findings) : null;
        ReadingFindings.AboutLayout(located, proactive, applications, review, findings);

        var report = new AnnualReport(template)
        {
            Source = source,
            Title = title,
            Agency = agency,
            Year = year,
            Proactive = proactive,
            Applications = applications,
            ReviewLitigation = review,
            Sections = NarrativeReader.Read(normalized, located),
            Findings = [.. findings],
        };
        return ReportRules.Apply(report);
    }
}
