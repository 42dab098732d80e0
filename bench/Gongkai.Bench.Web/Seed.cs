using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Data.Demo;
using Gongkai.Domain.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bench.Web;

/// <summary>
/// <c>seed</c>: a region of <c>--agencies</c> agencies (a province and the offices under it) and <c>--requests</c>
/// requests spread evenly over them, received during 2025. Rows are what the platform writes: each request made by
/// <see cref="CaseGenerator"/> and stored with <see cref="RequestLog.Create"/>, saved through <see cref="GongkaiDb"/>
/// (so with its audit entries), in batches of one transaction each with change detection off.
/// </summary>
internal static class Seed
{
    private const int BatchSize = 1000;

    public static async Task RunAsync(BenchDatabase database, BenchOptions options)
    {
        if (database.Provider == DatabaseProvider.Sqlite && options.Connection is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(options.DataFolder, "gongkai.db*"))
            {
                File.Delete(file);
            }
        }

        var agencyIds = await CreateRegionAsync(database, options.Agencies);
        var policy = RequestPolicy.Official(BenchDatabase.Clock);
        var from = new DateOnly(policy.Today.Year, 1, 1);
        var now = BenchDatabase.Clock.GetUtcNow();
        var codes = new ConcurrentDictionary<string, byte>();
        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(8) { SingleReader = options.Writers == 1 });

        Console.WriteLine($"seed: {options.Requests:N0} requests over {agencyIds.Count} agencies into {database.Provider}, {options.Writers} writer(s)");
        var clock = Stopwatch.StartNew();
        var produce = Task.Run(async () =>
        {
            await Parallel.ForEachAsync(
                agencyIds.Select((id, i) => (id, i)),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) },
                async (agency, ct) =>
                {
                    var count = options.Requests / agencyIds.Count + (agency.i < options.Requests % agencyIds.Count ? 1 : 0);
                    var generator = new CaseGenerator(20250000 + agency.id, policy);
                    var batch = new Batch();
                    for (var n = 0; n < count; n++)
                    {
                        var generated = generator.Next(d => UniqueCode(codes, d.Year), from);
                        var record = RequestLog.Create(generated.Request, agency.id, generated.Applicant, "portal", now);
                        batch.Requests.Add(record);
                        if (generated.Appeal is { } appeal)
                        {
                            batch.Appeals.Add(AppealRecord.From(record.TrackingCode, agency.id, appeal));
                        }

                        if (batch.Requests.Count == BatchSize || n == count - 1)
                        {
                            await batches.Writer.WriteAsync(batch, ct);
                            batch = new Batch();
                        }
                    }
                });
            batches.Writer.Complete();
            Console.WriteLine($"  generation finished at {clock.Elapsed.TotalSeconds:N1} s");
        });

        var written = 0L;
        var events = 0L;
        var savingTicks = 0L;
        var writers = Enumerable.Range(0, options.Writers).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync())
            {
                await using var db = database.Open("portal");
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Requests.AddRange(batch.Requests);
                db.Appeals.AddRange(batch.Appeals);
                var saving = Stopwatch.GetTimestamp();
                await db.SaveChangesAsync();
                Interlocked.Add(ref savingTicks, Stopwatch.GetTimestamp() - saving);
                Interlocked.Add(ref events, batch.Requests.Sum(r => r.Events.Count));
                var total = Interlocked.Add(ref written, batch.Requests.Count);
                if (total % 50_000 < BatchSize)
                {
                    Console.WriteLine($"  {total,10:N0} requests  {total / clock.Elapsed.TotalSeconds,8:N0} requests/s");
                }
            }
        })).ToList();
        await Task.WhenAll(writers.Append(produce));
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        await using var check = database.Open();
        var rows = await check.Requests.LongCountAsync() + await check.RequestEvents.LongCountAsync()
            + await check.Appeals.LongCountAsync() + await check.AuditEntries.LongCountAsync();
        Console.WriteLine($"  time in SaveChanges (summed over writers): {Stopwatch.GetElapsedTime(0, savingTicks).TotalSeconds:N1} s");
        Console.WriteLine($"seed done: {written:N0} requests, {events:N0} events in {seconds:N1} s");
        Console.WriteLine($"  {written / seconds:N0} requests/s; {rows:N0} rows in all (requests, events, appeals, audit entries): {rows / seconds:N0} rows/s");
        Console.WriteLine($"  database size: {BenchDatabase.Format(await database.SizeInMegabytesAsync())} MB");
    }

    private static string UniqueCode(ConcurrentDictionary<string, byte> codes, int year)
    {
        // 40 random bits: among a million codes a repeat is likely, and the platform would retry it the same way.
        while (true)
        {
            var code = TrackingCodes.New(year);
            if (codes.TryAdd(code, 0))
            {
                return code;
            }
        }
    }

    private static async Task<IReadOnlyList<int>> CreateRegionAsync(BenchDatabase database, int count)
    {
        await using var db = database.Open();
        await SchemaMigrator.MigrateAsync(db);
        if (await db.Requests.AnyAsync())
        {
            throw new InvalidOperationException("The database already holds requests: seed needs an empty database.");
        }

        var province = new Agency { Name = "示范省人民政府", Level = AgencyLevel.Province };
        db.Agencies.Add(province);
        var agencies = new List<Agency> { province };
        for (var i = 1; i < count; i++)
        {
            var agency = i % 3 == 0
                ? new Agency { Name = $"示范省第{i}县人民政府", Level = AgencyLevel.County, Parent = province }
                : new Agency { Name = $"示范省第{i}厅", Level = AgencyLevel.Department, Parent = province };
            agencies.Add(agency);
            db.Agencies.Add(agency);
        }

        await db.SaveChangesAsync();

        // The report times the first office under the province; the province itself comes last, so ids stay in order.
        return [.. agencies.Skip(1).Select(a => a.Id), province.Id];
    }

    private sealed class Batch
    {
        public List<RequestRecord> Requests { get; } = new(BatchSize);

        public List<AppealRecord> Appeals { get; } = [];
    }
}
