using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>表四 政府信息公开行政复议、行政诉讼情况: 15 figures in one run, read as three groups of five.</summary>
internal static class ReviewTableReader
{
    public static ReportTable Read(ReportTemplate template, LocatedTables located, List<Finding> findings)
    {
        var spec = template.ReviewLitigation;
        RowEquation[] groups = [new([0, 1, 2, 3], 4), new([5, 6, 7, 8], 9), new([10, 11, 12, 13], 14)];
        var readings = new Dictionary<string, RowReadingSet> { ["all"] = RowReadings.Enumerate(located.ReviewLitigation, 15, groups) };
        var solution = TableSolver.SolveRows(readings);
        var printed = string.Join(" ", located.ReviewLitigation.Select(n => n.Shown));
        var name = $"{spec.PrintedName}";
        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        if (solution.Chosen.TryGetValue("all", out var chosen))
        {
            for (var g = 0; g < 3; g++)
            {
                rows[spec.Rows[g].Key] = chosen.Values.Skip(g * 5).Take(5).Select(v => (decimal?)v).ToArray();
            }

            if (ReadingFindings.Describes(chosen, solution, "all"))
            {
                ReadingFindings.Describe(findings, TableId.ReviewLitigation, null, name, printed, chosen, solution, "all");
            }
            else
            {
                var blanks = RowReadings.BlankColumns(located.ReviewLitigation, 15);
                for (var g = 0; g < 3; g++)
                {
                    int[] inGroup = [.. blanks.Where(c => c / 5 == g).Select(c => c % 5)];
                    ReadingFindings.TellBlanks(findings, spec, spec.Rows[g].Key, inGroup, chosen, verifiable: true);
                }
            }
        }
        else
        {
            foreach (var row in spec.Rows)
            {
                rows[row.Key] = new decimal?[5];
            }

            findings.Add(Finding.Error(FindingCodes.ParseUnresolved, TableId.ReviewLitigation, null, null,
                $"{name}印作「{printed}」，共{located.ReviewLitigation.Count}个数，与表四的15个单元格对不上，无法读取"));
        }

        return ReportTable.Create(spec, rows);
    }
}
