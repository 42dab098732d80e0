using Gongkai.Bench.Web;

// Platform benchmarks: they report figures and assert nothing. See README, "Benchmarks".
//   seed   --provider sqlite|postgres --requests 1000000 --agencies 100
//   report --provider sqlite|postgres [--agency 2] [--runs 20]
//   load   --provider sqlite|postgres [--seconds 30] [--clients 200] [--path "/api/portal/requests/{code}"]
//   all    the three in order (the only way to use the throwaway PostgreSQL server without --connection)
// Common: --data FOLDER (SQLite, default /tmp/gongkai-bench), --connection CS (PostgreSQL server of your own).
var options = BenchOptions.Parse(args);
await using var database = await BenchDatabase.OpenAsync(options);
switch (options.Command)
{
    case "seed":
        await Seed.RunAsync(database, options);
        break;
    case "report":
        await ReportTiming.RunAsync(database, options);
        break;
    case "load":
        await Load.RunAsync(database, options);
        break;
    case "all":
        await Seed.RunAsync(database, options);
        await ReportTiming.RunAsync(database, options);
        await Load.RunAsync(database, options);
        break;
    default:
        Console.Error.WriteLine($"Unknown command '{options.Command}': seed, report, load or all.");
        return 2;
}

return 0;
