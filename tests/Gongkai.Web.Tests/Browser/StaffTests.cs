using Gongkai.Documents;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Web.Tests.Browser;

/// <summary>
/// Staff in Chromium: the 登记员 registers a paper application, the 承办人 asks for 补正 and records it, the 负责人
/// extends the period, the 承办人 decides and drafts the letter, the 负责人 reviews and signs it, the 承办人 records
/// delivery; then the year's report is read back from its export.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StaffTests(PlatformInBrowser browser, ITestOutputHelper output)
{
    [Fact(Timeout = 120_000)]
    public async Task Staff_register_a_paper_application_ask_for_correction_extend_decide_and_deliver()
    {
        await using var registrar = await SignInAsync("dengji");
        await registrar.GotoAsync(browser.Url("/workspace/requests/register"));
        await registrar.Page.Locator("select[name='Input.Channel']").SelectOptionAsync(nameof(SubmissionChannel.InPerson));
        await registrar.FillAsync("Input.ArrivedOn", "2026-11-02");
        await registrar.FillAsync("Input.Name", "李建华");
        await registrar.FillAsync("Input.IdNumber", "110101199003071233");
        await registrar.FillAsync("Input.Phone", "13700001111");
        await registrar.FillAsync("Input.Address", "示范市某区某路9号");
        await registrar.FillAsync("Input.Description", "某片区房屋征收补偿方案");
        await registrar.Page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await registrar.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/workspace/requests/GK2026-"));
        var url = registrar.Page.Url.Split('?')[0];
        var code = url[(url.LastIndexOf('/') + 1)..];
        output.WriteLine("screenshot: " + await registrar.ScreenshotAsync("staff-registered"));

        await using var handler = await SignInAsync("chengban");
        await Step(handler, url, StepInput("correctionRequested"), ("Step.On", "2026-11-04"), ("Step.Items", "请写明征收项目的名称或地块位置"), ("Step.DueOn", "2026-11-13"));
        Assert.Contains("待补正", await handler.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Step(handler, url, StepInput("correctionReceived"), ("Step.On", "2026-11-09"));

        // Only a 负责人 may extend (条例第三十三条第二款): the 承办人 has no such form.
        Assert.Equal(0, await handler.Locator(StepInput("extensionApproved")).CountAsync());
        await using var approver = await SignInAsync("fuze");
        await Step(approver, url, StepInput("extensionApproved"), ("Step.On", "2026-11-16"), ("Step.WorkingDays", "20"), ("Step.Reason", "需调取征收档案逐件核对"));
        Assert.Contains("2027", await approver.Locator("body").InnerTextAsync(), StringComparison.Ordinal);

        await Step(handler, url, StepInput("decided"), ("Step.On", "2026-11-20"), ("Step.Outcome", nameof(Outcome.PartiallyDisclosed)),
            ("Step.Withheld[0].Part", "被征收人身份证号码"), ("Step.Withheld[0].Ground", nameof(Outcome.ThirdPartyRights)), ("Step.Withheld[0].Reason", "属于个人隐私"));
        await Step(handler, url + "/letter", StepInput("letterDrafted"), ("Step.Text", "经审查，现答复如下：本机关向您提供补偿方案，被征收人身份证号码不予公开。"));
        await Step(approver, url + "/letter", StepInput("letterReviewed"));
        await Step(approver, url + "/letter", StepInput("letterSigned"));
        Assert.Matches("示范市政府公开〔2026〕第[0-9]+号", await approver.Locator("body").InnerTextAsync());
        await Step(handler, url, StepInput("delivered"), ("Step.On", "2026-11-20"));
        Assert.Contains("已送达", await handler.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await handler.Locator("body").InnerTextAsync();
        foreach (var step in new[] { "登记", "补正通知", "收到补正", "延长答复期限", "部分公开", "送达" })
        {
            Assert.Contains(step, timeline, StringComparison.Ordinal);
        }

        output.WriteLine("screenshot: " + await handler.ScreenshotAsync("staff-delivered"));

        await handler.GotoAsync(url + "/letter");
        var letter = await handler.Locator("body").InnerTextAsync();
        Assert.Contains("被征收人身份证号码不予公开", letter, StringComparison.Ordinal);
        Assert.Contains("向示范省人民政府申请行政复议", letter, StringComparison.Ordinal);
        output.WriteLine("screenshot: " + await handler.ScreenshotAsync("staff-letter"));

        await using (var db = browser.App.Database())
        {
            var stored = await db.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
            Assert.Equal(RequestStatus.Delivered, stored.Status);
            Assert.Equal(["dengji", "chengban", "chengban", "fuze", "chengban", "chengban", "fuze", "fuze", "chengban"], stored.Events.OrderBy(e => e.Sequence).Select(e => e.RecordedBy));
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task The_annual_reports_tables_equal_the_cases_and_every_rule_passes()
    {
        await using var admin = await SignInAsync("admin");
        await admin.GotoAsync(browser.Url("/workspace/reports/2025"));
        Assert.Equal(0, await admin.Locator("table.rules tr.failed").CountAsync());
        Assert.True(await admin.Locator("table.rules tr.passed").CountAsync() >= 8);
        output.WriteLine("screenshot: " + await admin.ScreenshotAsync("report-2025"));

        var export = await admin.Context.APIRequest.GetAsync(browser.Url("/workspace/reports/2025/export/html"));
        Assert.Equal(200, export.Status);
        var read = ReportReader.Read("export.html", await export.BodyAsync());
        var report = Assert.IsType<Gongkai.Domain.Reports.AnnualReport>(read.Report);

        await using var db = browser.App.Database();
        var cases = await db.Requests.Where(r => r.AgencyId == 2).Select(r => new { r.ReceivedOn, r.ConcludedOn, r.Outcome, r.ApplicantKind }).ToListAsync();
        var start = new DateOnly(2025, 1, 1);
        var end = new DateOnly(2025, 12, 31);
        var received = cases.Count(c => c.ReceivedOn >= start && c.ReceivedOn <= end);
        var concluded = cases.Count(c => c.ReceivedOn <= end && c.ConcludedOn is { } d && d >= start && d <= end);
        var pending = cases.Count(c => c.ReceivedOn <= end && (c.ConcludedOn is null || c.ConcludedOn > end));
        Assert.Equal(received, report.Applications!.Cell("newlyReceived", 6));
        Assert.Equal(concluded, report.Applications.Cell("outcomeTotal", 6));
        Assert.Equal(pending, report.Applications.Cell("carriedForward", 6));
        Assert.Equal(
            cases.Count(c => c.ApplicantKind == ApplicantKind.NaturalPerson && c.ReceivedOn >= start && c.ReceivedOn <= end),
            report.Applications.Cell("newlyReceived", 0));
    }

    private static string StepInput(string type) => $"form:has(input[name='Step.Type'][value='{type}'])";

    private static async Task Step(BrowserPage page, string url, string form, params (string Name, string Value)[] fields)
    {
        await page.GotoAsync(url);

        var target = page.Locator(form);
        foreach (var (name, value) in fields)
        {
            var field = target.Locator($"[name='{name}']");
            if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await field.SelectOptionAsync(value);
            }
            else
            {
                await field.FillAsync(value);
            }
        }

        await target.Locator("button[type=submit]").ClickAsync();
        await page.Page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await page.Locator(".notice.error").CountAsync());
    }

    private Task<BrowserPage> SignInAsync(string user) => browser.SignedInPageAsync(user);
}
