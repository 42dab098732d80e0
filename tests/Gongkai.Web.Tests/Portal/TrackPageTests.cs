using Gongkai.Data;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Portal;

public sealed class TrackPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_right_digits_show_the_status_and_steps_with_the_name_masked(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var client = app.CreateClient();
        var code = await ApplyAsync(client, PortalForms.Application());

        var response = await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = code.ToLowerInvariant(), ["PhoneLastFour"] = "5678" });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("办理中", page, StringComparison.Ordinal);
        Assert.Contains("张**", page, StringComparison.Ordinal);
        Assert.Contains("通过互联网渠道收到申请", page, StringComparison.Ordinal);
        Assert.Contains("2026年11月20日", page, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Api.PortalRequestsTests.IdNumber, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Api.PortalRequestsTests.Phone, page, StringComparison.Ordinal);
        Assert.DoesNotContain("示范市人民路", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_digits_and_an_unknown_code_get_the_same_answer()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var code = await ApplyAsync(client, PortalForms.Application());

        var wrongDigits = await (await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "1234" })).Content.ReadAsStringAsync();
        var unknownCode = await (await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = "GK2026-ZZZZZZZZ", ["PhoneLastFour"] = "5678" })).Content.ReadAsStringAsync();

        foreach (var page in new[] { wrongDigits, unknownCode })
        {
            Assert.Contains("未找到相符的申请", page, StringComparison.Ordinal);
            Assert.DoesNotContain("办理中", page, StringComparison.Ordinal);
            Assert.DoesNotContain("张**", page, StringComparison.Ordinal);
        }

        Assert.Equal(Strip(wrongDigits, code), Strip(unknownCode, "GK2026-ZZZZZZZZ"));
    }

    [Fact]
    public async Task Markup_in_the_name_is_shown_encoded()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var fields = PortalForms.Application();
        fields["Name"] = "<img src=x onerror=alert(1)>";
        var code = await ApplyAsync(client, fields);

        var page = await (await Staff.PostFormAsync(client, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678" })).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.Contains("&lt;****", page, StringComparison.Ordinal);
    }

    internal static async Task<string> ApplyAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await Staff.PostFormAsync(client, "/portal/apply", fields);
        return PortalForms.TrackingCodeOn(await response.Content.ReadAsStringAsync());
    }

    // The pages differ only in the echoed code and the antiforgery token.
    private static string Strip(string page, string code) =>
        System.Text.RegularExpressions.Regex.Replace(page.Replace(code, "", StringComparison.Ordinal), "value=\"CfDJ8[^\"]*\"", "");
}
