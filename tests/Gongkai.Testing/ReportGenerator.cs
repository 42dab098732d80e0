using Gongkai.Domain.Reports;

namespace Gongkai.Testing;

/// <summary>
/// Random reports that satisfy every rule of their template, for round trips and benchmarks. Counts are small and
/// mostly zero, as in real county-level reports, with a few larger rows.
/// </summary>
public static class ReportGenerator
{
    public static AnnualReport Generate(Random random, ReportTemplate template, int year)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(template);
        return new AnnualReport(template)
        {
            Agency = Agencies[random.Next(Agencies.Length)],
            Year = year,
            Proactive = Proactive(random, template.Proactive),
            Applications = Applications(random, template.Applications),
            ReviewLitigation = Review(random, template.ReviewLitigation),
        };
    }

    private static readonly string[] Agencies =
    [
        "阜新市细河区人民政府", "金昌市金川区人民政府", "沈阳市瀋河区人民政府办公室", "淮安市洪泽区人民政府", "朝阳市人民政府办公室",
        "某某县自然资源局", "某某市生态环境局", "某某镇人民政府",
    ];

    private static int Count(Random r) => r.Next(10) switch
    {
        < 6 => 0,
        < 9 => r.Next(1, 20),
        _ => r.Next(20, 400),
    };

    private static ReportTable Proactive(Random r, TableSpec spec)
    {
        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        foreach (var row in spec.Rows)
        {
            rows[row.Key] = row.Columns.Select(c => (decimal?)(c.Kind switch
            {
                CellKind.Money => r.Next(3) == 0 ? 0m : Math.Round((decimal)r.NextDouble() * 500, 2),
                CellKind.SignedCount => r.Next(-5, 6),
                _ => Count(r),
            })).ToArray();
        }

        return ReportTable.Create(spec, rows);
    }

    private static ReportTable Applications(Random r, TableSpec spec)
    {
        var outcomes = spec.OutcomeRowKeys.ToList();
        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        var total = new decimal[7];
        var carriedOver = new decimal?[7];
        var carriedForward = new decimal?[7];
        var received = new decimal?[7];
        foreach (var key in outcomes)
        {
            var cells = new decimal?[7];
            for (var c = 0; c < 6; c++)
            {
                cells[c] = c == 0 || r.Next(4) == 0 ? Count(r) / (c == 0 ? 1 : 3) : 0;
            }

            cells[6] = cells.Take(6).Sum();
            rows[key] = cells;
            for (var c = 0; c < 7; c++)
            {
                total[c] += cells[c]!.Value;
            }
        }

        for (var c = 0; c < 6; c++)
        {
            carriedOver[c] = Math.Min(total[c], r.Next(3) == 0 ? r.Next(0, 4) : 0);
            carriedForward[c] = r.Next(3) == 0 ? r.Next(0, 4) : 0;
            received[c] = total[c] + carriedForward[c] - carriedOver[c];
        }

        carriedOver[6] = carriedOver.Take(6).Sum();
        carriedForward[6] = carriedForward.Take(6).Sum();
        received[6] = received.Take(6).Sum();
        rows["newlyReceived"] = received;
        rows["carriedOver"] = carriedOver;
        rows["outcomeTotal"] = total.Select(v => (decimal?)v).ToArray();
        rows["carriedForward"] = carriedForward;
        return ReportTable.Create(spec, rows);
    }

    private static ReportTable Review(Random r, TableSpec spec)
    {
        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        foreach (var row in spec.Rows)
        {
            var cells = new decimal?[5];
            for (var c = 0; c < 4; c++)
            {
                cells[c] = r.Next(3) == 0 ? r.Next(0, 6) : 0;
            }

            cells[4] = cells.Take(4).Sum();
            rows[row.Key] = cells;
        }

        return ReportTable.Create(spec, rows);
    }
}
