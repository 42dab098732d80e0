using Gongkai.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformServices();
builder.AddTransportSecurity();
builder.AddGongkaiDatabase();
builder.AddStaffAuthentication();
builder.AddGongkaiPages();
builder.AddGongkaiApis();
builder.AddPortalRateLimiting();
builder.AddOversight();

var app = builder.Build();
await app.PrepareDatabaseAsync().ConfigureAwait(false);
app.UseGongkai();
await app.RunAsync().ConfigureAwait(false);

/// <summary>The web host's entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
