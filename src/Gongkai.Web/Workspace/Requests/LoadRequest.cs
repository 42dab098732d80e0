using Gongkai.Data;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>One entry of a request's timeline: the day, the step, who recorded it and what it says.</summary>
public sealed record TimelineEntry(int Sequence, DateOnly On, string Step, string RecordedBy, DateTimeOffset RecordedAt, string Details, RequestEvent Event);

/// <summary>
/// A request of the signed-in member's own agency with everything its page shows: the stored record (applicant in
/// full), the domain request rebuilt from the log, the timeline and the next legal steps with their deadlines.
/// </summary>
public sealed record RequestFile(RequestRecord Record, string AgencyName, DisclosureRequest? Request, string? ReplayError, IReadOnlyList<TimelineEntry> Timeline)
{
    public IReadOnlyList<NextStep> NextSteps => Request is { } r ? NextStep.For(r) : [];

    /// <summary>The deadlines derived now, or null when they cannot be counted (<see cref="RequestDeadlines.Missing"/>).</summary>
    public RequestDeadlines? Deadlines => Request?.Deadlines is { Missing: null } deadlines ? deadlines : null;
}

/// <summary>Loads one request by 查询码; another agency's request is not found.</summary>
public static class LoadRequest
{
    /// <summary>The record with its event log, tracked for a change when <paramref name="forUpdate"/>.</summary>
    public static async Task<RequestRecord?> RecordAsync(GongkaiDb db, int agencyId, string code, bool forUpdate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalized = TrackingCodes.Normalize(code);
        var query = db.Requests.Include(r => r.Events).Include(r => r.Agency).AsQueryable();
        if (!forUpdate)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(r => r.TrackingCode == normalized && r.AgencyId == agencyId, cancellationToken);
    }

    public static async Task<RequestFile?> RunAsync(GongkaiDb db, RequestPolicy policy, int agencyId, string code, CancellationToken cancellationToken)
    {
        var record = await RecordAsync(db, agencyId, code, forUpdate: false, cancellationToken);
        return record is null ? null : From(record, policy);
    }

    public static RequestFile From(RequestRecord record, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rebuilt = RequestLog.Rebuild(record, policy);
        var timeline = record.Events.OrderBy(e => e.Sequence).Select(stored =>
        {
            var e = RequestLog.ToEvent(stored);
            return new TimelineEntry(stored.Sequence, e.On, e.StepName(), stored.RecordedBy, stored.RecordedAt, RequestLabels.Details(e), e);
        }).ToList();
        return new RequestFile(record, record.Agency?.Name ?? "", rebuilt.Value, rebuilt.Error, timeline);
    }
}
