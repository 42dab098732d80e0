using System.Globalization;
using Gongkai.Data;
using Gongkai.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Bench.Web;

/// <summary>
/// The benchmark's database: a SQLite file in <c>--data</c>, a PostgreSQL server given by <c>--connection</c>, or a
/// throwaway PostgreSQL server (<see cref="PostgresServer"/>) that lives as long as this process.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    /// <summary>The day the seeded region stands at: the requests fill the year before, so one year is ~1% each.</summary>
    public static readonly TimeProvider Clock = FixedTimeProvider.At(2025, 12, 31);

    private readonly PostgresServer? _server;

    private BenchDatabase(DatabaseProvider provider, string connectionString, PostgresServer? server)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> OpenAsync(BenchOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            return new BenchDatabase(DatabaseProvider.Sqlite, options.Connection ?? DatabaseSetup.SqliteInFolder(options.DataFolder), null);
        }

        if (options.Connection is { } given)
        {
            return new BenchDatabase(DatabaseProvider.Postgres, given, null);
        }

        var server = PostgresServer.Start();
        await using (var connection = new NpgsqlConnection(server.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE DATABASE gongkai_bench", connection);
            await command.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"PostgreSQL: throwaway server on port {server.Port} (removed at exit)");
        return new BenchDatabase(DatabaseProvider.Postgres, server.ConnectionString("gongkai_bench"), server);
    }

    public GongkaiDb Open(string actor = "system")
    {
        var options = new DbContextOptionsBuilder<GongkaiDb>();
        DatabaseSetup.Configure(options, Provider, ConnectionString);
        return new GongkaiDb(options.Options, Clock, new FixedActor(actor));
    }

    /// <summary>The database's size on disk, in MB.</summary>
    public async Task<double> SizeInMegabytesAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1048576.0;
        }

        await using var db = Open();
        var bytes = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
        return bytes / 1048576.0;
    }

    /// <summary>Empties the connection pools, so the next query opens a new connection.</summary>
    public void ClearPools()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    public static string Format(double value) => value.ToString("#,0.0", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync()
    {
        ClearPools();
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }
}
