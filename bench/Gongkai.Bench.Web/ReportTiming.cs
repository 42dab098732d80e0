using System.Diagnostics;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Web;

/// <summary>
/// <c>report</c>: <see cref="AnnualReportQuery.BuildAsync"/> for one agency's 2025 (~1% of the requests). The first
/// call pays for the model and the first connection; "cold" calls start on a new connection each; "warm" calls
/// reuse the pool. Median of <c>--runs</c>; the OS page cache is not dropped.
/// </summary>
internal static class ReportTiming
{
    public static async Task RunAsync(BenchDatabase database, BenchOptions options)
    {
        const int year = 2025;
        await using (var db = database.Open())
        {
            await SchemaMigrator.MigrateAsync(db);
            var count = await db.Requests.CountAsync(r => r.AgencyId == options.Agency);
            Console.WriteLine($"report: agency {options.Agency}, {year}, {count:N0} requests of {await db.Requests.CountAsync():N0}, {database.Provider}");
            Console.WriteLine("  plan: " + string.Join(" | ", await PlanAsync(db, options.Agency, year)));
        }

        database.ClearPools();
        var first = await TimeAsync(database, options.Agency, year);
        var cold = new List<double>();
        var warm = new List<double>();
        for (var i = 0; i < options.Runs; i++)
        {
            database.ClearPools();
            cold.Add(await TimeAsync(database, options.Agency, year));
        }

        for (var i = 0; i < options.Runs; i++)
        {
            warm.Add(await TimeAsync(database, options.Agency, year));
        }

        Console.WriteLine($"  first call {first:N1} ms; new connection median {Median(cold):N1} ms (max {cold.Max():N1}); warm median {Median(warm):N1} ms (max {warm.Max():N1}); {options.Runs} runs each; target < 1000 ms");
    }

    private static async Task<double> TimeAsync(BenchDatabase database, int agency, int year)
    {
        var clock = Stopwatch.StartNew();
        await using var db = database.Open();
        var report = await AnnualReportQuery.BuildAsync(db, agency, year);
        clock.Stop();
        GC.KeepAlive(report);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    // The plan of the report's main query (the same WHERE as AnnualReportQuery), to see which index it uses.
    private static async Task<IReadOnlyList<string>> PlanAsync(GongkaiDb db, int agency, int year)
    {
        var sql = $"""
            SELECT received_on, concluded_on, outcome, applicant_kind FROM requests
            WHERE agency_id = {agency} AND received_on <= '{year}-12-31'
              AND (received_on >= '{year}-01-01' OR concluded_on IS NULL OR concluded_on >= '{year}-01-01')
            """;
        var explain = DatabaseSetup.ProviderOf(db) == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = explain + sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString()?.Trim() ?? "");
        }

        return lines;
    }
}
