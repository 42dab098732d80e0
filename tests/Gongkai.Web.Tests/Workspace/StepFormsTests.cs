using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>
/// The request page and the letter page offer exactly the steps the domain allows (<see cref="DisclosureRequest.AllowedSteps"/>),
/// checked in every state a request passes through, for a 负责人 (who may record every step) and for a 承办人.
/// </summary>
public sealed partial class StepFormsTests
{
    [Fact]
    public async Task The_pages_offer_exactly_the_allowed_steps_in_every_state()
    {
        await using var app = new GongkaiApp(DatabaseProvider.Sqlite);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 16), "示范市2026年城市更新项目清单");
        using var head = await Staff.SignedInAsync(app, "fuze");
        using var handler = await Staff.SignedInAsync(app, "chengban");
        var states = new List<RequestStatus>();

        async Task CompareAsync()
        {
            await using var db = app.Database();
            var record = await db.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
            var request = RequestLog.Rebuild(record, RequestPolicy.Official(app.Clock)).Value!;
            states.Add(request.Status);
            var allowed = request.AllowedSteps().Select(StepInput.Of).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(allowed, await OfferedAsync(head, code));
            var forHandler = request.AllowedSteps().Where(s => s.Approval() is null).Select(StepInput.Of).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(forHandler, await OfferedAsync(handler, code));
        }

        async Task StepAsync(string type, Dictionary<string, string> fields)
        {
            var letterStep = type.StartsWith("letter", StringComparison.Ordinal);
            var response = letterStep ? await Letters.StepAsync(head, code, type, fields) : await Requests.StepAsync(head, code, type, fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await CompareAsync();
        }

        await CompareAsync();
        await StepAsync("correctionRequested", new() { ["Step.On"] = "2026-11-17", ["Step.Items"] = "请写明项目所在区域", ["Step.DueOn"] = "2026-11-30" });
        await StepAsync("correctionReceived", new() { ["Step.On"] = "2026-11-18" });
        await StepAsync("consultationOpened", new() { ["Step.On"] = "2026-11-18", ["Step.Party"] = "ThirdParty", ["Step.ConsultedName"] = "某建设公司" });
        await StepAsync("consultationAnswered", new() { ["Step.On"] = "2026-11-19", ["Step.Opinion"] = "同意公开" });
        await StepAsync("extensionApproved", new() { ["Step.On"] = "2026-11-19", ["Step.WorkingDays"] = "10", ["Step.Reason"] = "需汇总多个部门的材料" });
        await StepAsync("feeNoticeIssued", new() { ["Step.On"] = "2026-11-19", ["Step.FeeMethod"] = "ByVolume", ["Step.Quantity"] = "300", ["Step.EarlierInMonth"] = "0", ["Step.PayBy"] = "2026-12-04" });
        await StepAsync("feePaid", new() { ["Step.On"] = "2026-11-20" });
        await StepAsync("decided", new() { ["Step.On"] = "2026-11-20", ["Step.Outcome"] = "Provided" });
        await StepAsync("letterDrafted", new() { ["Step.Text"] = "经审查，现予以提供。" });
        await StepAsync("letterReviewed", []);
        await StepAsync("letterSigned", []);
        await StepAsync("delivered", new() { ["Step.On"] = "2026-11-20", ["Step.Method"] = "Posted" });

        Assert.Equal(
            [RequestStatus.InProgress, RequestStatus.AwaitingCorrection, RequestStatus.InProgress, RequestStatus.Consulting, RequestStatus.InProgress,
                RequestStatus.InProgress, RequestStatus.AwaitingPayment, RequestStatus.InProgress, RequestStatus.Decided, RequestStatus.Decided,
                RequestStatus.Decided, RequestStatus.Decided, RequestStatus.Delivered],
            states);
    }

    /// <summary>The step types of the forms on the request page and, once there is a reply, on its letter page.</summary>
    private static async Task<List<string>> OfferedAsync(HttpClient client, string code)
    {
        var pages = new List<string> { await client.GetStringAsync($"/workspace/requests/{code}") };
        var letter = await client.GetAsync($"/workspace/requests/{code}/letter");
        if (letter.StatusCode == HttpStatusCode.OK)
        {
            pages.Add(await letter.Content.ReadAsStringAsync());
        }

        return [.. pages.SelectMany(p => StepType().Matches(p).Select(m => m.Groups[1].Value)).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_posted_step_is_named_as_the_domain_names_it()
    {
        Assert.All(Enum.GetValues<RequestStep>(), step => Assert.Equal(step.Name(), StepInput.NameOf(StepInput.Of(step))));
        Assert.Equal("告知书签发", StepInput.NameOf(StepInput.LetterSigned));
        Assert.Equal("unknownStep", StepInput.NameOf("unknownStep"));
    }

    [GeneratedRegex("name=\"Step.Type\" value=\"(\\w+)\"")]
    private static partial Regex StepType();
}
