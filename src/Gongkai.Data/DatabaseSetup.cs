using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Data;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file in the data folder.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for a region's shared installation.</summary>
    Postgres,
}

/// <summary>Configures <see cref="GongkaiDb"/> for a provider and a connection string.</summary>
public static class DatabaseSetup
{
    /// <summary>Sets up <paramref name="options"/> for the provider.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString).AddInterceptors(SqliteDurability.Instance),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    /// <summary>The default SQLite connection string for a data folder, which is created if missing.</summary>
    public static string SqliteInFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "gongkai.db"), Pooling = true }.ToString();
    }

    /// <summary>Which provider a context was configured with.</summary>
    public static DatabaseProvider ProviderOf(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    }

    /// <summary>
    /// SQLite in WAL mode (readers never wait for the writer) with <c>synchronous=FULL</c>, so a transaction that
    /// committed survives a crash or power loss; foreign keys enforced.
    /// </summary>
    private sealed class SqliteDurability : DbConnectionInterceptor
    {
        public static readonly SqliteDurability Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            command.ExecuteNonQuery();
        }
    }
}
