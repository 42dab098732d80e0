using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// 放假安排: a State Council holiday notice an administrator loaded at run time, before a release ships it, kept in
/// the data file's JSON shape (<see cref="HolidayNoticeJson"/>). One row a year; loading the year again replaces it,
/// and the audit log keeps what it replaced.
/// </summary>
public sealed class HolidayNoticeRecord
{
    public int Year { get; set; }

    public int Revision { get; set; }

    /// <summary>The notices' numbers as cited: 国办发明电〔2026〕9号.</summary>
    public required string Citation { get; set; }

    /// <summary>The notice in the shape of <c>Calendar/Data/YYYY.json</c>; audited in full.</summary>
    public required string NoticeJson { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }
}

/// <summary>
/// The platform's holiday calendar: the notices shipped in Gongkai.Domain, replaced or completed by the notices loaded
/// into the database, and the later years provisional (暂定) until theirs is loaded.
/// </summary>
public static class HolidayNotices
{
    /// <summary>The calendar of the shipped notices and those loaded into <paramref name="db"/>.</summary>
    public static async Task<HolidaySchedule> ScheduleAsync(GongkaiDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.HolidayNotices.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return Schedule(stored.Select(Read));
    }

    /// <summary>The shipped notices, each replaced by a loaded one of the same year, and the loaded years added.</summary>
    public static HolidaySchedule Schedule(IEnumerable<HolidayNotice> loaded)
    {
        var byYear = HolidaySchedule.Embedded.ToDictionary(n => n.Year);
        foreach (var notice in loaded)
        {
            byYear[notice.Year] = notice;
        }

        return new HolidaySchedule(byYear.Values);
    }

    /// <summary>The stored notice; it was checked when it was loaded, so a row that does not read is a bug.</summary>
    public static HolidayNotice Read(HolidayNoticeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var reading = HolidayNoticeReader.FromJson(record.NoticeJson);
        return reading.Value ?? throw new InvalidDataException($"Stored holiday notice {record.Year}: {reading.Error}");
    }

    /// <summary>Adds the notice, or replaces the year's; saved (and audited) by the caller's SaveChanges.</summary>
    public static async Task StoreAsync(GongkaiDb db, HolidayNotice notice, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        var record = await db.HolidayNotices.FindAsync([notice.Year], cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            record = new HolidayNoticeRecord { Year = notice.Year, Citation = "", NoticeJson = "", LoadedBy = actor };
            db.HolidayNotices.Add(record);
        }

        record.Revision = notice.Revision;
        record.Citation = notice.Citation;
        record.NoticeJson = HolidayNoticeJson.Write(notice);
        record.LoadedAt = now;
        record.LoadedBy = actor;
    }

    /// <summary>
    /// Brings the stored 答复期限 summary column (<see cref="RequestRecord.AnswerDue"/>, kept for sorting and lists) in
    /// line with the calendar, for the requests still owed an answer whose date is missing or falls on or after
    /// <paramref name="from"/>. The deadlines themselves are derived from the events; only the copy is refreshed.
    /// Returns the number of requests whose date changed.
    /// </summary>
    public static async Task<int> RefreshAnswerDueAsync(GongkaiDb db, RequestPolicy policy, DateOnly from, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        RequestStatus[] owed = [.. RequestStatuses.Owed];
        var records = await db.Requests
            .Include(r => r.Events)
            .Where(r => owed.Contains(r.Status) && (r.AnswerDue == null || r.AnswerDue >= from))
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var record in records)
        {
            if (RequestLog.Rebuild(record, policy).Value is not { } request)
            {
                continue;
            }

            var due = request.Deadlines.AnswerDue;

            if (due != record.AnswerDue)
            {
                record.AnswerDue = due;
                changed++;
            }
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }
}
