using System.Net;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>
/// 答复告知书: the facts each outcome states (条例第三十六条), the draft edited and then 审核 and 签发 by a 负责人
/// before delivery, the 文号 series without gaps, the remedy bodies from 告知书设置, the DOCX and PDF, and 电子送达 from
/// the tracking page.
/// </summary>
public sealed class LetterTests
{
    private static readonly Dictionary<string, string> Partial = new()
    {
        ["Step.On"] = "2026-11-20",
        ["Step.Outcome"] = "PartiallyDisclosed",
        ["Step.Withheld[0].Part"] = "补偿名单中的身份证号码",
        ["Step.Withheld[0].Ground"] = "ThirdPartyRights",
        ["Step.Withheld[0].Reason"] = "属于个人隐私，公开会损害第三方合法权益",
        ["Step.Withheld[1].Part"] = "征收工作会议纪要",
        ["Step.Withheld[1].Ground"] = "ProcessInformation",
        ["Step.Withheld[1].Reason"] = "属于讨论记录",
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_partial_disclosure_is_drafted_edited_reviewed_signed_and_then_delivered(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 2), "某片区房屋征收补偿方案");
        using var handler = await Staff.SignedInAsync(app, "chengban");
        using var head = await Staff.SignedInAsync(app, "fuze");

