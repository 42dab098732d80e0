using System.Data.Common;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>
/// The import queue in the database: several platform processes take items from it without reading one twice.
/// An item is claimed with a lease; a worker that stops (a restart, a crash) leaves its items to be taken over
/// when the lease runs out. On PostgreSQL the claim skips rows another process is claiming (<c>FOR UPDATE SKIP
/// LOCKED</c>); SQLite has one writer at a time, so its claim is atomic as it stands.
/// </summary>
internal static class ImportQueue
{
    /// <summary>How long a claim holds before another worker may take the item over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Claims up to <paramref name="count"/> items for <paramref name="worker"/>; returns their ids in queue order.</summary>
    public static async Task<IReadOnlyList<int>> ClaimAsync(GongkaiDb db, string worker, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var postgres = DatabaseSetup.ProviderOf(db) == DatabaseProvider.Postgres;
        var pick = $"""
            SELECT id FROM import_items
            WHERE state = {(int)ImportState.Queued} OR (state = {(int)ImportState.Reading} AND lease_until < @now)
            ORDER BY id LIMIT {count}{(postgres ? " FOR UPDATE SKIP LOCKED" : "")}
            """;
        var sql = $"""
            UPDATE import_items SET state = {(int)ImportState.Reading}, claimed_by = @worker, lease_until = @lease, attempts = attempts + 1
            WHERE id IN ({pick})
            RETURNING id
            """;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@now", postgres ? now : Text(now));
            Add(command, "@lease", postgres ? now + Lease : Text(now + Lease));
            Add(command, "@worker", worker);
            var ids = new List<int>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetInt32(0));
                }
            }

            ids.Sort();
            return ids;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    // EF Core's SQLite provider stores DateTimeOffset as this text, which sorts as time does for one offset.
    private static string Text(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
