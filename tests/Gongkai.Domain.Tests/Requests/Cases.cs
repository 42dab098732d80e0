using System.Globalization;
using Gongkai.Domain.Requests;
using Gongkai.Testing;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>Requests as tests write them: a clock stopped at the end of 2026 and the official calendar.</summary>
internal static class Cases
{
    public static readonly RequestPolicy Policy = RequestPolicy.Official(FixedTimeProvider.At(2026, 12, 31));

    public static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Applicant Person(ApplicantKind kind = ApplicantKind.NaturalPerson) =>
        new(kind, "张三", "居民身份证 110101199001011234", "13800000000");

    public static Registered Registration(string received, ApplicantKind kind = ApplicantKind.NaturalPerson, string id = "A-1") =>
        new(D(received), id, Person(kind), new RequestedInformation("2023年某路段拆迁补偿方案", InformationForm.Paper, ReceivingMethod.Post), SubmissionChannel.InPerson);

    public static DisclosureRequest Received(string received, ApplicantKind kind = ApplicantKind.NaturalPerson, string id = "A-1", RequestPolicy? policy = null) =>
        DisclosureRequest.Register(Registration(received, kind, id), policy ?? Policy).Value!;

    /// <summary>A 部分公开 decision's facts: one withheld part with its ground and reason (条例第三十七条).</summary>
    public static readonly DecisionFacts Withholding = new()
    {
        Withheld = [new WithheldPart("补偿名单中被征收人的身份证号码", Outcome.ThirdPartyRights, "属于个人隐私，公开会对第三方合法权益造成损害")],
    };

    /// <summary>The facts a decision of <paramref name="outcome"/> needs, as a clerk would enter them.</summary>
    public static DecisionFacts FactsFor(Outcome outcome) => outcome switch
    {
        Outcome.PartiallyDisclosed => Withholding,
        _ when DecisionFacts.WithholdingGrounds.Contains(outcome) => new() { Withheld = [new WithheldPart("所申请的全部信息", outcome, "经审查属于不予公开的情形")] },
        Outcome.AlreadyPublished => new() { PublishedAt = "本机关门户网站“政府信息公开”专栏" },
        _ => new(),
    };

    /// <summary>The reply letter drafted, reviewed and signed on <paramref name="on"/>.</summary>
    public static DisclosureRequest Signed(this DisclosureRequest request, DateOnly on) => request.Then(
        new LetterDrafted(on, "经审查，现答复如下：……"),
        new LetterReviewed(on, "王五"),
        new LetterSigned(on, "李四", DocumentNumbers.Format("示政公开", on.Year, 1), "示范市人民政府", "示范区人民法院"));

    /// <summary>Applies events that must all be allowed.</summary>
    public static DisclosureRequest Then(this DisclosureRequest request, params RequestEvent[] events)
    {
        foreach (var e in events)
        {
            var result = request.Apply(e);
            Assert.True(result.IsSuccess, $"{e} refused: {result.Error}");
            request = result.Value!;
        }

        return request;
    }

    /// <summary>Applies an event that must be refused with a reason containing <paramref name="because"/>; the request stays as it was.</summary>
    public static void Refuses(this DisclosureRequest request, RequestEvent e, string because)
    {
        var result = request.Apply(e);
        Assert.False(result.IsSuccess, $"{e} was allowed");
        Assert.Contains(because, result.Error, StringComparison.Ordinal);
    }
}
