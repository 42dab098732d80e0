using System.CommandLine;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai admin …</c>: sets up an office on the platform's database without the web pages — the first 平台管理员,
/// agencies, accounts and their roles, password resets — on the database the platform is configured with
/// (<c>Database:Provider</c>, <c>ConnectionStrings:Gongkai</c>, <c>Database:DataFolder</c>, read from the same
/// environment variables <c>Database__Provider</c>, … or the options), brought to the current schema first.
/// Passwords come from an environment variable or a prompt, never from the command line.
/// Exit 0 when done, 1 when refused (a name taken, a weak password, an unknown agency), 2 when it cannot run
/// (no database, a malformed option, no password given).
/// </summary>
internal static class AdminCommand
{
    public const string PasswordVariable = "GONGKAI_NEW_PASSWORD";

    private sealed record Target(DatabaseProvider Provider, string Connection);

    public static Command Create()
    {
        var provider = new Option<string?>("--provider") { Description = "数据库：Sqlite（默认）或 Postgres；默认取环境变量 Database__Provider", Recursive = true };
        var connection = new Option<string?>("--connection") { Description = "数据库连接串；默认取环境变量 ConnectionStrings__Gongkai", Recursive = true };
        var folder = new Option<string?>("--data-folder") { Description = "SQLite 数据目录（未给连接串时）；默认取环境变量 Database__DataFolder，再默认 ./data", Recursive = true };
        var passwordEnv = new Option<string>("--password-env") { Description = $"存放新密码的环境变量名（默认 {PasswordVariable}；未设置时在终端提示输入）", DefaultValueFactory = _ => PasswordVariable, Recursive = true };

        Target? Resolve(ParseResult r, TextWriter error) => Database(r.GetValue(provider), r.GetValue(connection), r.GetValue(folder), error);

        var name = new Option<string>("--name") { Description = "单位名称（全称）", Required = true };
        var parent = new Option<string?>("--parent") { Description = "上级单位（编号或全称）" };
        var level = new Option<string>("--level") { Description = "层级：省级政府、市级政府、县级政府、乡镇街道、政府部门、其他单位", Required = true };
        var code = new Option<string?>("--code") { Description = "行政区划代码（6位；乡镇街道9或12位）" };
        var agencyAdd = new Command("add", "登记单位") { name, parent, level, code };
        agencyAdd.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => AddAgencyAsync(s, r.GetValue(name)!, r.GetValue(parent), r.GetValue(level)!, r.GetValue(code), o, ct), ct));
        var agencyList = new Command("list", "列出单位及其工作人员数；无人办理申请的单位标出");
        agencyList.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => ListAgenciesAsync(s, o, ct), ct));
        var agency = new Command("agency", "单位：登记、列出") { agencyAdd, agencyList };

        var user = new Argument<string>("user") { Description = "用户名" };
        var display = new Option<string>("--name") { Description = "姓名", Required = true };
        var of = new Option<string>("--agency") { Description = "所属单位（编号或全称）", Required = true };
        var platform = new Command("platform-admin", "新建平台管理员（管理所有单位，为各单位新建管理员）") { user, display, of };
        platform.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) =>
            AddAccountAsync(s, r.GetValue(of)!, r.GetValue(user)!, r.GetValue(display)!, nameof(StaffRoles.PlatformAdmin), r.GetValue(passwordEnv)!, mustChange: false, o, ct), ct));

        var roles = new Option<string>("--roles") { Description = "角色，逗号分隔：登记员、承办人、负责人、管理员、监督员、平台管理员", Required = true };
        var accountAdd = new Command("add", "新建账号（首次登录须修改密码）") { user, display, of, roles };
        accountAdd.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) =>
            AddAccountAsync(s, r.GetValue(of)!, r.GetValue(user)!, r.GetValue(display)!, r.GetValue(roles)!, r.GetValue(passwordEnv)!, mustChange: true, o, ct), ct));
        var listOf = new Option<string?>("--agency") { Description = "只列此单位（编号或全称）" };
        var accountList = new Command("list", "列出账号") { listOf };
        accountList.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => ListAccountsAsync(s, r.GetValue(listOf), o, ct), ct));
        var grant = new Command("grant", "授予角色") { user, roles };
        grant.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => ChangeRolesAsync(s, r.GetValue(user)!, r.GetValue(roles)!, revoke: false, o, ct), ct));
        var revoke = new Command("revoke", "收回角色") { user, roles };
        revoke.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => ChangeRolesAsync(s, r.GetValue(user)!, r.GetValue(roles)!, revoke: true, o, ct), ct));
        var reset = new Command("reset-password", "重置密码（下次登录须修改）") { user };
        reset.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => ResetPasswordAsync(s, r.GetValue(user)!, r.GetValue(passwordEnv)!, o, ct), ct));
        var disable = new Command("disable", "停用账号") { user };
        disable.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => Report(s.SetDisabledAsync(Administrator.Operator, r.GetValue(user), true, ct), a => $"已停用账号 {a.UserName}", o), ct));
        var enable = new Command("enable", "启用账号") { user };
        enable.SetAction((r, ct) => RunAsync(Resolve(r, Console.Error), (s, o) => Report(s.SetDisabledAsync(Administrator.Operator, r.GetValue(user), false, ct), a => $"已启用账号 {a.UserName}", o), ct));
        var account = new Command("account", "工作人员账号：新建、列出、授予和收回角色、重置密码、停用") { accountAdd, accountList, grant, revoke, reset, disable, enable };

        return new Command("admin", "在平台的数据库上设置单位和账号（无需演示数据）") { provider, connection, folder, passwordEnv, platform, agency, account };
    }

    /// <summary>The database the options or the platform's environment variables name, or null after saying why not.</summary>
    private static Target? Database(string? provider, string? connection, string? folder, TextWriter error)
    {
        provider ??= Environment.GetEnvironmentVariable("Database__Provider");
        var kind = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(provider) && !Enum.TryParse(provider.Trim(), ignoreCase: true, out kind))
        {
            error.WriteLine($"gongkai: 数据库「{provider}」不正确，应为 Sqlite 或 Postgres");
            return null;
        }

        connection ??= Environment.GetEnvironmentVariable("ConnectionStrings__Gongkai");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (kind == DatabaseProvider.Postgres)
            {
                error.WriteLine("gongkai: 数据库为 Postgres 时须给出连接串（--connection 或环境变量 ConnectionStrings__Gongkai）");
                return null;
            }

            folder ??= Environment.GetEnvironmentVariable("Database__DataFolder");
            connection = DatabaseSetup.SqliteInFolder(Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? "data" : folder));
        }

        return new Target(kind, connection);
    }

    private static async Task<int> RunAsync(Target? target, Func<StaffAdministration, TextWriter, Task<int>> action, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            return 2;
        }

        var options = new DbContextOptionsBuilder<GongkaiDb>();
        DatabaseSetup.Configure(options, target.Provider, target.Connection);
        await using var db = new GongkaiDb(options.Options, TimeProvider.System, new FixedActor(Administrator.Operator.UserName));
        try
        {
            await SchemaMigrator.MigrateAsync(db, cancellationToken);
            return await action(new StaffAdministration(db), Console.Out);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or InvalidOperationException { InnerException: SqliteException or NpgsqlException })
        {
            Console.Error.WriteLine($"gongkai: 无法打开数据库：{e.Message}");
            return 2;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<int> AddAgencyAsync(StaffAdministration admin, string name, string? parent, string level, string? code, TextWriter output, CancellationToken cancellationToken)
    {
        if (AgencyLevels.Parse(level) is not { } parsed && !Enum.TryParse(level, ignoreCase: true, out parsed))
        {
            return Refuse($"层级「{level}」不正确，应为 {string.Join("、", Enum.GetValues<AgencyLevel>().Select(l => l.Label()))}");
        }

        int? parentId = null;
        if (!string.IsNullOrWhiteSpace(parent))
        {
            if (await admin.FindAgencyAsync(parent, cancellationToken) is not { } above)
            {
                return Refuse($"没有上级单位「{parent}」（写编号或全称，见 gongkai admin agency list）");
            }

            parentId = above.Id;
        }

        return await Report(admin.CreateAgencyAsync(Administrator.Operator, new AgencyInput(name, parentId, parsed, code), cancellationToken),
            a => $"已登记单位 {a.Id}「{a.Name}」（{a.Level.Label()}）", output);
    }

    private static async Task<int> ListAgenciesAsync(StaffAdministration admin, TextWriter output, CancellationToken cancellationToken)
    {
        var rows = await admin.AgenciesAsync(cancellationToken);
        foreach (var a in rows)
        {
            var depth = a.TreePath.Count(c => c == '/') - 2;
            output.WriteLine($"{a.Id,5}  {new string(' ', 2 * Math.Max(0, depth))}{a.Name}（{a.Level.Label()}{(a.DivisionCode is { } c ? "，" + c : "")}）  工作人员{a.Staff}人{(a.NobodyHandles ? "  ⚠ 无人办理申请：收到的申请无人可见" : "")}");
        }

        if (rows.Count == 0)
        {
            output.WriteLine("尚未登记单位：gongkai admin agency add --name 单位全称 --level 层级");
        }

        return 0;
    }

    private static async Task<int> AddAccountAsync(
        StaffAdministration admin, string agency, string user, string display, string roleNames, string passwordVariable, bool mustChange, TextWriter output, CancellationToken cancellationToken)
    {
        if (StaffRoleNames.Parse(roleNames) is not (var roles, null))
        {
            return Refuse($"角色「{StaffRoleNames.Parse(roleNames).Unknown}」不正确，应为 {StaffRoleNames.All.Label()}");
        }

        if (await admin.FindAgencyAsync(agency, cancellationToken) is not { } unit)
        {
            return Refuse($"没有单位「{agency}」（写编号或全称，见 gongkai admin agency list）");
        }

        if (Password(passwordVariable) is not { } password)
        {
            return 2;
        }

        return await Report(admin.CreateAccountAsync(Administrator.Operator, unit.Id, user, display, roles, password, mustChange, cancellationToken),
            a => $"已新建账号 {a.UserName}（{a.DisplayName}，{unit.Name}，{a.Roles.Label()}）{(a.MustChangePassword ? "，首次登录须修改密码" : "")}", output);
    }

    private static async Task<int> ListAccountsAsync(StaffAdministration admin, string? agency, TextWriter output, CancellationToken cancellationToken)
    {
        int? id = null;
        if (!string.IsNullOrWhiteSpace(agency))
        {
            if (await admin.FindAgencyAsync(agency, cancellationToken) is not { } unit)
            {
                return Refuse($"没有单位「{agency}」（写编号或全称，见 gongkai admin agency list）");
            }

            id = unit.Id;
        }

        foreach (var a in await admin.AccountsAsync(id, cancellationToken))
        {
            var state = a.Disabled ? "  已停用" : a.MustChangePassword ? "  须修改密码" : "";
            output.WriteLine($"{a.UserName}  {a.DisplayName}  {a.Agency?.Name}  {a.Roles.Label()}{state}");
        }

        return 0;
    }

    private static Task<int> ChangeRolesAsync(StaffAdministration admin, string user, string roleNames, bool revoke, TextWriter output, CancellationToken cancellationToken)
    {
        if (StaffRoleNames.Parse(roleNames) is not (var roles, null) || roles == StaffRoles.None)
        {
            return Task.FromResult(Refuse($"角色「{roleNames}」不正确，应为 {StaffRoleNames.All.Label()}"));
        }

        return Report(
            admin.ChangeRolesAsync(Administrator.Operator, user, revoke ? StaffRoles.None : roles, revoke ? roles : StaffRoles.None, cancellationToken),
            a => $"账号 {a.UserName} 现有角色：{a.Roles.Label()}", output);
    }

    private static Task<int> ResetPasswordAsync(StaffAdministration admin, string user, string passwordVariable, TextWriter output, CancellationToken cancellationToken) =>
        Password(passwordVariable) is { } password
            ? Report(admin.ResetPasswordAsync(Administrator.Operator, user, password, cancellationToken), a => $"已重置账号 {a.UserName} 的密码，下次登录须修改", output)
            : Task.FromResult(2);

    private static async Task<int> Report<T>(Task<Result<T>> change, Func<T, string> done, TextWriter output)
        where T : class
    {
        var result = await change;
        if (result.Value is { } value)
        {
            output.WriteLine(done(value));
            return 0;
        }

        return Refuse(result.Error!);
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine($"gongkai: {message}");
        return 1;
    }

    /// <summary>The new password from the environment variable, or typed twice at a terminal; null after saying why not.</summary>
    private static string? Password(string variable)
    {
        var password = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(password))
        {
            return password;
        }

        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            Console.Error.WriteLine($"gongkai: 未提供密码：请把新密码放在环境变量 {variable} 中（或用 --password-env 指定变量名），不要写在命令行上");
            return null;
        }

        var typed = AnsiConsole.Prompt(new TextPrompt<string>("新密码：").Secret());
        if (typed != AnsiConsole.Prompt(new TextPrompt<string>("再输入一次：").Secret()))
        {
            Console.Error.WriteLine("gongkai: 两次输入的密码不一致");
            return null;
        }

        return typed;
    }
}
