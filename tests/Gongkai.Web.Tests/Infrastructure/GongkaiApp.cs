using Gongkai.Data;
using Gongkai.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// The whole platform in process on a fresh, migrated database of the chosen provider, with the demo region loaded
/// and the clock stopped at <see cref="Today"/> or the day given (noon, China Standard Time).
/// </summary>
public sealed class GongkaiApp : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    // Every host's file providers (configuration, wwwroot) watch files, on Linux each watcher an inotify instance, and a
    // user has 128 of them: a run of a hundred hosts in one process exhausted them. Tests change no file while a host
    // runs, so the providers poll instead.
    static GongkaiApp() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public GongkaiApp(DatabaseProvider provider, bool demoData = true, int submissionsPerMinute = 1000, DateOnly? today = null,
        bool demoReports = false, bool importWorker = true)
    {
        var day = today ?? Today;
        Clock = FixedTimeProvider.At(day.Year, day.Month, day.Day);
        DemoReports = demoReports;
        ImportWorker = importWorker;
        Provider = provider;
        ConnectionString = TestDatabases.NewDatabase(provider);
        DemoData = demoData;
        SubmissionsPerMinute = submissionsPerMinute;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public bool DemoData { get; }

    public int SubmissionsPerMinute { get; }

    /// <summary>Whether the demo region's oversight side (units, 监督员 <c>jiandu</c>, reports queued for import) is seeded.</summary>
    public bool DemoReports { get; }

    /// <summary>Whether the background import worker runs (off to drive the queue by hand).</summary>
    public bool ImportWorker { get; }

    public TimeProvider Clock { get; }

    /// <summary>A context on the app's database, acting as <paramref name="actor"/>.</summary>
    public GongkaiDb Database(string actor = "test") => TestDatabases.Open(Provider, ConnectionString, Clock, actor);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Gongkai", ConnectionString);
        builder.UseSetting("Gongkai:DemoData", DemoData ? "true" : "false");
        builder.UseSetting("Gongkai:DemoReports", DemoReports ? "true" : "false");
        builder.UseSetting("Gongkai:ImportWorker", ImportWorker ? "true" : "false");
        builder.UseSetting("Gongkai:PortalSubmissionsPerMinute", SubmissionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(Clock);
        });
    }
}
