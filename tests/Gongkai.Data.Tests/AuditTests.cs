using Gongkai.Data.Demo;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

/// <summary>The audit log names the row id the database gave, and keeps personal data masked.</summary>
public sealed class AuditTests
{
    private static readonly RequestPolicy Policy = RequestPolicy.Official(FixedTimeProvider.At(2026, 11, 20));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Inserted_rows_are_audited_with_their_saved_ids(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.MigratedAsync(provider);
        var agencies = Enumerable.Range(1, 3).Select(i => new Agency { Name = $"示范市第{i}局", Level = AgencyLevel.Department }).ToList();
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync();
        var c = new CaseGenerator(5, Policy).Next(_ => "GK2026-AAAA0003", new DateOnly(2026, 11, 2));
        var record = RequestLog.Create(c.Request, agencies[1].Id, c.Applicant, "portal", DateTimeOffset.UnixEpoch);
        db.Requests.Add(record);
        await db.SaveChangesAsync();

        var audited = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "insert").ToListAsync();
        var agencyIds = audited.Where(e => e.Entity == nameof(Agency)).Select(e => e.EntityId).Order().ToList();
        Assert.Equal(agencies.Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order().ToList(), agencyIds);
        foreach (var entry in audited.Where(e => e.Entity == nameof(Agency)))
        {
            Assert.Contains($"\"Id\":\"{entry.EntityId}\"", entry.After, StringComparison.Ordinal);
        }

        var eventIds = audited.Where(e => e.Entity == nameof(RequestEventRecord)).Select(e => e.EntityId).ToHashSet();
        Assert.Equal(record.Events.Select(e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(), eventIds);
        Assert.All(record.Events, e => Assert.True(e.Id > 0));
        Assert.Equal(record.TrackingCode, Assert.Single(audited, e => e.Entity == nameof(RequestRecord)).EntityId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Names_addresses_e_mail_phones_and_id_numbers_are_masked(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.MigratedAsync(provider);
        var agency = new Agency { Name = "示范市教育局", Level = AgencyLevel.Department };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var applicant = new ApplicantDetails(ApplicantKind.NaturalPerson, "张三丰", "110101199003071233", "13812345678", "浙江省杭州市西湖区文三路90号3幢", "zhangsanfeng@example.cn");
        var registered = new Registered(new DateOnly(2026, 11, 2), "GK2026-AAAA0004", applicant.ToApplicant(), new RequestedInformation("示范市学区划分方案", InformationForm.Electronic, ReceivingMethod.Email), SubmissionChannel.InPerson);
        var record = RequestLog.Create(DisclosureRequest.Register(registered, Policy).Value!, agency.Id, applicant, "dengji", DateTimeOffset.UnixEpoch);
        db.Requests.Add(record);
        await db.SaveChangesAsync();
        record.ApplicantAddress = "北京市朝阳区建国路1号";
        record.ApplicantName = "张君宝";
        await db.SaveChangesAsync();

        var logged = string.Join("\n", await db.AuditEntries.Select(e => (e.Before ?? "") + (e.After ?? "")).ToListAsync());
        foreach (var secret in new[] { "张三丰", "张君宝", "三丰", "文三路", "3幢", "建国路", "zhangsanfeng", "13812345678", "110101199003071233" })
        {
            Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
        }

        Assert.Contains("\"ApplicantName\":\"张*\"", logged, StringComparison.Ordinal);
        Assert.Contains("\"ApplicantAddress\":\"浙江省杭州市西湖区***\"", logged, StringComparison.Ordinal);
        Assert.Contains("\"ApplicantAddress\":\"北京市朝阳区***\"", logged, StringComparison.Ordinal);
        Assert.Contains("\"ApplicantEmail\":\"z***@example.cn\"", logged, StringComparison.Ordinal);
        Assert.Contains("\"ApplicantPhone\":\"138****5678\"", logged, StringComparison.Ordinal);
    }
}
