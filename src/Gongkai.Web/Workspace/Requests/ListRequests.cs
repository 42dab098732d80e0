using Gongkai.Data;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>
/// 工作台 list: one agency's requests, filtered by status and a search over 查询码, applicant name and description,
/// sorted by 答复期限 (the most urgent first), a page at a time. Names are masked; ID numbers and phones never listed.
/// </summary>
public static class ListRequests
{
    public const int PageSize = 50;

    /// <summary>The default filter: every request still waiting for an answer.</summary>
    public const string Open = "open";

    public const string All = "all";

    public sealed record Row(
        string TrackingCode,
        string ApplicantName,
        string Description,
        RequestStatus Status,
        DateOnly ReceivedOn,
        DateOnly? AnswerDue,
        DueDate? Due,
        Outcome? Outcome);

    public sealed record Page(IReadOnlyList<Row> Rows, int Total, int PageNumber, int PageCount, IReadOnlyDictionary<RequestStatus, int> Counts);

    /// <summary>The status filter as a query string gives it: <c>open</c>, <c>all</c> or a <see cref="RequestStatus"/> name.</summary>
    public static RequestStatus[]? Statuses(string? filter) =>
        string.IsNullOrWhiteSpace(filter) || filter == Open ? [.. RequestStatuses.Open]
        : filter == All ? null
        : Enum.TryParse<RequestStatus>(filter, ignoreCase: true, out var s) && Enum.IsDefined(s) ? [s]
        : [.. RequestStatuses.Open];

    public static async Task<Page> RunAsync(GongkaiDb db, RequestPolicy policy, int agencyId, string? filter, string? search, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        var own = db.Requests.AsNoTracking().Where(r => r.AgencyId == agencyId);
        var counts = (await own.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);

        var query = own;
        if (Statuses(filter) is { } statuses)
        {
            query = query.Where(r => statuses.Contains(r.Status));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var code = TrackingCodes.Normalize(text);
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(r => r.TrackingCode == code
                || EF.Functions.Like(r.ApplicantName, pattern, "\\")
                || EF.Functions.Like(r.Description, pattern, "\\"));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pageCount);

        // Requests without a due date (a 补正 awaited) go last on both providers; DateOnly sorts as ISO text on SQLite.
        var items = await query
            .OrderBy(r => r.AnswerDue == null)
            .ThenBy(r => r.AnswerDue)
            .ThenBy(r => r.ReceivedOn)
            .ThenBy(r => r.TrackingCode)
            .Skip((number - 1) * PageSize)
            .Take(PageSize)
            .Select(r => new { r.TrackingCode, r.ApplicantName, r.Description, r.Status, r.ReceivedOn, r.AnswerDue, r.Outcome })
            .ToListAsync(cancellationToken);

        var rows = items.Select(r => new Row(
            r.TrackingCode,
            PersonalData.MaskName(r.ApplicantName),
            r.Description.Length > 60 ? r.Description[..60] + "…" : r.Description,
            r.Status,
            r.ReceivedOn,
            r.AnswerDue,
            DueDate.ForAnswer(r.Status, r.ReceivedOn, r.AnswerDue, policy),
            r.Outcome)).ToList();
        return new Page(rows, total, number, pageCount, counts);
    }
}
