using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>表三 收到和处理政府信息公开申请情况: each row's 总计 and the table's balance choose among the readings.</summary>
internal static class ApplicationsTableReader
{
    public static ReportTable Read(ReportTemplate template, LocatedTables located, List<Finding> findings)
    {
        var single = located.SingleOtherHandling;
        var spec = single ? ReportTemplate.ApplicationsWithSingleOtherHandling : template.Applications;
        if (single && template == ReportTemplate.Format2021)
        {
            findings.Add(Finding.Warning(FindingCodes.TemplateSingleOtherHandling, TableId.Applications, RowKeys.OtherHandling, null,
                "表三「（六）其他处理」印成一行，而2021年格式（国办公开办函〔2021〕30号）分为逾期不补正、逾期未缴费、其他三行"));
        }

        RowEquation[] total = [new([0, 1, 2, 3, 4, 5], 6)];
        var readings = new Dictionary<string, RowReadingSet>();
        foreach (var row in spec.Rows)
        {
            if (located.Applications.TryGetValue(row.Key, out var printed))
            {
                readings[row.Key] = RowReadings.Enumerate(printed.Numbers, row.Columns.Length, total, ApplicantPlausibility);
            }
        }

        var solution = TableSolver.SolveApplications(readings, [.. spec.OutcomeRowKeys]);
        return ReadingFindings.Build(spec, located.Applications, solution, findings);
    }

    // 表三: most applicants are 自然人 (上海市人民政府办公厅 2019: 821 of 859; 区县 pages often print only 自然人 and 总计,
    // "3 3"), so of readings that all keep the row's sums, those with fewer organisations are the likelier.
    private static int ApplicantPlausibility(decimal[] v)
    {
        var cost = 0;
        for (var c = 1; c < 6; c++)
        {
            cost += v[c] != 0 ? 1 : 0;
        }

        return cost;
    }
}
