extern alias web;

using System.Net;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>
/// The real platform on Kestrel (a free 127.0.0.1 port, SQLite in a temporary folder deleted at the end) with a
/// small register for the seeds and a 监督员 account at its top, for <c>gongkai import</c> to talk to over a socket.
/// </summary>
public sealed class PlatformOnKestrel : WebApplicationFactory<web::Program>, IAsyncLifetime
{
    public const string Supervisor = "jiandu-test";

    public const string Password = "Gongkai#2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"gongkai-import-{Guid.NewGuid():N}");

    private string ConnectionString => DatabaseSetup.SqliteInFolder(_folder);

    /// <summary>The platform's address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>A context on the platform's database.</summary>
    public GongkaiDb Database() => TestDatabases.Open(DatabaseProvider.Sqlite, ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("ConnectionStrings:Gongkai", ConnectionString);
        builder.UseSetting("Gongkai:DemoData", "false");
    }

    public async Task InitializeAsync()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        await SeedAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // The seeds' units under one city, by the names the reports give themselves; 朝阳市 only as 朝阳市人民政府, so
    // that 「朝阳市政府办公室」 is a close match that waits in 待确认.
    private async Task SeedAsync()
    {
        await using var db = Database();
        var city = Unit(db, "示范市人民政府", AgencyLevel.City, null);
        Unit(db, "阜新市细河区人民政府", AgencyLevel.County, city);
        Unit(db, "金昌市金川区人民政府", AgencyLevel.County, city);
        Unit(db, "瀋河回族区人民政府办公室", AgencyLevel.County, city);
        Unit(db, "大黑镇人民政府", AgencyLevel.Township, city).Aliases = "大黑镇";
        Unit(db, "朝阳市人民政府", AgencyLevel.City, city);
        await db.SaveChangesAsync();
        await AgencyTree.RebuildPathsAsync(db);

        var account = new StaffAccount { AgencyId = city.Id, UserName = Supervisor, DisplayName = "示范市监督员", PasswordHash = "", Roles = StaffRoles.Supervisor };
        account.PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, Password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    private static Agency Unit(GongkaiDb db, string name, AgencyLevel level, Agency? parent)
    {
        var unit = new Agency { Name = name, Level = level, Parent = parent };
        db.Agencies.Add(unit);
        return unit;
    }
}

/// <summary>The import tests share one running platform.</summary>
[CollectionDefinition(Name)]
public sealed class ImportTests : ICollectionFixture<PlatformOnKestrel>
{
    public const string Name = "Import";
}
