using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The register's tree: keeps each unit's <see cref="Agency.TreePath"/> (<c>/1/2/7/</c>) true after units are added or moved.</summary>
public static class AgencyTree
{
    /// <summary>Sets every unit's path from its parents and saves the ones that changed; a cycle is a caller's bug.</summary>
    public static async Task RebuildPathsAsync(GongkaiDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Agencies.ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = all.ToDictionary(a => a.Id);
        var paths = new Dictionary<int, string>();
        foreach (var unit in all)
        {
            unit.TreePath = PathOf(unit, byId, paths, 0);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string PathOf(Agency unit, Dictionary<int, Agency> byId, Dictionary<int, string> paths, int depth)
    {
        if (paths.TryGetValue(unit.Id, out var known))
        {
            return known;
        }

        if (depth > 64)
        {
            throw new InvalidOperationException($"The register's tree has a cycle at unit {unit.Id}.");
        }

        var above = unit.ParentId is { } p && byId.TryGetValue(p, out var parent) ? PathOf(parent, byId, paths, depth + 1) : "/";
        var path = $"{above}{unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
        paths[unit.Id] = path;
        return path;
    }
}
