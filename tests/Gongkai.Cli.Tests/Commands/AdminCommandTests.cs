using Gongkai.Data;
using Gongkai.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai admin</c> run as a user would, on a new database of each provider that only it sets up.</summary>
public sealed class AdminCommandTests
{
    private const string Password = "Office#2026";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_office_is_set_up_from_an_empty_database(DatabaseProvider provider)
    {
        var connection = TestDatabases.NewDatabase(provider);
        (int Exit, string Stdout, string Stderr) Admin(params string[] args) => AdminIn(provider, connection, Password, args);

        var city = Admin("agency", "add", "--name", "示范市人民政府", "--level", "市级政府", "--code", "310000");
        Assert.True(city.Exit == 0, city.Stderr);
        Assert.Contains("已登记单位", city.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, Admin("platform-admin", "pingtai", "--name", "平台管理员", "--agency", "示范市人民政府").Exit);
        Assert.Equal(0, Admin("agency", "add", "--name", "示范市财政局", "--parent", "示范市人民政府", "--level", "部门").Exit);

        var list = Admin("agency", "list");
        Assert.Equal(0, list.Exit);
        Assert.Contains("示范市财政局（政府部门）  工作人员0人  ⚠ 无人办理申请", list.Stdout, StringComparison.Ordinal);

        var clerk = Admin("account", "add", "caizheng", "--name", "张三", "--agency", "示范市财政局", "--roles", "登记员,承办人");
        Assert.Equal(0, clerk.Exit);
        Assert.Contains("首次登录须修改密码", clerk.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("示范市财政局（政府部门）  工作人员1人  ⚠", Admin("agency", "list").Stdout, StringComparison.Ordinal);

        Assert.Equal(0, Admin("account", "grant", "caizheng", "--roles", "管理员").Exit);
        Assert.Equal(0, Admin("account", "revoke", "caizheng", "--roles", "registrar").Exit);
        var accounts = Admin("account", "list", "--agency", "示范市财政局");
        Assert.Contains("caizheng  张三  示范市财政局  承办人、管理员  须修改密码", accounts.Stdout, StringComparison.Ordinal);

        await using (var db = TestDatabases.Open(provider, connection))
        {
            var platform = await db.StaffAccounts.Include(s => s.Agency).SingleAsync(s => s.UserName == "pingtai");
            Assert.Equal(StaffRoles.PlatformAdmin, platform.Roles);
            Assert.False(platform.MustChangePassword);
            Assert.Equal("示范市人民政府", platform.Agency!.Name);
            Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<StaffAccount>().VerifyHashedPassword(platform, platform.PasswordHash, Password));
            var finance = await db.Agencies.SingleAsync(a => a.Name == "示范市财政局");
            Assert.Equal(platform.AgencyId, finance.ParentId);
            Assert.Equal($"/{platform.AgencyId}/{finance.Id}/", finance.TreePath);
            Assert.Contains(await db.AuditEntries.Select(e => e.Actor).ToListAsync(), a => a == "gongkai-admin");
        }

        var reset = AdminIn(provider, connection, "Renewed#2026", "account", "reset-password", "caizheng");
        Assert.Equal(0, reset.Exit);
        await using (var db = TestDatabases.Open(provider, connection))
        {
            var account = await db.StaffAccounts.SingleAsync(s => s.UserName == "caizheng");
            Assert.True(account.MustChangePassword);
            Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<StaffAccount>().VerifyHashedPassword(account, account.PasswordHash, "Renewed#2026"));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_refusal_says_why_in_Chinese_exits_1_and_changes_nothing(DatabaseProvider provider)
    {
        var connection = TestDatabases.NewDatabase(provider);
        (int Exit, string Stdout, string Stderr) Admin(params string[] args) => AdminIn(provider, connection, Password, args);
        Assert.Equal(0, Admin("agency", "add", "--name", "示范县人民政府", "--level", "县级政府").Exit);
        Assert.Equal(0, Admin("account", "add", "chengban", "--name", "李四", "--agency", "示范县人民政府", "--roles", "承办人").Exit);

        var refusals = new (string[] Args, string Reason)[]
        {
            (["agency", "add", "--name", "示范县人民政府", "--level", "县级政府"], "已有名为「示范县人民政府」的单位"),
            (["agency", "add", "--name", "示范县财政局", "--level", "部委"], "层级「部委」不正确"),
            (["agency", "add", "--name", "示范县财政局", "--level", "部门", "--parent", "不存在的单位"], "没有上级单位「不存在的单位」"),
            (["agency", "add", "--name", "示范县财政局", "--level", "部门", "--code", "3100"], "行政区划代码「3100」应为6位"),
            (["account", "add", "chengban", "--name", "重名", "--agency", "示范县人民政府", "--roles", "承办人"], "用户名「chengban」已被使用"),
            (["account", "add", "wangwu", "--name", "王五", "--agency", "示范县人民政府", "--roles", "老板"], "角色「老板」不正确"),
            (["account", "add", "wangwu", "--name", "王五", "--agency", "别的县", "--roles", "承办人"], "没有单位「别的县」"),
            (["account", "revoke", "chengban", "--roles", "承办人"], "至少要保留一个角色"),
            (["account", "grant", "nobody", "--roles", "承办人"], "没有用户名为「nobody」的账号"),
        };
        foreach (var (args, reason) in refusals)
        {
            var run = Admin(args);
            Assert.True(run.Exit == 1, $"{string.Join(' ', args)}: exit {run.Exit}, {run.Stderr}");
            Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        }

        var weak = AdminIn(provider, connection, "short1", "account", "add", "wangwu", "--name", "王五", "--agency", "示范县人民政府", "--roles", "承办人");
        Assert.Equal(1, weak.Exit);
        Assert.Contains("密码至少8位", weak.Stderr, StringComparison.Ordinal);

        await using var db = TestDatabases.Open(provider, connection);
        Assert.Equal(1, await db.Agencies.CountAsync());
        var only = Assert.Single(await db.StaffAccounts.ToListAsync());
        Assert.Equal(StaffRoles.Handler, only.Roles);
    }

    [Fact]
    public void Without_a_password_a_database_or_a_known_option_it_cannot_run_and_exits_2()
    {
        var connection = TestDatabases.NewDatabase(DatabaseProvider.Sqlite);
        var noPassword = AdminIn(DatabaseProvider.Sqlite, connection, null, "platform-admin", "pingtai", "--name", "平台管理员", "--agency", "1");
        Assert.Equal(1, noPassword.Exit); // no agency 1 yet: refused before any password is asked
        Assert.Equal(0, AdminIn(DatabaseProvider.Sqlite, connection, null, "agency", "add", "--name", "示范市人民政府", "--level", "市").Exit);
        noPassword = AdminIn(DatabaseProvider.Sqlite, connection, null, "platform-admin", "pingtai", "--name", "平台管理员", "--agency", "1");
        Assert.Equal(2, noPassword.Exit);
        Assert.Contains("请把新密码放在环境变量 GONGKAI_NEW_PASSWORD 中", noPassword.Stderr, StringComparison.Ordinal);

        // A password is never taken from the command line.
        var inline = CliProcess.RunWith(Environment(null), "admin", "--connection", connection, "platform-admin", "pingtai", "--name", "平台管理员", "--agency", "1", "--password", Password);
        Assert.Equal(2, inline.Exit);

        var badProvider = CliProcess.RunWith(Environment(null), "admin", "--provider", "Oracle", "agency", "list");
        Assert.Equal(2, badProvider.Exit);
        Assert.Contains("数据库「Oracle」不正确，应为 Sqlite 或 Postgres", badProvider.Stderr, StringComparison.Ordinal);
        var noConnection = CliProcess.RunWith(Environment(null), "admin", "--provider", "Postgres", "agency", "list");
        Assert.Equal(2, noConnection.Exit);
        Assert.Contains("须给出连接串", noConnection.Stderr, StringComparison.Ordinal);
        var unreachable = CliProcess.RunWith(Environment(null), "admin", "--provider", "Postgres", "--connection", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2", "agency", "list");
        Assert.Equal(2, unreachable.Exit);
        Assert.Contains("无法打开数据库", unreachable.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_platform_settings_are_read_from_the_same_environment_variables_as_the_web_platform()
    {
        var folder = TestRun.NewFolder("admin-env-");
        var environment = Environment(Password);
        environment["Database__DataFolder"] = folder;
        Assert.Equal(0, CliProcess.RunWith(environment, "admin", "agency", "add", "--name", "示范市人民政府", "--level", "市").Exit);
        Assert.True(File.Exists(Path.Combine(folder, "gongkai.db")));
        Assert.Contains("示范市人民政府", CliProcess.RunWith(environment, "admin", "agency", "list").Stdout, StringComparison.Ordinal);
    }

    internal static (int Exit, string Stdout, string Stderr) AdminIn(DatabaseProvider provider, string connection, string? password, params string[] args) =>
        CliProcess.RunWith(Environment(password), ["admin", "--provider", provider.ToString(), "--connection", connection, .. args]);

    // The test host's own settings are not the command's: only what a test gives it.
    private static Dictionary<string, string?> Environment(string? password) => new()
    {
        ["GONGKAI_NEW_PASSWORD"] = password,
        ["Database__Provider"] = null,
        ["ConnectionStrings__Gongkai"] = null,
        ["Database__DataFolder"] = null,
    };
}
