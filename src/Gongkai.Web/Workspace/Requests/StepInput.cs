using System.Text.Json.Serialization;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>
/// One handling step as a form or the JSON API posts it: the request's <see cref="Version"/> as the poster saw it,
/// the step <see cref="Type"/> and the fields that step needs. <see cref="ToEvent"/> turns it into the domain event
/// or a Chinese message naming the missing field; whether the law allows the step is the domain's to say.
/// </summary>
public sealed class StepInput
{
    public const string Decided = "decided";
    public const string Delivered = "delivered";
    public const string Withdrawn = "withdrawn";
    public const string CorrectionRequested = "correctionRequested";
    public const string CorrectionReceived = "correctionReceived";
    public const string CorrectionLapsed = "correctionLapsed";
    public const string ConsultationOpened = "consultationOpened";
    public const string ConsultationAnswered = "consultationAnswered";
    public const string ConsultationLapsed = "consultationLapsed";
    public const string ExtensionApproved = "extensionApproved";
    public const string ReasonableDeadlineSet = "reasonableDeadlineSet";
    public const string FeeNoticeIssued = "feeNoticeIssued";
    public const string FeePaid = "feePaid";
    public const string FeeLapsed = "feeLapsed";

    public int Version { get; set; }

    public string Type { get; set; } = "";

    /// <summary>The day the step happened; today when left blank.</summary>
    public DateOnly? On { get; set; }

    /// <summary>补正事项.</summary>
    public string? Items { get; set; }

    /// <summary>补正期限, or the 第三十五条 reasonable deadline.</summary>
    public DateOnly? DueOn { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<ConsultedParty>))]
    public ConsultedParty? Party { get; set; }

    public string? ConsultedName { get; set; }

    public string? Opinion { get; set; }

    /// <summary>Working days of an extension (at most 20).</summary>
    public int? WorkingDays { get; set; }

    public string? Reason { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<FeeMethod>))]
    public FeeMethod? FeeMethod { get; set; }

    /// <summary>Pages (按量) or applications (按件).</summary>
    public int? Quantity { get; set; }

    /// <summary>按件: the applicant's applications earlier in the same month.</summary>
    public int? EarlierInMonth { get; set; }

    public DateOnly? PayBy { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
    public Outcome? Outcome { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<ServiceMethod>))]
    public ServiceMethod? Method { get; set; }

    /// <summary>
    /// The domain event, or why the input is incomplete. <paramref name="approver"/> is the signed-in member, recorded
    /// as the 负责人 of the steps that need one (<see cref="RequestApprovals"/>).
    /// </summary>
    internal (RequestEvent? Event, string? Error) ToEvent(DateOnly today, string approver)
    {
        foreach (var (value, label) in new[] { (Items, "补正事项"), (ConsultedName, "被征求意见的第三方或机关名称"), (Opinion, "意见"), (Reason, "理由") })
        {
            if (Infrastructure.TextInput.HasControlCharacter(value))
            {
                return (null, Infrastructure.TextInput.ControlCharacterMessage(label));
            }
        }

        var on = On ?? today;
        return Type switch
        {
            Decided => Outcome is { } o && Enum.IsDefined(o) ? (new Decided(on, o), null) : (null, "请选择答复结果"),
            Delivered => Method is { } m && Enum.IsDefined(m) ? (new Delivered(on, m), null) : (null, "请选择送达方式"),
            Withdrawn => (new Withdrawn(on), null),
            CorrectionRequested => string.IsNullOrWhiteSpace(Items) ? (null, "请填写需要补正的事项")
                : DueOn is { } due ? (new CorrectionRequested(on, Items.Trim(), due), null) : (null, "请填写补正期限"),
            CorrectionReceived => (new CorrectionReceived(on), null),
            CorrectionLapsed => (new CorrectionLapsed(on), null),
            ConsultationOpened => Party is not { } p || !Enum.IsDefined(p) ? (null, "请选择征求意见的对象")
                : string.IsNullOrWhiteSpace(ConsultedName) ? (null, "请填写被征求意见的第三方或机关名称")
                : (new ConsultationOpened(on, p, ConsultedName.Trim()), null),
            ConsultationAnswered => (new ConsultationAnswered(on, string.IsNullOrWhiteSpace(Opinion) ? null : Opinion.Trim()), null),
            ConsultationLapsed => (new ConsultationLapsed(on), null),
            ExtensionApproved => WorkingDays is not { } days ? (null, "请填写延长的工作日数")
                : days is < 1 or > StatutoryPeriods.MaxExtension ? (null, $"延长答复的期限最长不得超过{StatutoryPeriods.MaxExtension}个工作日（条例第三十三条第二款）")
                : (new ExtensionApproved(on, days, approver), null),
            ReasonableDeadlineSet => DueOn is not { } until ? (null, "请填写合理的答复期限")
                : string.IsNullOrWhiteSpace(Reason) ? (null, "请填写延迟答复的理由（条例第三十五条）")
                : (new ReasonableDeadlineSet(on, until, Reason.Trim(), approver), null),
            FeeNoticeIssued => Fee(on),
            FeePaid => (new FeePaid(on), null),
            FeeLapsed => (new FeeLapsed(on), null),
            _ => (null, "未知的办理事项"),
        };
    }

    private (RequestEvent?, string?) Fee(DateOnly on)
    {
        if (FeeMethod is not { } method || !Enum.IsDefined(method))
        {
            return (null, "请选择计收方式（按件计收或按量计收）");
        }

        if (Quantity is not { } quantity || quantity < 1 || quantity > InformationProcessingFee.MaxQuantity)
        {
            return (null, method == Domain.Requests.FeeMethod.ByVolume ? "请填写页数" : "请填写申请件数");
        }

        var earlier = EarlierInMonth ?? 0;
        if (earlier < 0 || earlier > InformationProcessingFee.MaxQuantity - quantity)
        {
            return (null, "本月此前申请件数不正确");
        }

        if (PayBy is not { } payBy)
        {
            return (null, "请填写缴费期限");
        }

        var charge = method == Domain.Requests.FeeMethod.ByVolume
            ? InformationProcessingFee.ByVolume(quantity)
            : InformationProcessingFee.ByCount(earlier, quantity);
        return (new FeeNoticeIssued(on, charge, payBy), null);
    }
}
