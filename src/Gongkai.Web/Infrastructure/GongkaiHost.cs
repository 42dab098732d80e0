using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Api;
using Gongkai.Web.Oversight.Intake;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>The platform's services and request pipeline.</summary>
internal static class GongkaiHost
{
    /// <summary>The setting that makes every cookie <c>Secure</c> and redirects plain HTTP to HTTPS.</summary>
    public const string RequireHttpsSetting = "Gongkai:RequireHttps";

    /// <summary>Clock, limits, the working-day calendar, mail and the audit actor.</summary>
    public static void AddPlatformServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(PlatformLimits.From(configuration));
        services.AddSingleton(new Portal.CodeMail(Portal.SmtpSettings.Read(configuration)));
        services.Configure<ForwardedHeadersOptions>(o => ClientAddress.Configure(o, configuration));
        services.AddSingleton<PlatformCalendar>();
        services.AddScoped(sp => sp.GetRequiredService<PlatformCalendar>().Policy());
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
    }

    /// <summary>HSTS, the HTTPS redirect and <c>Secure</c> cookies when <see cref="RequireHttpsSetting"/> is on.</summary>
    public static void AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var cookieSecurity = CookieSecurity(builder.Configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = cookieSecurity);
        services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue("Gongkai:HttpsPort", 443));
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = cookieSecurity);
    }

    /// <summary>
    /// The database (SQLite in the data folder by default, or PostgreSQL by <c>Database:Provider</c> and
    /// <c>ConnectionStrings:Gongkai</c>) and the data-protection keys kept in it.
    /// </summary>
    public static void AddGongkaiDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connection = configuration.GetConnectionString("Gongkai");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Gongkai is empty.");
            }

            var folder = configuration.GetValue("Database:DataFolder", "data")!;
            connection = DatabaseSetup.SqliteInFolder(Path.GetFullPath(folder, builder.Environment.ContentRootPath));
        }

        services.AddDbContext<GongkaiDb>(o => DatabaseSetup.Configure(o, provider, connection));
        services.AddDbContext<KeysDb>(o => DatabaseSetup.Configure(o, provider, connection));
        services.AddDataProtection().PersistKeysToDbContext<KeysDb>().SetApplicationName("gongkai");
    }

    /// <summary>Staff sign-in by cookie, the accounts' administration, and one authorization policy per role.</summary>
    public static void AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var cookieSecurity = CookieSecurity(builder.Configuration);
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddScoped<StaffAdministration>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/workspace/signin";
                o.LogoutPath = "/workspace/signout";
                o.AccessDeniedPath = "/workspace/denied";
                o.Cookie.Name = "gongkai.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = cookieSecurity;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ApiAware(o.Events.OnRedirectToLogin, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ApiAware(o.Events.OnRedirectToAccessDenied, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SecurityStamps.ValidateAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.Agency))
            .AddPolicy(StaffPolicies.Registrar, p => p.RequireRole(nameof(StaffRoles.Registrar), nameof(StaffRoles.Admin)))
            .AddPolicy(StaffPolicies.Handler, p => p.RequireRole(nameof(StaffRoles.Handler), nameof(StaffRoles.Approver), nameof(StaffRoles.Admin)))
            .AddPolicy(StaffPolicies.Approver, p => p.RequireRole(nameof(StaffRoles.Approver)))
            .AddPolicy(StaffPolicies.Admin, p => p.RequireRole(nameof(StaffRoles.Admin), nameof(StaffRoles.PlatformAdmin)))
            .AddPolicy(StaffPolicies.PlatformAdmin, p => p.RequireRole(nameof(StaffRoles.PlatformAdmin)))
            .AddPolicy(StaffPolicies.Supervisor, p => p.RequireRole(nameof(StaffRoles.Supervisor)));
    }

    /// <summary>The pages: the workspace and oversight folders for staff, the admin folders for administrators.</summary>
    public static void AddGongkaiPages(this WebApplicationBuilder builder)
    {
        // Chinese text is written as is in pages, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new ControlCharacterFilter());
            o.Conventions.AuthorizeFolder("/Workspace", StaffPolicies.Staff);
            o.Conventions.AuthorizeFolder("/Oversight", StaffPolicies.Staff);
            o.Conventions.AuthorizeFolder("/Workspace/Admin", StaffPolicies.Admin);
            o.Conventions.AuthorizeFolder("/Workspace/Admin/Agencies", StaffPolicies.PlatformAdmin);
            o.Conventions.AllowAnonymousToPage("/Workspace/SignIn");
            o.Conventions.AllowAnonymousToPage("/Workspace/Denied");
        });
    }

    /// <summary>The JSON APIs: enum values camelCase for both ("inProgress", read in any case), problem details, OpenAPI.</summary>
    public static void AddGongkaiApis(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
    }

    /// <summary>The portal's limit on accepted applications per client address (<see cref="Portal.SubmissionQuota"/>).</summary>
    public static void AddPortalRateLimiting(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(_ => Portal.SubmissionQuota.From(builder.Configuration));

    /// <summary>Oversight: the import worker (unless <c>Gongkai:ImportWorker</c> is off) and the per-process caches.</summary>
    public static void AddOversight(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ImportSignal>();
        if (builder.Configuration.GetValue("Gongkai:ImportWorker", true))
        {
            services.AddHostedService<ImportWorker>();
        }

        services.AddSingleton<Oversight.Reports.DigestCache>();
        services.AddSingleton<Oversight.Judging.FindingCache>();
    }

    /// <summary>The request pipeline, from forwarded headers to the pages and APIs.</summary>
    public static void UseGongkai(this WebApplication app)
    {
        // First, so that the scheme (for Secure cookies and HSTS) and the address (for the limits) are the citizen's.
        if (ClientAddress.AnyProxy(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        if (app.Configuration.GetValue(RequireHttpsSetting, false))
        {
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestSizeLimits();
        app.UseFormNulCheck();
        app.UseAuthentication();
        app.UsePasswordChangeFirst();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapRazorPages();
        app.MapGongkaiApis();
    }

    /// <summary>Brings the schema up to date, loads the holiday notices stored at run time, and seeds the demo when asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        await SchemaMigrator.MigrateAsync(db).ConfigureAwait(false);
        await app.Services.GetRequiredService<PlatformCalendar>().ReloadAsync(db, changedYear: null, CancellationToken.None).ConfigureAwait(false);
        if (app.Configuration.GetValue("Gongkai:DemoData", false) && !await db.Agencies.AnyAsync().ConfigureAwait(false))
        {
            await DemoData.SeedAsync(scope.ServiceProvider).ConfigureAwait(false);
            if (app.Configuration.GetValue("Gongkai:DemoReports", true))
            {
                await DemoOversight.SeedAsync(scope.ServiceProvider).ConfigureAwait(false);
            }
        }
    }

    private static CookieSecurePolicy CookieSecurity(IConfiguration configuration) =>
        configuration.GetValue(RequireHttpsSetting, false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    // The JSON API answers 401/403 instead of redirecting a program to the sign-in page.
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> ApiAware(
        Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> redirect, int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            }

            return redirect(context);
        };
}
