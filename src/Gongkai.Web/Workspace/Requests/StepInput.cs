using System.Text.Json.Serialization;
using Gongkai.Domain;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>
/// One handling step as a form or the JSON API posts it: the request's <see cref="Version"/> as the poster saw it,
/// the step <see cref="Type"/> and the fields that step needs. <see cref="ToEvent"/> turns it into the domain event
/// or a Chinese message naming the missing field; whether the law allows the step is the domain's to say.
/// </summary>
public sealed class StepInput
{
    /// <summary>The <see cref="Type"/> that posts <paramref name="step"/> ("correctionRequested").</summary>
    public static string Of(RequestStep step) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(step.ToString());

    /// <summary>The step's name as the domain gives it (<see cref="RequestSteps.Name"/>) for a posted <see cref="Type"/>, or the type itself when it names no step.</summary>
    public static string NameOf(string? type) =>
        Enum.GetValues<RequestStep>().Where(s => Of(s) == type).Select(s => s.Name()).FirstOrDefault() ?? type ?? "";

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
    public const string LetterDrafted = "letterDrafted";
    public const string LetterReviewed = "letterReviewed";

    /// <summary>签发: the 文号 and the remedy bodies are filled in by <see cref="RecordStep"/> from the agency's settings.</summary>
    public const string LetterSigned = "letterSigned";

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

    /// <summary>不予公开的内容: each part with its ground and reason (部分公开, 不予公开); blank rows are ignored.</summary>
    public List<WithheldInput> Withheld { get; set; } = [];

    /// <summary>已主动公开: where (第三十六条第（一）项).</summary>
    public string? PublishedAt { get; set; }

    /// <summary>不属于本机关负责公开: the agency that is, and its contact (第三十六条第（五）项).</summary>
    public string? HoldingAgency { get; set; }

    public string? HoldingAgencyContact { get; set; }

    /// <summary>The text of a letter draft.</summary>
    public string? Text { get; set; }

