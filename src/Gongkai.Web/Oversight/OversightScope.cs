using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight;

/// <summary>
/// What a signed-in member of staff may see of the reports store: a 监督员 the subtree of units below (and including)
/// the account's own unit, where they also import and review; any other role of an agency its own unit's reports only.
/// </summary>
internal sealed record OversightScope(int AgencyId, string AgencyName, string TreePath, bool Supervisor)
{
    /// <summary>Imports files, assigns 待确认 files, edits the register and re-reads reports.</summary>
    public bool CanImport => Supervisor;

    /// <summary>Marks findings and corrects cells.</summary>
    public bool CanReview => Supervisor;

    public static async Task<OversightScope> ForAsync(GongkaiDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var id = user.AgencyId();
        var unit = await db.Agencies.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Name, a.TreePath })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        return new OversightScope(id, unit.Name, unit.TreePath, user.IsInRole(nameof(StaffRoles.Supervisor)));
    }

    /// <summary>The units in scope.</summary>
    public IQueryable<Agency> Units(GongkaiDb db) => Supervisor
        ? db.Agencies.Where(a => a.TreePath.StartsWith(TreePath))
        : db.Agencies.Where(a => a.Id == AgencyId);

    public bool Contains(Agency unit) => Supervisor ? unit.TreePath.StartsWith(TreePath, StringComparison.Ordinal) : unit.Id == AgencyId;

    /// <summary>The units a view of a subtree may start from: regions and offices in scope, not 部门 or 乡镇, in tree order.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> RootsAsync(GongkaiDb db, CancellationToken cancellationToken) =>
        [.. (await Units(db).AsNoTracking()
            .Where(u => u.Level != AgencyLevel.Department && u.Level != AgencyLevel.Township)
            .OrderBy(u => u.TreePath).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(u => (u.Id, u.Name))];

    /// <summary>
    /// The years a view covers: up to <paramref name="to"/> (else <paramref name="lastYear"/>), from <paramref name="from"/>
    /// (else <paramref name="span"/> years in all); a range that runs backwards or over 30 years falls back to the span.
    /// </summary>
    public static (int From, int To) Years(int? from, int? to, int lastYear, int span)
    {
        var last = to ?? lastYear;
        var first = from ?? last - span + 1;
        return first > last || last - first > 30 ? (last - span + 1, last) : (first, last);
    }

    /// <summary>Whether the unit with this id is in scope.</summary>
    public Task<bool> ContainsAsync(GongkaiDb db, int agencyId, CancellationToken cancellationToken) =>
        Units(db).AnyAsync(a => a.Id == agencyId, cancellationToken);
}
