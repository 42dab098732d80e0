using System.Diagnostics;
using System.Globalization;
using Gongkai.Bench.Oversight;
using Gongkai.Data;
using Gongkai.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// The reports store at the scale of a large city (README, "Benchmarks"); it reports figures and asserts nothing.
//   --provider sqlite|postgres   SQLite in a temporary folder, or a throwaway PostgreSQL server (default sqlite)
//   --units 2000                 units of the generated region (市 → 县/部门 → 乡镇)
//   --years 7                    years of reports per unit, ending with 2025
//   --batch 200                  files per upload request, as `gongkai import` sends them
//   --runs 10                    timed requests of the matrix and of reports, after warm-up
//   --split                      upload with the platform's worker off, then read the queue in a fresh process: each phase's rate
//   --no-build                   start the platform's Release build as it is, without building it first
//   --keep                       keep the SQLite folder (printed) instead of deleting it
//   --reuse FOLDER               time the pages on a SQLite folder kept by --keep, without generating or importing again
var options = Options.Parse(args);
var lastYear = 2025;
var firstYear = lastYear - options.Int("years", 7) + 1;
var units = Region.Generate(options.Int("units", 2000));
var provider = options.Get("provider", "sqlite") is "postgres" or "postgresql" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var reuse = options.Values.GetValueOrDefault("reuse");
var folder = reuse ?? Directory.CreateTempSubdirectory("gongkai-bench-oversight-").FullName;
PostgresServer? server = null;
try
{
    string connection;
    if (provider == DatabaseProvider.Sqlite)
    {
        connection = DatabaseSetup.SqliteInFolder(folder);
    }
    else
    {
        server = PostgresServer.Start();
        await using (var admin = new NpgsqlConnection(server.ConnectionString()))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE gongkai_bench", admin);
            await create.ExecuteNonQueryAsync();
        }

        connection = server.ConnectionString("gongkai_bench");
        Console.WriteLine($"PostgreSQL: throwaway server on port {server.Port} (removed at exit)");
    }

    var build = !options.Values.ContainsKey("no-build");
    Platform platform;
    HttpClient http;
    if (reuse is not null)
    {
        platform = await Platform.StartAsync(provider, connection, build, worker: false);
        http = await Http.SignedInAsync(platform.Address, Region.Supervisor, Region.Password);
        Console.WriteLine($"reused: {folder}");
    }
    else
    {
        (platform, http) = await ImportAsync();
    }

    await using var running = platform;
    using var signedIn = http;

    var runs = options.Int("runs", 10);
    await ReadTiming.MatrixAsync(http, firstYear, lastYear, runs);
    List<int> reports;
    await using (var db = Open(provider, connection))
    {
        reports = await db.PublishedReports.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
    }

    var random = new Random(7);
    await ReadTiming.ReportsAsync(http, [.. Enumerable.Range(0, Math.Max(runs, 20)).Select(_ => reports[random.Next(reports.Count)])], Math.Max(runs, 20));
    int unit;
    await using (var db = Open(provider, connection))
    {
        unit = await db.PublishedReports.AsNoTracking().Where(r => r.Id == reports[0]).Select(r => r.AgencyId).SingleAsync();
    }

    await ReadTiming.JudgingAsync(http, firstYear, lastYear, unit, Math.Min(runs, 5));

    async Task<(Platform, HttpClient)> ImportAsync()
    {
        var clock = Stopwatch.StartNew();
        Region.WriteRegister(units, firstYear, Path.Combine(folder, "单位名录.csv"));
        int[] ids;
        await using (var db = Open(provider, connection))
        {
            await SchemaMigrator.MigrateAsync(db);
            ids = await Region.StoreAsync(db, units, firstYear);
        }

        var levels = string.Join(", ", units.GroupBy(u => u.Level).Select(g => $"{g.Key} {g.Count()}"));
        Console.WriteLine($"region: {units.Count:N0} units ({levels}), register {Path.Combine(folder, "单位名录.csv")}, stored in {clock.Elapsed.TotalSeconds:N1} s on {provider}");

        clock.Restart();
        var files = ImportTiming.Generate(units, firstYear, lastYear);
        Console.WriteLine($"reports: {files.Count:N0} generated for {firstYear}–{lastYear} in {clock.Elapsed.TotalSeconds:N1} s");

        var batchSize = options.Int("batch", 200);
        Platform platform;
        HttpClient http;
        Dictionary<string, int> counts;
        if (options.Values.ContainsKey("split"))
        {
            // Upload with the worker off, then read with nothing else going on: each phase's own rate.
            List<int> queued;
            await using (var uploading = await Platform.StartAsync(provider, connection, build, worker: false))
            {
                using var client = await Http.SignedInAsync(uploading.Address, Region.Supervisor, Region.Password);
                queued = await ImportTiming.UploadAsync(client, uploading, files, batchSize);
            }

            platform = await Platform.StartAsync(provider, connection, build: false, worker: true);
            http = await Http.SignedInAsync(platform.Address, Region.Supervisor, Region.Password);
            Console.WriteLine("read: the queue alone, by the worker of a fresh platform process");
            counts = await ImportTiming.FollowAsync(http, platform, queued, files.Count, batchSize, Stopwatch.StartNew(), platform.ProcessorTime);
        }
        else
        {
            platform = await Platform.StartAsync(provider, connection, build, worker: true);
            http = await Http.SignedInAsync(platform.Address, Region.Supervisor, Region.Password);
            var started = Stopwatch.StartNew();
            var cpu = platform.ProcessorTime;
            var queued = await ImportTiming.UploadAsync(http, platform, files, batchSize);
            counts = await ImportTiming.FollowAsync(http, platform, queued, files.Count, batchSize, started, cpu);
        }

        if (counts.GetValueOrDefault("stored") != files.Count)
        {
            await using var db = Open(provider, connection);
            var odd = await db.ImportItems.AsNoTracking().Where(i => i.State != Gongkai.Data.Oversight.ImportState.Stored)
                .OrderBy(i => i.Id).Take(5).Select(i => new { i.FileName, i.State, i.Error }).ToListAsync();
            foreach (var o in odd)
            {
                Console.WriteLine($"  not stored: {o.FileName} {o.State} {o.Error}");
            }
        }

        return (platform, http);
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    NpgsqlConnection.ClearAllPools();
    server?.Dispose();
    if (options.Values.ContainsKey("keep") || reuse is not null)
    {
        Console.WriteLine($"kept {folder}");
    }
    else
    {
        Directory.Delete(folder, recursive: true);
    }
}

static GongkaiDb Open(DatabaseProvider provider, string connection)
{
    var builder = new DbContextOptionsBuilder<GongkaiDb>();
    DatabaseSetup.Configure(builder, provider, connection);
    return new GongkaiDb(builder.Options, TimeProvider.System, new FixedActor("bench"));
}

/// <summary>The command line: <c>--name value</c> pairs, <c>--keep</c> alone.</summary>
internal sealed record Options(IReadOnlyDictionary<string, string> Values)
{
    public string Get(string name, string fallback) => Values.GetValueOrDefault(name, fallback);

    public int Int(string name, int fallback) =>
        Values.TryGetValue(name, out var v) ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name value at '{args[i]}'.");
            }

            values[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
        }

        return new Options(values);
    }
}
