using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 登记: opens a request. Refused when an item 条例第二十九条 requires is blank, or when the date of receipt of
    /// 条例第三十一条 is not given the way its channel requires.
    /// </summary>
    public static Result<DisclosureRequest> Register(Registered registration, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(registration.Applicant);
        ArgumentNullException.ThrowIfNull(registration.Information);
        ArgumentException.ThrowIfNullOrWhiteSpace(registration.RequestId);
        if (!Enum.IsDefined(registration.Channel) || !Enum.IsDefined(registration.Applicant.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(registration), "Unknown channel or applicant kind.");
        }

        if (Missing(registration) is { } missing)
        {
            return Result.Fail<DisclosureRequest>(missing);
        }

        var channel = registration.Channel;
        if (channel.NeedsConfirmation() && registration.ConfirmedOn is null)
        {
            return Result.Fail<DisclosureRequest>($"以{channel.Label()}提交的申请，以确认之日为收到申请之日（条例第三十一条），须填写确认日期");
        }

        if (!channel.NeedsConfirmation() && registration.ConfirmedOn is not null)
        {
            return Result.Fail<DisclosureRequest>($"以{channel.Label()}提交的申请，以{(channel == SubmissionChannel.PostSignedFor ? "签收" : "提交")}之日为收到申请之日（条例第三十一条），无需确认日期");
        }

        if (registration.ConfirmedOn is { } confirmed && confirmed < registration.On)
        {
            return Result.Fail<DisclosureRequest>($"确认日期{ChineseDates.Format(confirmed)}早于申请到达日期{ChineseDates.Format(registration.On)}");
        }

        var received = registration.ConfirmedOn ?? registration.On;
        if (received > policy.Today)
        {
            return Result.Fail<DisclosureRequest>($"收到申请之日{ChineseDates.Format(received)}晚于今天（{ChineseDates.Format(policy.Today)}）");
        }

        var state = new RequestState
        {
            Registration = registration,
            ReceivedOn = received,
            ClockStartsOn = received,
            LastEventOn = received,
        };
        return Result.Ok(new DisclosureRequest(policy, [registration], state));
    }

    // 条例第二十九条第二款.
    private static string? Missing(Registered r)
    {
        const string item1 = "（条例第二十九条第二款第（一）项）";
        if (string.IsNullOrWhiteSpace(r.Applicant.Name))
        {
            return "申请缺少申请人的姓名或者名称" + item1;
        }

        if (string.IsNullOrWhiteSpace(r.Applicant.IdentityProof))
        {
            return "申请缺少申请人的身份证明" + item1;
        }

        if (string.IsNullOrWhiteSpace(r.Applicant.Contact))
        {
            return "申请缺少申请人的联系方式" + item1;
        }

        return string.IsNullOrWhiteSpace(r.Information.Description)
            ? "申请缺少所申请政府信息的名称、文号或者便于查询的特征性描述（条例第二十九条第二款第（二）项）"
            : null;
    }
}