        // Without the withheld parts the decision is refused and what was typed stays in the form.
        var missing = await Requests.StepAsync(handler, code, "decided", new() { ["Step.Outcome"] = "PartiallyDisclosed", ["Step.PublishedAt"] = "门户网站" });
        var missingPage = await missing.Content.ReadAsStringAsync();
        Assert.Contains("部分公开的答复须写明不予公开的内容及其理由（条例第三十七条）", missingPage, StringComparison.Ordinal);
        Assert.Contains("value=\"门户网站\"", missingPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, code, "decided", new(Partial))).StatusCode);

        // Nothing goes out unsigned: the page offers no delivery and says why; a delivery posted all the same is
        // refused by the domain, which names the order and its basis.
        var decidedPage = await handler.GetStringAsync($"/workspace/requests/{code}");
        Assert.DoesNotContain("value=\"delivered\"", decidedPage, StringComparison.Ordinal);
        Assert.Contains("答复告知书经拟稿、审核、签发后才能记录送达", decidedPage, StringComparison.Ordinal);
        var decidedVersion = (await Requests.LoadAsync(app, code)).Version;
        var early = await Requests.StepAsync(handler, code, "delivered", new() { ["Step.Method"] = "Posted" }, version: decidedVersion);
        Assert.Contains("答复告知书尚未签发，不能送达", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var letterPage = await handler.GetStringAsync($"/workspace/requests/{code}/letter");
        var generated = System.Net.WebUtility.HtmlDecode(Letters.Draft().Match(letterPage).Groups[1].Value);
        Assert.Contains("（一）补偿名单中的身份证号码：属于个人隐私，公开会损害第三方合法权益。依据《中华人民共和国政府信息公开条例》第十五条、第三十二条", generated, StringComparison.Ordinal);
        Assert.Contains("（二）征收工作会议纪要：属于讨论记录。依据《中华人民共和国政府信息公开条例》第十六条第二款", generated, StringComparison.Ordinal);

        // The 承办人 edits the text; a 承办人 cannot review or sign.
        var edited = generated + "\n如需查阅补偿方案原件，可于工作日到本机关政务服务窗口办理。";
        Assert.Equal(HttpStatusCode.Redirect, (await Letters.StepAsync(handler, code, "letterDrafted", new() { ["Step.Text"] = edited })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Letters.StepAsync(handler, code, "letterReviewed")).StatusCode);
        int before;
        await using (var db = app.Database())
        {
            before = await LetterNumbers.LastAsync(db, Requests.City, 2026, CancellationToken.None);
        }

        // A signature the domain refuses gives back the 文号 it took: the next signature takes before + 1.
        var unsigned = await Letters.StepAsync(head, code, "letterSigned");
        Assert.Contains("草稿尚未审核", await unsigned.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Letters.StepAsync(head, code, "letterReviewed")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Letters.StepAsync(head, code, "letterSigned")).StatusCode);
        var number = $"示范市政府公开〔2026〕第{before + 1}号";
        var signedPage = await head.GetStringAsync($"/workspace/requests/{code}/letter");
        Assert.Contains(number, signedPage, StringComparison.Ordinal);
        Assert.Contains("依照《中华人民共和国行政复议法》向示范省人民政府申请行政复议", signedPage, StringComparison.Ordinal);
        Assert.Contains("向示范市中级人民法院提起行政诉讼", signedPage, StringComparison.Ordinal);
        var again = await Letters.StepAsync(handler, code, "letterDrafted", new() { ["Step.Text"] = "改稿" }, (await Requests.LoadAsync(app, code)).Version);
        Assert.Contains("签发后不能再修改", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var docx = await handler.GetByteArrayAsync($"/workspace/requests/{code}/letter?handler=docx");
        var paragraphs = Letters.Paragraphs(docx);
        Assert.Equal(["示范市人民政府", "政府信息公开申请答复告知书", number], paragraphs.Take(3));
        var text = string.Join("\n", paragraphs);
        foreach (var expected in new[] { "补偿名单中的身份证号码", "属于个人隐私", "第十五条、第三十二条", "征收工作会议纪要", "属于讨论记录", "政务服务窗口", "向示范省人民政府申请行政复议", "王小明：" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var pdf = await handler.GetAsync($"/workspace/requests/{code}/letter?handler=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));

        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, code, "delivered", new() { ["Step.On"] = "2026-11-20", ["Step.Method"] = "Posted" })).StatusCode);
        var done = await Requests.LoadAsync(app, code);
        Assert.Equal(RequestStatus.Delivered, done.Status);
        var details = await handler.GetStringAsync($"/workspace/requests/{code}");
        Assert.Contains("签发人：示范市人民政府负责人；文号：" + number, details, StringComparison.Ordinal);
        Assert.Contains("审核人：示范市人民政府负责人", details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Numbers_run_without_gaps_and_need_the_agencys_settings(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider, demoData: false);
        _ = app.Services;
        int agencyId;
        await using (var db = app.Database())
        {
            var agency = new Agency { Name = "测试县人民政府", Level = AgencyLevel.County };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            agencyId = agency.Id;
            foreach (var (user, roles) in new[] { ("cb", StaffRoles.Handler), ("fz", StaffRoles.Handler | StaffRoles.Approver), ("gl", StaffRoles.Admin) })
            {
                var account = new StaffAccount { AgencyId = agencyId, UserName = user, DisplayName = "测试县" + user, PasswordHash = "", Roles = roles };
                account.PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<StaffAccount>().HashPassword(account, Staff.Password);
                db.StaffAccounts.Add(account);
            }

            await db.SaveChangesAsync();
        }

        using var handler = await Staff.SignedInAsync(app, "cb");
        using var head = await Staff.SignedInAsync(app, "fz");
        using var admin = await Staff.SignedInAsync(app, "gl");
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var code = await Requests.AddAsync(app, agencyId, new DateOnly(2026, 11, 2), $"第{i + 1}份申请的信息");
            Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, code, "decided", new() { ["Step.Outcome"] = "Provided" })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await Letters.StepAsync(handler, code, "letterDrafted", new() { ["Step.Text"] = "经审查，现予以提供。" })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await Letters.StepAsync(head, code, "letterReviewed")).StatusCode);
            codes.Add(code);
        }

        // No settings yet: signing is refused with where to set them, and no number is taken.
        var unset = await Letters.StepAsync(head, codes[0], "letterSigned");
        Assert.Contains("尚未设置告知书文号的前缀", await unset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A bad prefix is refused and what was typed is kept.
        var bad = await Staff.PostFormAsync(admin, "/workspace/admin/letters", new() { ["NumberPrefix"] = "测县公开〔2026〕", ["ReviewBody"] = "测试市人民政府", ["Court"] = "测试市中级人民法院" });
        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("不含年份", badPage, StringComparison.Ordinal);
        Assert.Contains("value=\"测试市中级人民法院\"", badPage, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await handler.GetAsync("/workspace/admin/letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Staff.PostFormAsync(admin, "/workspace/admin/letters", new() { ["NumberPrefix"] = "测县公开", ["ReviewBody"] = "测试市人民政府", ["Court"] = "测试市中级人民法院" })).StatusCode);
        Assert.Contains("测县公开〔2026〕第1号", await admin.GetStringAsync("/workspace/admin/letters"), StringComparison.Ordinal);

        // A stale signature (another change got there first) gives its number back.
        var stale = await Letters.StepAsync(head, codes[1], "letterSigned", version: 1);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var code in codes)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Letters.StepAsync(head, code, "letterSigned")).StatusCode);
        }

        await using var check = app.Database();
        var numbers = new List<string>();
        foreach (var code in codes)
        {
            var record = await check.Requests.Include(r => r.Events).SingleAsync(r => r.TrackingCode == code);
            numbers.Add(RequestLog.Rebuild(record, RequestPolicy.Official(app.Clock)).Value!.LetterSignature!.DocumentNumber);
        }

        Assert.Equal(["测县公开〔2026〕第1号", "测县公开〔2026〕第2号", "测县公开〔2026〕第3号"], numbers);
        Assert.Equal(3, await LetterNumbers.LastAsync(check, agencyId, 2026, CancellationToken.None));

        // A 补正通知书 takes the next number of the same series when it is recorded, and prints and downloads under it;
        // a refused notice (a second one, 条例第三十条 allows one) takes none.
        var unclear = await Requests.AddAsync(app, agencyId, new DateOnly(2026, 11, 16), "第四份申请的信息");
        var fields = new Dictionary<string, string> { ["Step.On"] = "2026-11-18", ["Step.Items"] = "请写明文件的名称或文号", ["Step.DueOn"] = "2026-12-04" };
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, unclear, "correctionRequested", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Requests.StepAsync(handler, unclear, "correctionRequested", fields)).StatusCode);
        var notice = await handler.GetStringAsync($"/workspace/requests/{unclear}/letter?kind=correction");
        Assert.Contains("<p class=\"doc-no\">测县公开〔2026〕第4号</p>", notice, StringComparison.Ordinal);
        Assert.Contains("请写明文件的名称或文号", notice, StringComparison.Ordinal);
        using var noticeDocx = await handler.GetAsync($"/workspace/requests/{unclear}/letter?kind=correction&handler=docx");
        Assert.Equal("补正通知书-测县公开〔2026〕第4号.docx", noticeDocx.Content.Headers.ContentDisposition?.FileNameStar);
        var noticeParagraphs = Letters.Paragraphs(await noticeDocx.Content.ReadAsByteArrayAsync());
        Assert.Contains("补正通知书", noticeParagraphs);
        Assert.Contains("测县公开〔2026〕第4号", noticeParagraphs);
        Assert.Equal(4, await LetterNumbers.LastAsync(check, agencyId, 2026, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_applicant_downloads_the_signed_letter_and_the_files_and_the_first_download_is_the_delivery(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 2), "某片区房屋征收补偿方案");
        using var handler = await Staff.SignedInAsync(app, "chengban");
        using var head = await Staff.SignedInAsync(app, "fuze");
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, code, "decided", new(Partial))).StatusCode);

        using (var upload = new MultipartFormDataContent())
        {
            var page = await handler.GetStringAsync($"/workspace/requests/{code}");
            upload.Add(new StringContent(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value), "__RequestVerificationToken");
            var content = new ByteArrayContent("补偿方案（公开部分）"u8.ToArray());
            content.Headers.ContentType = new("text/plain");
            upload.Add(content, "file", "补偿方案.txt");
            Assert.Equal(HttpStatusCode.Redirect, (await handler.PostAsync($"/workspace/requests/{code}?handler=Release", upload)).StatusCode);
        }

        using var citizen = app.CreateClient(new() { AllowAutoRedirect = false });
        // Before signing the tracking page offers nothing to download.
        var unsigned = await Staff.PostFormAsync(citizen, "/portal/track", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678" });
        Assert.DoesNotContain("下载答复告知书", await unsigned.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await Letters.SignAsync(handler, head, code);
        // The code typed without its hyphen and with spaces is the same code.
        var spaced = string.Join(' ', code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var tracked = await (await Staff.PostFormAsync(citizen, "/portal/track", new() { ["TrackingCode"] = spaced, ["PhoneLastFour"] = "5678" })).Content.ReadAsStringAsync();
        Assert.Contains("下载答复告知书（Word，示范市政府公开〔2026〕第", tracked, StringComparison.Ordinal);
        Assert.Contains("下载 补偿方案.txt", tracked, StringComparison.Ordinal);

        // A wrong pair of digits downloads nothing.
        var wrong = await Staff.PostFormAsync(citizen, "/portal/track?handler=Letter", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "0000", ["format"] = "docx" }, "/portal/track");
        Assert.Contains("未找到相符的申请", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Decided, (await Requests.LoadAsync(app, code)).Status);

        var letter = await Staff.PostFormAsync(citizen, "/portal/track?handler=Letter", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678", ["format"] = "docx" }, "/portal/track");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var text = string.Join("\n", Letters.Paragraphs(await letter.Content.ReadAsByteArrayAsync()));
        Assert.Contains("补偿名单中的身份证号码", text, StringComparison.Ordinal);
        Assert.Contains("示范省人民政府", text, StringComparison.Ordinal);

        var delivered = await Requests.LoadAsync(app, code);
        Assert.Equal(RequestStatus.Delivered, delivered.Status);
        Assert.Equal(GongkaiApp.Today, delivered.AnsweredOn);
        await using (var db = app.Database())
        {
            var last = await db.RequestEvents.Where(e => e.TrackingCode == code).OrderByDescending(e => e.Sequence).FirstAsync();
            Assert.Equal(nameof(Delivered), last.Kind);
            Assert.Equal("申请人（网上下载）", last.RecordedBy);
        }

        // A second download changes nothing; the released file downloads too.
        Assert.Equal(HttpStatusCode.OK, (await Staff.PostFormAsync(citizen, "/portal/track?handler=Letter", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678", ["format"] = "docx" }, "/portal/track")).StatusCode);
        Assert.Equal(delivered.Version, (await Requests.LoadAsync(app, code)).Version);
        int fileId;
        await using (var db = app.Database())
        {
            fileId = (await db.ReleasedFiles.SingleAsync(f => f.TrackingCode == code)).Id;
        }

        var file = await Staff.PostFormAsync(citizen, "/portal/track?handler=File", new() { ["TrackingCode"] = code, ["PhoneLastFour"] = "5678", ["id"] = fileId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/portal/track");
        Assert.Equal("补偿方案（公开部分）", await file.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Already_published_and_not_this_agency_letters_say_where_and_who(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        using var handler = await Staff.SignedInAsync(app, "chengban");
        var published = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 2), "2025年政府工作报告");
        var refused = await Requests.StepAsync(handler, published, "decided", new() { ["Step.Outcome"] = "AlreadyPublished" });
        Assert.Contains("请填写公开的位置", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, published, "decided", new() { ["Step.Outcome"] = "AlreadyPublished", ["Step.PublishedAt"] = "示范市人民政府门户网站“政府工作报告”栏目" })).StatusCode);
        Assert.Contains("该政府信息已在示范市人民政府门户网站“政府工作报告”栏目主动公开", await handler.GetStringAsync($"/workspace/requests/{published}/letter"), StringComparison.Ordinal);

        var elsewhere = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 2), "某企业的营业执照");
        var half = await Requests.StepAsync(handler, elsewhere, "decided", new() { ["Step.Outcome"] = "NotThisAgency", ["Step.HoldingAgency"] = "示范市市场监督管理局" });
        Assert.Contains("名称和联系方式", await half.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Requests.StepAsync(handler, elsewhere, "decided", new() { ["Step.Outcome"] = "NotThisAgency", ["Step.HoldingAgency"] = "示范市市场监督管理局", ["Step.HoldingAgencyContact"] = "0000-12315" })).StatusCode);
        Assert.Contains("负责公开该政府信息的行政机关为示范市市场监督管理局，联系方式：0000-12315", await handler.GetStringAsync($"/workspace/requests/{elsewhere}/letter"), StringComparison.Ordinal);
    }
}
