using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Cases;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>
/// What a reply letter must state per outcome (条例第三十六条、第三十七条), and its way out: 拟稿 → 审核 → 签发 → 送达
/// (条例第四十五条; 《党政机关公文处理工作条例》第二十条、第二十二条).
/// </summary>
public sealed class ReplyLetterOrderTests
{
    [Fact]
    public void Partial_disclosure_names_each_withheld_part_with_its_ground_and_reason() // 条例第三十七条
    {
        var request = Received("2024-09-27");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.PartiallyDisclosed), "不予公开的内容及其理由（条例第三十七条）");
        request.Refuses(
            new Decided(D("2024-10-29"), Outcome.PartiallyDisclosed, new() { Withheld = [new WithheldPart("身份证号码", Outcome.Provided, "隐私")] }),
            "第1项不予公开的内容（身份证号码）须选择不予公开的依据");
        request.Refuses(
            new Decided(D("2024-10-29"), Outcome.PartiallyDisclosed, new() { Withheld = [new WithheldPart("身份证号码", Outcome.ThirdPartyRights, " ")] }),
            "须说明理由（条例第三十六条第（三）项）");
        var decided = request.Then(new Decided(D("2024-10-29"), Outcome.PartiallyDisclosed, Withholding));
        var part = Assert.Single(decided.Decision!.Facts!.Withheld);
        Assert.Equal("条例第十五条、第三十二条", part.Ground.LegalBasis());
    }

    [Fact]
    public void Withholding_rests_on_its_own_ground_and_other_outcomes_withhold_nothing() // 条例第三十六条第（三）项
    {
        var request = Received("2024-09-27");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.StateSecret), "不予公开的内容并说明理由");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.StateSecret, Withholding), "至少一项不予公开的内容须以此为依据");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.Provided, Withholding), "不应填写不予公开的部分");
        request.Then(new Decided(D("2024-10-29"), Outcome.StateSecret, FactsFor(Outcome.StateSecret)));
    }

    [Fact]
    public void Already_published_says_where_and_not_this_agency_names_the_holder_with_its_contact() // 第三十六条第（一）、（五）项
    {
        var request = Received("2024-09-27");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.AlreadyPublished), "条例第三十六条第（一）项");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.Provided, new() { PublishedAt = "门户网站" }), "只有已主动公开的答复");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.NotThisAgency, new() { HoldingAgency = "市自然资源局" }), "名称和联系方式");
        request.Refuses(new Decided(D("2024-10-29"), Outcome.NotExist, new() { HoldingAgency = "市自然资源局", HoldingAgencyContact = "12345" }), "第三十六条第（五）项");
        var held = request.Then(new Decided(D("2024-10-29"), Outcome.NotThisAgency, new() { HoldingAgency = "市自然资源局", HoldingAgencyContact = "电话 0000-1234" }));
        Assert.Equal("市自然资源局", held.Decision!.Facts!.HoldingAgency);
        request.Then(new Decided(D("2024-10-29"), Outcome.NotThisAgency)); // 无法确定负责公开的机关
    }

    [Fact]
    public void An_extension_states_its_reason() // 条例第三十三条第二款
    {
        var request = Received("2024-09-27");
        request.Refuses(new ExtensionApproved(D("2024-10-20"), 20, "李四"), "请填写延期的理由");
        var extended = request.Then(new ExtensionApproved(D("2024-10-20"), 20, "李四", "需调取档案逐件检索"));
        Assert.Equal("需调取档案逐件检索", extended.Extension!.Reason);
        Assert.Equal(D("2024-11-27"), extended.Deadlines.AnswerDue);
    }

    [Fact]
    public void A_letter_is_drafted_reviewed_and_signed_before_it_is_delivered()
    {
        var decided = Received("2024-09-27").Then(new Decided(D("2024-10-28"), Outcome.PartiallyDisclosed, Withholding));
        var on = D("2024-10-29");
        decided.Refuses(new Delivered(on, ServiceMethod.SignedFor), "答复告知书尚未签发，不能送达");
        decided.Refuses(new LetterReviewed(on, "王五"), "尚无告知书草稿");
        decided.Refuses(new LetterSigned(on, "李四", "示政公开〔2024〕第1号", "示范市人民政府", "示范区人民法院"), "须先拟稿、审核");
        decided.Refuses(new LetterDrafted(on, " "), "正文不能为空");

        var drafted = decided.Then(new LetterDrafted(on, "第一稿"));
        drafted.Refuses(new LetterSigned(on, "李四", "示政公开〔2024〕第1号", "示范市人民政府", "示范区人民法院"), "草稿尚未审核");
        var reviewed = drafted.Then(new LetterReviewed(on, "王五"));
        reviewed.Refuses(new LetterReviewed(on, "王五"), "本稿已审核");

        // Editing after review needs a new review.
        var edited = reviewed.Then(new LetterDrafted(on, "第二稿"));
        Assert.Null(edited.LetterReview);
        edited.Refuses(new LetterSigned(on, "李四", "示政公开〔2024〕第1号", "示范市人民政府", "示范区人民法院"), "草稿尚未审核");

        reviewed.Refuses(new LetterSigned(on, "李四", "示政公开〔2024〕第1号", "", "示范区人民法院"), "行政复议机关");
        reviewed.Refuses(new LetterSigned(on, "李四", "示政公开〔2024〕第1号", "示范市人民政府", ""), "管辖法院");
        var signed = reviewed.Then(new LetterSigned(on, "李四", "示政公开〔2024〕第1号", "示范市人民政府", "示范区人民法院"));
        signed.Refuses(new LetterDrafted(on, "第三稿"), "签发后不能再修改");
        signed.Refuses(new LetterSigned(on, "李四", "示政公开〔2024〕第2号", "示范市人民政府", "示范区人民法院"), "已于2024年10月29日签发");

        var delivered = signed.Then(new Delivered(D("2024-10-30"), ServiceMethod.SignedFor));
        Assert.Equal(D("2024-10-30"), delivered.AnsweredOn);
        Assert.Equal(["登记", "答复", "告知书拟稿", "告知书审核", "告知书签发", "送达"], delivered.Events.Select(e => e.StepName()));
        Assert.Equal(DisclosureRequest.SigningRule, RequestApprovals.Requirement(new LetterSigned(on, "李四", "x", "y", "z")));
        Assert.Contains("第二十二条", DisclosureRequest.SigningRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Electronic_delivery_only_when_the_applicant_asked_for_it() // 条例第四十条
    {
        var onPaper = Received("2024-09-27").Then(new Decided(D("2024-10-28"), Outcome.Provided)).Signed(D("2024-10-28"));
        onPaper.Refuses(new Delivered(D("2024-10-29"), ServiceMethod.Electronic), "条例第四十条");

        var online = DisclosureRequest.Register(
            Registration("2024-09-27") with { Information = new("2023年某路段拆迁补偿方案", InformationForm.Electronic, ReceivingMethod.Online) }, Policy).Value!;
        var delivered = online.Then(new Decided(D("2024-10-28"), Outcome.Provided)).Signed(D("2024-10-28")).Then(new Delivered(D("2024-10-29"), ServiceMethod.Electronic));
        Assert.Equal(D("2024-10-29"), delivered.AnsweredOn);
    }

    [Fact]
    public void Logs_stored_before_letters_were_signed_still_replay()
    {
        RequestEvent[] stored = [.. Received("2024-09-27").Events, new Decided(D("2024-10-28"), Outcome.PartiallyDisclosed), new Delivered(D("2024-10-29"), ServiceMethod.Posted)];
        var replayed = DisclosureRequest.Replay(stored, Policy);
        Assert.True(replayed.IsSuccess, replayed.Error);
        Assert.Equal(RequestStatus.Delivered, replayed.Value!.Status);
    }

    [Fact]
    public void Document_numbers_carry_prefix_year_and_number()
    {
        Assert.Equal("示政公开〔2026〕第12号", DocumentNumbers.Format(" 示政公开 ", 2026, 12));
        Assert.Contains("前缀", new LetterSettings("", "示范市人民政府", "示范区人民法院").Check(), StringComparison.Ordinal);
        Assert.Contains("不含年份", new LetterSettings("示政公开〔2026〕", "示范市人民政府", "示范区人民法院").Check(), StringComparison.Ordinal);
        Assert.Null(new LetterSettings("示政公开", "示范市人民政府", "示范区人民法院").Check());
    }
}
