using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>表二 主动公开政府信息情况 from the rows the locator found: each row's readings weighed by what its columns mean.</summary>
internal static class ProactiveTableReader
{
    public static ReportTable Read(ReportTemplate template, LocatedTables located, List<Finding> findings)
    {
        var spec = template.Proactive;
        var readings = new Dictionary<string, RowReadingSet>();
        foreach (var row in spec.Rows)
        {
            if (located.Proactive.TryGetValue(row.Key, out var printed))
            {
                Func<decimal[], int>? shape = row.Key is RowKeys.Regulations or RowKeys.NormativeDocuments ? DocumentsPlausibility
                    : row.Columns.Length == 3 && row.Columns[1].Kind == CellKind.SignedCount ? ItemsPlausibility : null;
                var signed = row.Columns.Select(c => c.Kind == CellKind.SignedCount).ToArray();
                readings[row.Key] = RowReadings.Enumerate(printed.Numbers, row.Columns.Length, [], v => SignPlausibility(v, signed) + (shape?.Invoke(v) ?? 0));
            }
        }

        return ReadingFindings.Build(spec, located.Proactive, TableSolver.SolveRows(readings), findings);
    }

    // Only 2019's 本年增/减 may be negative: a reading that puts a signed figure in another column is far less likely
    // than one that leaves a zero blank. A WPS-printed 2019 report with zeros left blank runs "行政许可 -2 279" (上一年
    // 0, 增/减 -2, 处理决定 279) and "行政处罚 55 -4" together; without this the cheaper split "-2、2、79" was taken.
    private static int SignPlausibility(decimal[] v, bool[] signed)
    {
        var cost = 0;
        for (var c = 0; c < v.Length; c++)
        {
            cost += v[c] < 0 && !signed[c] ? 10 : 0;
        }

        return cost;
    }

    // 表二 第（一）项: the documents in force include this year's, so 现行有效件数 below 本年制发件数 is unlikely.
    private static int DocumentsPlausibility(decimal[] v) => v[2] < v[0] ? 2 : 0;

    // 2019 表二 上一年项目数量 | 本年增/减 | 处理决定数量: no rule ties them, but agencies mostly print the third as the
    // first plus the change ("21 +19 40", "339 +123 462", "8249 -1942 6307", "6 减4 2" in 2019–2020 reports), so of
    // several readings of a row that ran together the one that adds up is the likelier (still warned as ambiguous).
    private static int ItemsPlausibility(decimal[] v) => v[0] + v[1] == v[2] ? 0 : 1;
}
