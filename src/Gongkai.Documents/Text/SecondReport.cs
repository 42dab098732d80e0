namespace Gongkai.Documents.Text;

/// <summary>
/// Finds a second report in one file: two reports saved one after the other (splice__two_reports.txt of the hostile
/// corpus: 细河区 2021 followed by 瀋河回族区 2023, of which only the first was read and nothing said). A second
/// report is a title line of an annual report after which the text holds report tables of its own, while the text
/// before it holds tables too; a page title repeated as the body's heading has no tables before it and is no split.
/// </summary>
internal static class SecondReport
{
    /// <summary>Longest line taken for a title: a title is a line of its own, not a sentence of the overview.</summary>
    private const int MaxTitleLength = 100;

    /// <summary>The first report's text and where the second begins, or null when the file holds one report.</summary>
    public static (string First, int Line, string Title, Domain.Reports.AnnualReport Second)? Find(string text)
    {
        var lines = text.Split('\n');
        var titles = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            // 「阜新市细河区人民政府 2021 年度 政府信息公开工作报告」 as well as 「…政府信息公开工作年度报告」.
            if (line.Length <= MaxTitleLength && line.Contains("政府信息公开", StringComparison.Ordinal)
                && (line.Contains("年度报告", StringComparison.Ordinal) || line.Contains("工作报告", StringComparison.Ordinal)))
            {
                titles.Add(i);
            }
        }

        foreach (var at in titles.Where(t => t > 0))
        {
            var first = string.Join('\n', lines[..at]);
            if (!HasTables(first))
            {
                continue;
            }

            if (TextReportReader.ReadTables(string.Join('\n', lines[at..]), null) is { } second)
            {
                return (first, at + 1, lines[at].Trim(), second);
            }
        }

        return null;
    }

    private static bool HasTables(string text)
    {
        var located = TableLocator.Locate(Tokenizer.Segments(TextNormalizer.Normalize(text)));
        return located.Proactive.Count + located.Applications.Count + located.ReviewLitigation.Count > 0;
    }
}
