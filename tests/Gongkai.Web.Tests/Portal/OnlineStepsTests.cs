using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Portal;

/// <summary>The applicant's own steps on the tracking page: 补正 online (条例第三十条) and withdrawal.</summary>
public sealed partial class OnlineStepsTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_applicant_sees_what_to_correct_and_answers_online(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 17), "示范市财政预算");
        using var handler = await Staff.SignedInAsync(app, "chengban");
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, code, "correctionRequested", new() { ["Step.On"] = "2026-11-18", ["Step.Items"] = "请写明预算文件的年度和文号", ["Step.DueOn"] = "2026-12-04" })).StatusCode);

        using var citizen = app.CreateClient(new() { AllowAutoRedirect = false });
        var tracked = await (await Staff.PostFormAsync(citizen, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678" })).Content.ReadAsStringAsync();
        Assert.Contains("需要补正的事项", tracked, StringComparison.Ordinal);
        Assert.Contains("请写明预算文件的年度和文号", tracked, StringComparison.Ordinal);

        // A file over the limit is refused by the server too, and the typed text comes back.
        var tooLarge = await CorrectAsync(citizen, code, "2026年示范市本级预算，文号示财预〔2026〕1号", new byte[(10 * 1024 * 1024) + 1]);
        var tooLargePage = await tooLarge.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Contains("超过10MB", tooLargePage, StringComparison.Ordinal);
        Assert.Contains("2026年示范市本级预算，文号示财预〔2026〕1号</textarea>", tooLargePage, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.AwaitingCorrection, (await Requests.LoadAsync(app, code)).Status);

        var answered = await CorrectAsync(citizen, code, "2026年示范市本级预算，文号示财预〔2026〕1号", "预算文件首页"u8.ToArray());
        Assert.Contains("补正已提交", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var record = await Requests.LoadAsync(app, code);
        Assert.Equal(RequestStatus.InProgress, record.Status);
        Assert.Equal(new DateOnly(2026, 12, 18), record.AnswerDue); // 20 working days from 2026-11-20 (条例第三十条)

        var details = await handler.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("申请人在线补正", details, StringComparison.Ordinal);
        Assert.Contains("文号示财预〔2026〕1号", details, StringComparison.Ordinal);
        Assert.Contains("申请人（网上补正）", details, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(CorrectionFile().Match(details).Groups[1].Value);
        Assert.Equal("预算文件首页", await handler.GetStringAsync(link));

        // A second answer is refused by the domain: the correction was received.
        var twice = await CorrectAsync(citizen, code, "再次补正", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_applicant_withdraws_online(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 17), "示范市财政预算");
        using var citizen = app.CreateClient(new() { AllowAutoRedirect = false });
        var wrong = await Staff.PostFormAsync(citizen, "/portal/track?handler=Withdraw", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "0000", ["confirm"] = "on" }, "/portal/track");
        Assert.Contains("未找到相符的申请", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.InProgress, (await Requests.LoadAsync(app, code)).Status);

        var withdrawn = await Staff.PostFormAsync(citizen, "/portal/track?handler=Withdraw", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678", ["confirm"] = "on" }, "/portal/track");
        Assert.Contains("申请已撤回", await withdrawn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var record = await Requests.LoadAsync(app, code);
        Assert.Equal(Outcome.Withdrawn, record.Outcome);
        await using var db = app.Database();
        Assert.Equal("申请人（网上撤回）", (await db.RequestEvents.Where(e => e.TrackingCode == code).OrderBy(e => e.Sequence).LastAsync()).RecordedBy);
    }

    private static async Task<HttpResponseMessage> CorrectAsync(HttpClient citizen, string code, string text, byte[]? file)
    {
        var page = await citizen.GetStringAsync("/portal/track");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent(code), "TrackingCode" },
            { new StringContent("5678"), "PhoneLastFour" },
            { new StringContent(text), "CorrectionText" },
        };
        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", "预算首页.txt");
        }

        return await citizen.PostAsync("/portal/track?handler=Correct", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/workspace/requests/[^\"]+handler=CorrectionFile[^\"]+)\"")]
    private static partial Regex CorrectionFile();
}
