using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// Brings a database to the current schema: runs, in order and each in its own transaction, the embedded scripts
/// <c>Migrations/{Sqlite|Postgres}/NNNN_name.sql</c> not yet listed in <c>schema_migrations</c>. Every schema
/// change ships as one script per provider with the same name.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>The script names for the provider, in the order they run.</summary>
    public static IReadOnlyList<string> Scripts(DatabaseProvider provider) =>
        [.. typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(provider + "/", StringComparison.Ordinal) || n.StartsWith(provider + "\\", StringComparison.Ordinal))
            .Select(n => n[(provider.ToString().Length + 1)..])
            .Order(StringComparer.Ordinal)];

    /// <summary>Applies the scripts not yet applied; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(GongkaiDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var provider = DatabaseSetup.ProviderOf(db);
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (id varchar(200) NOT NULL PRIMARY KEY)", cancellationToken).ConfigureAwait(false);
        var applied = await db.Database.SqlQueryRaw<string>("SELECT id AS \"Value\" FROM schema_migrations")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ran = new List<string>();
        foreach (var script in Scripts(provider).Except(applied, StringComparer.Ordinal))
        {
            var sql = Read(provider, script);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync($"INSERT INTO schema_migrations (id) VALUES ({script})", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            ran.Add(script);
        }

        return ran;
    }

    private static string Read(DatabaseProvider provider, string script)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(script, StringComparison.Ordinal) && n.StartsWith(provider.ToString(), StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