    /// <summary>
    /// The domain event, or why the input is incomplete. <paramref name="approver"/> is the signed-in member, recorded
    /// as the 负责人 of the steps that need one (<see cref="RequestApprovals"/>).
    /// </summary>
    internal Result<RequestEvent> ToEvent(DateOnly today, string approver)
    {
        var texts = new[] { (Items, "补正事项"), (ConsultedName, "被征求意见的第三方或机关名称"), (Opinion, "意见"), (Reason, "理由"), (PublishedAt, "公开的位置"), (HoldingAgency, "负责公开的机关"), (HoldingAgencyContact, "联系方式") }
            .Concat(Withheld.SelectMany(w => new[] { (w.Part, "不予公开的内容"), (w.Reason, "不予公开的理由") }));
        foreach (var (value, label) in texts)
        {
            if (Infrastructure.TextInput.HasControlCharacter(value))
            {
                return Missing(Infrastructure.TextInput.ControlCharacterMessage(label));
            }
        }

        var on = On ?? today;
        return Type switch
        {
            Decided => Outcome is { } o && Enum.IsDefined(o) ? Event(new Decided(on, o, Facts())) : Missing("请选择答复结果"),
            LetterDrafted => Infrastructure.TextInput.HasControlCharacter(Text)
                ? Missing(Infrastructure.TextInput.ControlCharacterMessage("告知书正文"))
                : Event(new LetterDrafted(on, (Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim())),
            LetterReviewed => Event(new LetterReviewed(on, approver)),
            LetterSigned => Event(new LetterSigned(on, approver, "", "", "")),
            Delivered => Method is { } m && Enum.IsDefined(m) ? Event(new Delivered(on, m)) : Missing("请选择送达方式"),
            Withdrawn => Event(new Withdrawn(on)),
            CorrectionRequested => string.IsNullOrWhiteSpace(Items) ? Missing("请填写需要补正的事项")
                : DueOn is { } due ? Event(new CorrectionRequested(on, Items.Trim(), due)) : Missing("请填写补正期限"),
            CorrectionReceived => Event(new CorrectionReceived(on)),
            CorrectionLapsed => Event(new CorrectionLapsed(on)),
            ConsultationOpened => Party is not { } p || !Enum.IsDefined(p) ? Missing("请选择征求意见的对象")
                : string.IsNullOrWhiteSpace(ConsultedName) ? Missing("请填写被征求意见的第三方或机关名称")
                : Event(new ConsultationOpened(on, p, ConsultedName.Trim())),
            ConsultationAnswered => Event(new ConsultationAnswered(on, string.IsNullOrWhiteSpace(Opinion) ? null : Opinion.Trim())),
            ConsultationLapsed => Event(new ConsultationLapsed(on)),
            ExtensionApproved => WorkingDays is not { } days ? Missing("请填写延长的工作日数")
                : days is < 1 or > StatutoryPeriods.MaxExtension ? Missing($"延长答复的期限最长不得超过{StatutoryPeriods.MaxExtension}个工作日（条例第三十三条第二款）")
                : Event(new ExtensionApproved(on, days, approver, Reason?.Trim())),
            ReasonableDeadlineSet => DueOn is not { } until ? Missing("请填写合理的答复期限")
                : string.IsNullOrWhiteSpace(Reason) ? Missing("请填写延迟答复的理由（条例第三十五条）")
                : Event(new ReasonableDeadlineSet(on, until, Reason.Trim(), approver)),
            FeeNoticeIssued => Fee(on),
            FeePaid => Event(new FeePaid(on)),
            FeeLapsed => Event(new FeeLapsed(on)),
            _ => Missing("未知的办理事项"),
        };
    }

    // Blank rows of the withheld-parts table are left out; a row with any field filled is kept for the domain to judge.
    private DecisionFacts Facts() => new()
    {
        Withheld = [.. Withheld
            .Where(w => !string.IsNullOrWhiteSpace(w.Part) || !string.IsNullOrWhiteSpace(w.Reason))
            .Select(w => new WithheldPart((w.Part ?? "").Trim(), w.Ground ?? Domain.Requests.Outcome.Other, (w.Reason ?? "").Trim()))],
        PublishedAt = Trimmed(PublishedAt),
        HoldingAgency = Trimmed(HoldingAgency),
        HoldingAgencyContact = Trimmed(HoldingAgencyContact),
    };

    private static Result<RequestEvent> Event(RequestEvent e) => Result.Ok(e);

    private static Result<RequestEvent> Missing(string why) => Result.Fail<RequestEvent>(why);

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private Result<RequestEvent> Fee(DateOnly on)
    {
        if (FeeMethod is not { } method || !Enum.IsDefined(method))
        {
            return Missing("请选择计收方式（按件计收或按量计收）");
        }

        if (Quantity is not { } quantity || quantity < 1 || quantity > InformationProcessingFee.MaxQuantity)
        {
            return Missing(method == Domain.Requests.FeeMethod.ByVolume ? "请填写页数" : "请填写申请件数");
        }

        var earlier = EarlierInMonth ?? 0;
        if (earlier < 0 || earlier > InformationProcessingFee.MaxQuantity - quantity)
        {
            return Missing("本月此前申请件数不正确");
        }

        if (PayBy is not { } payBy)
        {
            return Missing("请填写缴费期限");
        }

        var charge = method == Domain.Requests.FeeMethod.ByVolume
            ? InformationProcessingFee.ByVolume(quantity)
            : InformationProcessingFee.ByCount(earlier, quantity);
        return Event(new FeeNoticeIssued(on, charge, payBy));
    }
}

/// <summary>One row of the withheld-parts table: the part, its ground (a 不予公开 outcome) and the reason.</summary>
public sealed class WithheldInput
{
    public string? Part { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
    public Outcome? Ground { get; set; }

    public string? Reason { get; set; }
}

/// <summary>Which step forms a page shows: the domain's allowed steps, less those that need a 负责人 when the member is not one.</summary>
public static class StepForms
{
    public static bool Shows(IReadOnlyList<RequestStep> allowed, RequestStep step, bool canHandle, bool canApprove)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return canHandle && allowed.Contains(step) && (step.Approval() is null || canApprove);
    }
}
