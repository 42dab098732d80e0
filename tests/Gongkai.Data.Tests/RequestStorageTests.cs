using Gongkai.Data.Demo;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

/// <summary>Requests stored as event logs on both databases: what is saved replays to the same request.</summary>
public sealed class RequestStorageTests
{
    private static readonly RequestPolicy Policy = RequestPolicy.Official(FixedTimeProvider.At(2026, 11, 20));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Migrations_run_once_and_create_every_table(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.MigratedAsync(provider);
        Assert.Empty(await SchemaMigrator.MigrateAsync(db));
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.AnnualReportDrafts.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Generated_cases_replay_to_the_same_status_outcome_and_deadline(DatabaseProvider provider)
    {
        var connection = TestDatabases.NewDatabase(provider);
        var expected = new Dictionary<string, DisclosureRequest>();
        await using (var db = TestDatabases.Open(provider, connection))
        {
            await SchemaMigrator.MigrateAsync(db);
            var agency = new Agency { Name = "示范市人民政府", Level = AgencyLevel.City };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            var generator = new CaseGenerator(7, Policy);
            for (var i = 0; i < 120; i++)
            {
                var c = generator.Next(d => TrackingCodes.New(d.Year), new DateOnly(2025, 1, 1));
                expected[c.Request.Id] = c.Request;
                db.Requests.Add(RequestLog.Create(c.Request, agency.Id, c.Applicant, "test", DateTimeOffset.UnixEpoch));
            }

            await db.SaveChangesAsync();
        }

        await using (var db = TestDatabases.Open(provider, connection))
        {
            var records = await db.Requests.Include(r => r.Events).ToListAsync();
            Assert.Equal(expected.Count, records.Count);
            foreach (var record in records)
            {
                var want = expected[record.TrackingCode];
                var got = RequestLog.Rebuild(record, Policy);
                Assert.True(got.IsSuccess, got.Error);
                Assert.Equal(want.Events.Select(Json), got.Value!.Events.Select(Json));
                Assert.Equal(want.Status, record.Status);
                Assert.Equal(want.Outcome, record.Outcome);
                Assert.Equal(want.Deadlines.AnswerDue, record.AnswerDue);
            }

            Assert.Contains(records, r => r.Status == RequestStatus.Delivered);
            Assert.Contains(records, r => r.Status == RequestStatus.Closed);
        }
    }

    private static string Json(RequestEvent e) => System.Text.Json.JsonSerializer.Serialize(e, e.GetType());

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_stale_save_is_refused_and_the_first_one_kept(DatabaseProvider provider)
    {
        var connection = TestDatabases.NewDatabase(provider);
        string code;
        await using (var db = TestDatabases.Open(provider, connection))
        {
            await SchemaMigrator.MigrateAsync(db);
            var agency = new Agency { Name = "示范县人民政府", Level = AgencyLevel.County };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            var c = new CaseGenerator(3, Policy).Next(_ => "GK2026-AAAA0001", new DateOnly(2026, 11, 20));
            db.Requests.Add(RequestLog.Create(c.Request, agency.Id, c.Applicant, "test", DateTimeOffset.UnixEpoch));
            await db.SaveChangesAsync();
            code = c.Request.Id;
        }

        await using var first = TestDatabases.Open(provider, connection, actor: "chengban");
        await using var second = TestDatabases.Open(provider, connection, actor: "fuze");
        var a = await first.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
        var b = await second.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
        var request = RequestLog.Rebuild(a, Policy).Value!;
        Assert.True(RequestLog.Append(a, request, new Decided(request.ReceivedOn, Outcome.Provided), "chengban", DateTimeOffset.UnixEpoch).IsSuccess);
        Assert.True(RequestLog.Append(b, request, new Withdrawn(request.ReceivedOn), "fuze", DateTimeOffset.UnixEpoch).IsSuccess);
        await first.SaveChangesAsync();
        // Either the version check or the log's unique (request, sequence) index refuses the stale save.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync());

        await using var check = TestDatabases.Open(provider, connection);
        var stored = await check.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
        Assert.Equal(Outcome.Provided, stored.Outcome);
        Assert.Equal(2, stored.Events.Count);
        var audit = await check.AuditEntries.Where(e => e.Entity == nameof(RequestRecord) && e.Action == "update").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("chengban", entry.Actor);
        Assert.Contains("\"Status\":\"InProgress\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Decided\"", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_audit_log_never_holds_a_full_id_number_or_phone(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.MigratedAsync(provider);
        var agency = new Agency { Name = "示范市教育局", Level = AgencyLevel.Department };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var c = new CaseGenerator(11, Policy).Next(_ => "GK2026-AAAA0002", new DateOnly(2026, 11, 1));
        db.Requests.Add(RequestLog.Create(c.Request, agency.Id, c.Applicant, "portal", DateTimeOffset.UnixEpoch));
        await db.SaveChangesAsync();

        var logged = string.Join("\n", await db.AuditEntries.Select(e => e.After ?? "").ToListAsync());
        Assert.DoesNotContain(c.Applicant.IdNumber, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(c.Applicant.Phone, logged, StringComparison.Ordinal);
        Assert.Contains(PersonalData.MaskIdNumber(c.Applicant.IdNumber), logged, StringComparison.Ordinal);
    }
}
