using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Gongkai.Testing;

/// <summary>
/// Fresh, migrated databases for the tests: a SQLite file in a folder of the run's (<see cref="TestRun"/>), or a new
/// database on the run's one throwaway PostgreSQL server (<see cref="PostgresServer"/>), started on first use; both
/// removed when the run ends.
/// </summary>
public static class TestDatabases
{
    private static readonly Lazy<PostgresServer> Server = new(PostgresServer.Start);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    /// <summary>A connection string to a new empty database of the provider.</summary>
    public static string NewDatabase(DatabaseProvider provider)
    {
        var name = "gk_" + Guid.NewGuid().ToString("N")[..16];
        if (provider == DatabaseProvider.Sqlite)
        {
            return DatabaseSetup.SqliteInFolder(TestRun.NewFolder(name + "-"));
        }

        using (var connection = new NpgsqlConnection(Server.Value.ConnectionString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return Server.Value.ConnectionString(name);
    }

    /// <summary>A context on a new database of the provider, migrated.</summary>
    public static async Task<GongkaiDb> MigratedAsync(DatabaseProvider provider, TimeProvider? clock = null, string actor = "test")
    {
        var db = Open(provider, NewDatabase(provider), clock, actor);
        await SchemaMigrator.MigrateAsync(db);
        return db;
    }

    public static GongkaiDb Open(DatabaseProvider provider, string connectionString, TimeProvider? clock = null, string actor = "test")
    {
        var options = new DbContextOptionsBuilder<GongkaiDb>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new GongkaiDb(options.Options, clock ?? FixedTimeProvider.At(2026, 11, 20), new FixedActor(actor));
    }
}
