using System.Globalization;
using Gongkai.Data;

namespace Gongkai.Bench.Web;

/// <summary>The command line: a command, then <c>--name value</c> pairs.</summary>
internal sealed record BenchOptions(string Command, IReadOnlyDictionary<string, string> Values)
{
    public DatabaseProvider Provider => Get("provider", "sqlite").ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        var p => throw new ArgumentException($"Unknown provider {p}: sqlite or postgres."),
    };

    public string DataFolder => Get("data", "/tmp/gongkai-bench");

    public string? Connection => Values.GetValueOrDefault("connection");

    public int Requests => Int("requests", 1_000_000);

    public int Agencies => Int("agencies", 100);

    /// <summary>The agency whose annual report is timed (the first one under the province).</summary>
    public int Agency => Int("agency", 2);

    public int Runs => Int("runs", 20);

    public int Seconds => Int("seconds", 30);

    public int Warmup => Int("warmup", 10);

    public int Clients => Int("clients", 200);

    /// <summary>Each client's pause from the start of one request to the start of its next (think time); 0 sends back to back.</summary>
    public int IntervalMs => Int("interval-ms", 0);

    public string Path => Get("path", "/api/portal/requests/{code}");

    public int Writers => Int("writers", Provider == DatabaseProvider.Sqlite ? 1 : 2);

    public string Get(string name, string fallback) => Values.GetValueOrDefault(name, fallback);

    public int Int(string name, int fallback) =>
        Values.TryGetValue(name, out var v) ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("Usage: seed|report|load|all [--provider sqlite|postgres] [--name value]...");
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value at '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        return new BenchOptions(args[0].ToLowerInvariant(), values);
    }
}
