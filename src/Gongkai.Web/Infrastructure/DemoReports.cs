using Gongkai.Domain.Reports;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Annual reports for the demonstration region's units: counts drawn at random, then made to satisfy every rule of
/// the 2021 template (each 总计 the sum of its parts, 一+二 = 三（七）+四 per column), as a real report should.
/// </summary>
internal static class DemoReports
{
    public static AnnualReport Generate(Random random, string agency, int year)
    {
        var template = ReportTemplate.Format2021;
        return new AnnualReport(template)
        {
            Agency = agency,
            Year = year,
            Proactive = Proactive(random, template.Proactive),
            Applications = Applications(random, template.Applications),
            ReviewLitigation = Review(random, template.ReviewLitigation),
            Sections =
            [
                new ReportSection(1, "一、总体情况", $"{year}年，{agency}深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实做好政府信息主动公开、依申请公开和政府信息管理工作。"),
                new ReportSection(5, "五、存在的主要问题及改进情况", "政务公开工作仍存在信息发布不够及时、解读形式较为单一等问题。下一步将加强业务培训，完善发布审核机制。"),
                new ReportSection(6, "六、其他需要报告的事项", "本年度未收取信息处理费。"),
            ],
        };
    }

    private static int Count(Random r, int scale) => r.Next(10) switch
    {
        < 5 => 0,
        < 9 => r.Next(1, 6 * scale),
        _ => r.Next(6 * scale, 40 * scale),
    };

    private static ReportTable Proactive(Random r, TableSpec spec) => ReportTable.Create(spec, spec.Rows.ToDictionary(
        row => row.Key,
        row => (IReadOnlyList<decimal?>?)row.Columns.Select(c => (decimal?)(c.Kind == CellKind.Money ? Math.Round((decimal)r.NextDouble() * 50, 2) : Count(r, 10))).ToArray()));

    private static ReportTable Applications(Random r, TableSpec spec)
    {
        var outcomes = spec.OutcomeRowKeys.ToList();
        var rows = spec.Rows.ToDictionary(row => row.Key, _ => new decimal?[7]);
        for (var c = 0; c < 6; c++)
        {
            // 自然人 ask most; the other kinds of applicant now and then.
            var scale = c == 0 ? 3 : 1;
            decimal outcomeTotal = 0;
            foreach (var key in outcomes)
            {
                var n = key is "disclosed" or "partiallyDisclosed" or "unavailable.notHeld" ? Count(r, scale) : (r.Next(8) == 0 ? r.Next(1, 3) : 0);
                rows[key][c] = n;
                outcomeTotal += n;
            }

            var forward = r.Next(4) == 0 ? r.Next(1, 4) : 0;
            var over = Math.Min(r.Next(3), (int)outcomeTotal + forward);
            rows["outcomeTotal"][c] = outcomeTotal;
            rows["carriedForward"][c] = forward;
            rows["carriedOver"][c] = over;
            rows["newlyReceived"][c] = outcomeTotal + forward - over;
        }

        foreach (var row in rows.Values)
        {
            row[6] = Enumerable.Range(0, 6).Sum(c => row[c] ?? 0);
        }

        return ReportTable.Create(spec, rows.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<decimal?>?)kv.Value));
    }

    private static ReportTable Review(Random r, TableSpec spec) => ReportTable.Create(spec, spec.Rows.ToDictionary(
        row => row.Key,
        row =>
        {
            var values = new decimal?[5];
            for (var c = 0; c < 4; c++)
            {
                values[c] = r.Next(6) == 0 ? r.Next(1, 4) : 0;
            }

            values[4] = values.Take(4).Sum();
            return (IReadOnlyList<decimal?>?)values;
        }));
}
