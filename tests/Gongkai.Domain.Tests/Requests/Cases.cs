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
