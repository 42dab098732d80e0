using Gongkai.Domain.Calendar;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Tests;

/// <summary>Holiday notices loaded at run time: stored on both databases, audited, and the stored answer dates following.</summary>
public sealed class HolidayNoticeStorageTests
{
    private static readonly DateOnly Issued = new(2026, 11, 20);

    private static HolidayNotice Notice2027(string lines = "元旦 2027-01-01至2027-01-03 上班 2027-01-09") =>
        HolidayNoticeReader.FromLines(2027, "国办发明电〔2026〕9号", Issued, null, lines).Value!;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_loaded_notice_is_stored_audited_and_read_back(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.MigratedAsync(provider, actor: "admin");
        Assert.True((await HolidayNotices.ScheduleAsync(db)).IsProvisional(2027));

        await HolidayNotices.StoreAsync(db, Notice2027(), "admin", DateTimeOffset.UnixEpoch);
        await db.SaveChangesAsync();
        await HolidayNotices.StoreAsync(db, Notice2027("元旦 2027-01-01"), "admin", DateTimeOffset.UnixEpoch.AddDays(1));
        await db.SaveChangesAsync();

        var schedule = await HolidayNotices.ScheduleAsync(db);
        Assert.False(schedule.IsProvisional(2027));
        Assert.Equal([new DateOnly(2027, 1, 1)], schedule.NoticeFor(2027)!.OffDays);
        Assert.Equal(2026, schedule.NoticeFor(2026)!.Year);
        var audit = await db.AuditEntries.Where(a => a.Entity == nameof(HolidayNoticeRecord)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["insert", "update"], audit.Select(a => a.Action).ToArray());
        Assert.All(audit, a => Assert.Equal("admin", a.Actor));
        Assert.Contains("2027-01-01/2027-01-03", audit[1].Before, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Stored_answer_dates_follow_a_loaded_notice(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.MigratedAsync(provider, FixedTimeProvider.At(2026, 12, 20));
        var agency = new Agency { Name = "示范市人民政府", Level = AgencyLevel.City };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        var provisional = RequestPolicy.Official(FixedTimeProvider.At(2026, 12, 20));
        var registration = new Registered(
            new DateOnly(2026, 12, 20), "GK-TEST-1", new Applicant(ApplicantKind.NaturalPerson, "张三", "110101199003071234", "13800000000"),
            new RequestedInformation("2026年预算", InformationForm.Electronic, ReceivingMethod.Post), SubmissionChannel.InPerson);
        var request = DisclosureRequest.Register(registration, provisional).Value!;
        var applicant = new ApplicantDetails(ApplicantKind.NaturalPerson, "张三", "110101199003071234", "13800000000", "某地", null);
        db.Requests.Add(RequestLog.Create(request, agency.Id, applicant, "test", DateTimeOffset.UnixEpoch));
        await db.SaveChangesAsync();
        Assert.Equal(new DateOnly(2027, 1, 18), (await db.Requests.SingleAsync()).AnswerDue);

        var loaded = provisional with { Calendar = new WorkingDayCalendar(HolidayNotices.Schedule([Notice2027()])) };
        Assert.Equal(1, await HolidayNotices.RefreshAnswerDueAsync(db, loaded, new DateOnly(2026, 12, 1)));
        Assert.Equal(new DateOnly(2027, 1, 15), (await db.Requests.AsNoTracking().SingleAsync()).AnswerDue);
        Assert.Equal(0, await HolidayNotices.RefreshAnswerDueAsync(db, loaded, new DateOnly(2026, 12, 1)));
    }
}
