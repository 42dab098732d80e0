using System.Net;
using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>
/// 机构与账号管理, enforced on the server: the 平台管理员 manages every agency; an agency's 管理员 only its own agency's
/// accounts, below 管理员; a new account and a reset password must be changed before anything else opens.
/// </summary>
public sealed class AdministrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_agency_administrator_cannot_touch_another_agency(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var admin = await Staff.SignedInAsync(app, "admin");
        int own, other;
        await using (var db = app.Database())
        {
            own = await db.StaffAccounts.Where(s => s.UserName == "admin").Select(s => s.AgencyId).SingleAsync();
            other = await db.StaffAccounts.Where(s => s.UserName == "admin3").Select(s => s.AgencyId).SingleAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/workspace/admin/accounts/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/workspace/admin/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/workspace/admin/settings")).StatusCode);

        // Another agency's pages, the agencies and a posted form aimed at another agency are all refused.
        foreach (var path in new[] { $"/workspace/admin/accounts/{other}", $"/workspace/admin/settings/{other}", "/workspace/admin/agencies", $"/workspace/admin/agencies/{other}" })
        {
            var page = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/workspace/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var foreign = await Staff.PostFormAsync(admin, $"/workspace/admin/accounts/{other}?handler=Create",
            new() { ["NewUserName"] = "intruder", ["NewDisplayName"] = "外单位", ["NewRoles"] = "Handler", ["NewPassword"] = "Intruder2026" },
            formPage: $"/workspace/admin/accounts/{own}");
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        Assert.StartsWith("/workspace/denied", foreign.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var reset = await Staff.PostFormAsync(admin, $"/workspace/admin/accounts/{own}?handler=Reset",
            new() { ["userName"] = "chengban3", ["password"] = "Taken2026x" }, formPage: $"/workspace/admin/accounts/{own}");
        Assert.Contains("不属于本单位", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var agency = await Staff.PostFormAsync(admin, "/workspace/admin/agencies",
            new() { ["Name"] = "自封单位", ["Level"] = "Department" }, formPage: $"/workspace/admin/accounts/{own}");
        Assert.Equal(HttpStatusCode.Redirect, agency.StatusCode);
        Assert.StartsWith("/workspace/denied", agency.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // Nor may it make an administrator, even of its own agency.
        var raise = await Staff.PostFormAsync(admin, $"/workspace/admin/accounts/{own}?handler=Create",
            new() { ["NewUserName"] = "deputy", ["NewDisplayName"] = "副管理员", ["NewRoles"] = "Admin", ["NewPassword"] = "Deputy2026x" });
        Assert.Contains("无权授予角色：管理员", await raise.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("value=\"deputy\"", await raise.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var db = app.Database())
        {
            Assert.False(await db.StaffAccounts.AnyAsync(s => s.UserName == "intruder" || s.UserName == "deputy"));
            Assert.False(await db.Agencies.AnyAsync(a => a.Name == "自封单位"));
            Assert.False(await db.StaffAccounts.Where(s => s.UserName == "chengban3").Select(s => s.MustChangePassword).SingleAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_platform_administrator_creates_an_agency_and_its_administrator_who_must_change_the_password(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var platform = await Staff.SignedInAsync(app, "pingtai");
        var list = await platform.GetStringAsync("/workspace/admin/agencies");
        Assert.Contains("示范省人民政府", list, StringComparison.Ordinal);
        Assert.Contains("（无人办理）", list, StringComparison.Ordinal);
        Assert.Contains("1个单位无人办理申请", list, StringComparison.Ordinal);

        var created = await Staff.PostFormAsync(platform, "/workspace/admin/agencies",
            new() { ["Name"] = "示范市审计局", ["Level"] = "Department", ["DivisionCode"] = "12" });
        Assert.Contains("行政区划代码「12」应为6位", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("value=\"示范市审计局\"", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        created = await Staff.PostFormAsync(platform, "/workspace/admin/agencies", new() { ["Name"] = "示范市审计局", ["Level"] = "Department" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        int audit;
        await using (var db = app.Database())
        {
            audit = await db.Agencies.Where(a => a.Name == "示范市审计局").Select(a => a.Id).SingleAsync();
        }

        Assert.Contains("2个单位无人办理申请", await platform.GetStringAsync("/workspace/admin/agencies"), StringComparison.Ordinal);
        var account = await Staff.PostFormAsync(platform, $"/workspace/admin/accounts/{audit}?handler=Create",
            new() { ["NewUserName"] = "shenji", ["NewDisplayName"] = "审计局管理员", ["NewRoles"] = "Admin", ["NewPassword"] = "First2026pass" });
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);

        // The new administrator sees nothing but the password page until the password is theirs.
        using var shenji = await Staff.SignedInAsync(app, "shenji", "First2026pass");
        var workspace = await shenji.GetAsync("/workspace");
        Assert.Equal(HttpStatusCode.Redirect, workspace.StatusCode);
        Assert.Equal("/workspace/password", workspace.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await shenji.GetAsync("/api/workspace/requests")).StatusCode);
        var same = await Staff.PostFormAsync(shenji, "/workspace/password",
            new() { ["Current"] = "First2026pass", ["NewPassword"] = "First2026pass", ["Repeated"] = "First2026pass" });
        Assert.Contains("新密码不能与当前密码相同", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await Staff.PostFormAsync(shenji, "/workspace/password",
            new() { ["Current"] = "First2026pass", ["NewPassword"] = "Own2026password", ["Repeated"] = "Own2026password" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shenji.GetAsync("/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shenji.GetAsync($"/workspace/admin/accounts/{audit}")).StatusCode);
        Assert.Contains("1个单位无人办理申请", await platform.GetStringAsync("/workspace/admin/agencies"), StringComparison.Ordinal);

        // A reset by the platform administrator ends the session and asks for a new password again.
        var reset = await Staff.PostFormAsync(platform, $"/workspace/admin/accounts/{audit}?handler=Reset",
            new() { ["userName"] = "shenji", ["password"] = "Reset2026pass" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.StartsWith("/workspace/signin", (await shenji.GetAsync("/workspace")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        using var again = await Staff.SignedInAsync(app, "shenji", "Reset2026pass");
        Assert.Equal("/workspace/password", (await again.GetAsync("/workspace")).Headers.Location!.OriginalString);

        // A disabled account cannot sign in.
        var disable = await Staff.PostFormAsync(platform, $"/workspace/admin/accounts/{audit}?handler=Disable",
            new() { ["userName"] = "shenji", ["disabled"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Staff.SignedInAsync(app, "shenji", "Reset2026pass"));
    }

    [Fact]
    public async Task An_agency_administrator_makes_a_clerk_of_its_own_agency_and_cannot_manage_its_peers()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var admin = await Staff.SignedInAsync(app, "admin");
        var created = await Staff.PostFormAsync(admin, "/workspace/admin/accounts?handler=Create",
            new() { ["NewUserName"] = "dengji-new", ["NewDisplayName"] = "新登记员", ["NewRoles"] = "Registrar", ["NewPassword"] = "Clerk2026pass" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await admin.GetStringAsync("/workspace/admin/accounts");
        Assert.Contains("dengji-new", page, StringComparison.Ordinal);
        Assert.Contains("待本人修改密码", page, StringComparison.Ordinal);

        await using (var db = app.Database())
        {
            var clerk = await db.StaffAccounts.SingleAsync(s => s.UserName == "dengji-new");
            Assert.Equal(StaffRoles.Registrar, clerk.Roles);
            Assert.True(clerk.MustChangePassword);
            var boss = await db.StaffAccounts.SingleAsync(s => s.UserName == "admin");
            Assert.Equal(boss.AgencyId, clerk.AgencyId);

            // Another 管理员 of the same agency is the platform administrator's to manage.
            var peer = new StaffAccount { AgencyId = boss.AgencyId, UserName = "admin-peer", DisplayName = "另一管理员", PasswordHash = "x", Roles = StaffRoles.Admin };
            db.StaffAccounts.Add(peer);
            await db.SaveChangesAsync();
        }

        var reset = await Staff.PostFormAsync(admin, "/workspace/admin/accounts?handler=Reset",
            new() { ["userName"] = "admin-peer", ["password"] = "Peer2026pass" });
        Assert.Contains("只有平台管理员可以管理", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
