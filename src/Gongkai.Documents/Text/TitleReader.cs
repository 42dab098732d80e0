using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Text;

/// <summary>Reads the title, the agency and the year from the top of a report.</summary>
internal static partial class TitleReader
{
    public static (string? Title, string? Agency, int? Year) Read(string normalized)
    {
        string? previous = null;
        foreach (var raw in FirstLines(normalized, 12))
        {
            var line = Spaces().Replace(raw, "");
            var m = AgencyFirst().Match(line);

            // A title broken over two lines: "西咸新区底张街道办事处2023年度政府" / "信息公开工作年度报告".
            if (!m.Success && previous is { Length: > 1 and < 40 } && !previous.Contains('。', StringComparison.Ordinal)
                && AgencyFirst().Match(previous + line) is { Success: true } joined && joined.Groups["agency"].Length > 0)
            {
                m = joined;
                line = previous + line;
            }

            if (m.Success)
            {
                var agency = CleanAgency(m.Groups["agency"].Value);
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                string title = line;

                // The title inside the opening sentence, "根据《…条例》规定,现公布区统计局2023年政府信息公开工作年度报告"
                // (西安 区统计局 2023): the agency is what follows the sentence's last pause and its verb.
                if (SentenceHead().Match(agency) is { Success: true } head)
                {
                    agency = CleanAgency(agency[(head.Index + head.Length)..]);
                    title = agency + line[m.Groups["year"].Index..(m.Index + m.Length)];
                }

                // 淮安市洪泽区 2023: "洪泽区人民政府" on one line, "2023 年政府信息公开工作年度报告" on the next.
                if (agency.Length == 0 && previous is { Length: > 1 and < 40 } && !previous.Contains('。', StringComparison.Ordinal))
                {
                    agency = CleanAgency(previous);
                    title = previous + line;
                }

                if (agency.Length == 0 && YearFirst().Match(line) is { Success: true } y)
                {
                    agency = CleanAgency(y.Groups["agency"].Value);
                }

                return (title, agency.Length > 0 ? FullName(agency, normalized) : null, year);
            }

            previous = line;
        }

        var top = Spaces().Replace(normalized.Length > 4000 ? normalized[..4000] : normalized, "");
        var anywhere = AgencyFirst().Match(top);
        if (anywhere.Success)
        {
            return (null, null, int.Parse(anywhere.Groups["year"].Value, CultureInfo.InvariantCulture));
        }

        // No title printed (a PDF of a web page leaves out its <title>): the report still states its period,
        // "本报告中所列数据统计期限为2025年1月1日至12月31日" — the calendar year the report covers (条例第五十条).
        // Then, as pages that print neither say it: "现将我办2022年度政府信息公开情况报告如下" (武汉市汉阳区 2022), or
        // the year 一、总体情况 opens with, "一、总体情况 2019年我局政府信息公开工作运行良好" (岳阳市南湖新区 2019).
        // Last, the year the report speaks for at its opening, "…等六个方面汇报我镇2023年政府信息公开工作" (新疆 某镇 2023),
        // and the year-end the figures are counted to, "截止2023年12月31日我局通过官方网站发布…" (长春市 某局 2023).
        foreach (var fallback in (ReadOnlySpan<Regex>)[StatisticsPeriod(), YearReported(), OverviewYear(), ReportingOn(), CountedTo()])
        {
            var m = fallback.Match(top);
            if (m.Success)
            {
                return (null, null, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture));
            }
        }

        return (null, null, null);
    }

    /// <summary>
    /// A title that names the agency without its city ("洪泽区人民政府") while the body names it in full
    /// ("本报告由淮安市洪泽区人民政府办公室…"): the full name is the agency.
    /// </summary>
    private static string FullName(string agency, string text)
    {
        var head = text.Length > 3000 ? text[..3000] : text;
        var compact = Spaces().Replace(head, "");
        foreach (var length in new[] { 2, 3 })
        {
            // Two-character city names first ("淮安市"), so that "本报告由淮安市…" does not take "由": the first
            // place where the agency follows that many ideographs and 省, 市, 州 or 盟.
            for (var at = compact.IndexOf(agency, StringComparison.Ordinal); at >= 0; at = compact.IndexOf(agency, at + 1, StringComparison.Ordinal))
            {
                if (at > length && compact[at - 1] is '省' or '市' or '州' or '盟' && IsIdeographs(compact.AsSpan(at - 1 - length, length)))
                {
                    var city = compact.Substring(at - 1 - length, length + 1);
                    if (!agency.Contains(city, StringComparison.Ordinal))
                    {
                        return city + agency;
                    }

                    break;
                }
            }
        }

        return agency;
    }

    // The first non-blank lines, trimmed; a report is thousands of lines, of which only the top names it.
    private static IEnumerable<string> FirstLines(string text, int count)
    {
        var start = 0;
        while (count > 0 && start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                count--;
                yield return line.ToString();
            }

            start = end + 1;
        }
    }

    private static bool IsIdeographs(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (ch is < '\u4E00' or > '\u9FFF')
            {
                return false;
            }
        }

        return true;
    }

    private static string CleanAgency(string s)
    {
        s = s.Trim().TrimStart('《', '“', '"').TrimEnd('》', '”', '"');
        if (s.StartsWith("关于", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        if (s.EndsWith("关于", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        return s.Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "阜新市细河区人民政府2021年度政府信息公开工作报告", "朝阳市政府办公室2021年政府信息公开工作年度报告".
    [GeneratedRegex(@"^(?<agency>.{0,40}?)(?<year>20[1-3]\d)年度?(?:的)?(?<rest>.{0,20}?)政府信息公开(?:工作)?(?:年度)?(?:工作)?报告")]
    private static partial Regex AgencyFirst();

    [GeneratedRegex(@"统计期限(?:为|从|是|自)?(?<year>20[1-3]\d)年1月1日(?:起)?(?:至|到)(?:\k<year>年)?12月31日")]
    private static partial Regex StatisticsPeriod();

    // "2021年度某某区人民政府政府信息公开工作年度报告".
    [GeneratedRegex(@"^(?:20[1-3]\d)年度?(?<agency>.{2,40}?)政府信息公开")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<year>20[1-3]\d)年度?政府信息公开(?:工作)?(?:情况|年度报告|工作报告)")]
    private static partial Regex YearReported();

    [GeneratedRegex(@"一、总体情况(?<year>20[1-3]\d)年")]
    private static partial Regex OverviewYear();

    [GeneratedRegex(@"(?:汇报|报告)(?:我[镇乡局办委区县市街]|本机关|本单位)?(?<year>20[1-3]\d)年度?(?:的)?政府信息公开")]
    private static partial Regex ReportingOn();

    [GeneratedRegex(@"截[止至](?<year>20[1-3]\d)年12月31日")]
    private static partial Regex CountedTo();

    // An agency group that is the tail of a sentence: up to its last pause or quotation, then the verb that
    // introduces the title ("现公布", "特发布", "现将").
    [GeneratedRegex(@"^.*[，,。；;：:》」”](?:现|特|兹)?(?:公布|发布|印发|报告|将)?")]
    private static partial Regex SentenceHead();
}
