using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

// 条例第三十六条至第三十九条 (答复), 第四十五条 (审核), 第四十条 (提供形式), 国办公开办函〔2016〕235号 (送达).
public sealed partial class DisclosureRequest
{
    /// <summary>Why only a 负责人 may sign a letter.</summary>
    public const string SigningRule = "告知书须经本机关负责人审批签发（《党政机关公文处理工作条例》第二十二条）";

    private const string LetterOrder = "答复告知书须经拟稿、审核、签发后才能送达（条例第四十五条；《党政机关公文处理工作条例》第二十条、第二十二条）";

    private (RequestState?, string?) Decide(Decided e, bool replaying)
    {
        if (!Enum.IsDefined(e.Outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(e), "Unknown outcome.");
        }

        if (StateRefusal(RequestStep.Decided) is { } refused)
        {
            return (null, refused);
        }

        if (!e.Outcome.IsDecision())
        {
            return (null, $"「{e.Outcome.Label()}」不是答复结果，应记录相应的逾期或撤回事项");
        }

        if (e.Outcome == Requests.Outcome.UnclearAfterCorrection && _state.CorrectionReceivedOn is null)
        {
            return (null, "只有申请人补正后内容仍不明确，才能按「补正后申请内容仍不明确」答复（条例第三十条）");
        }

        // A stored log was judged when it was recorded: decisions stored before the facts were asked for have none.
        if (!replaying && (e.Facts ?? new DecisionFacts()).Check(e.Outcome) is { } missing)
        {
            return (null, missing);
        }

        return (Conclude(e.On, e.Outcome) with { Decision = e }, null);
    }

    private (RequestState?, string?) DraftLetter(LetterDrafted e)
    {
        if (StateRefusal(RequestStep.LetterDrafted) is { } refused)
        {
            return (null, refused);
        }

        if (string.IsNullOrWhiteSpace(e.Text))
        {
            return (null, "告知书正文不能为空");
        }

        // A changed text must be reviewed again.
        return (_state with { LetterDraft = e, LetterReview = null }, null);
    }

    private (RequestState?, string?) ReviewLetter(LetterReviewed e)
    {
        if (StateRefusal(RequestStep.LetterReviewed) is { } refused)
        {
            return (null, refused);
        }

        return string.IsNullOrWhiteSpace(e.Reviewer)
            ? (null, "审核须写明审核人（条例第四十五条）")
            : (_state with { LetterReview = e }, null);
    }

    private (RequestState?, string?) SignLetter(LetterSigned e)
    {
        if (StateRefusal(RequestStep.LetterSigned) is { } refused)
        {
            return (null, refused);
        }

        if (string.IsNullOrWhiteSpace(e.Signer))
        {
            return (null, SigningRule + "，须写明签发人");
        }

        if (string.IsNullOrWhiteSpace(e.DocumentNumber))
        {
            return (null, "签发的告知书须有文号");
        }

        return new LetterSettings("-", e.ReviewBody, e.Court).Check() is { } missing
            ? (null, missing)
            : (_state with { LetterSignature = e }, null);
    }

    private (RequestState?, string?) Deliver(Delivered e, bool replaying)
    {
        if (!Enum.IsDefined(e.Method))
        {
            throw new ArgumentOutOfRangeException(nameof(e), "Unknown service method.");
        }

        // Replies stored before letters were signed here were delivered on paper; the order binds what is recorded now.
        if (StateRefusal(RequestStep.Delivered) is { } refused && !(replaying && Status == RequestStatus.Decided))
        {
            return (null, refused);
        }

        if (!replaying && e.Method == ServiceMethod.Electronic
            && _state.Registration.Information.Receiving is not (ReceivingMethod.Email or ReceivingMethod.Online))
        {
            return (null, "申请人未选择通过电子邮件或网上获取，不能电子送达（条例第四十条：按照申请人要求的形式提供）");
        }

        if (!replaying && _state.LetterSignature is { } signature && e.On < Period(RequestStep.Delivered).Earliest)
        {
            return (null, $"送达日期不能早于告知书签发日期{ChineseDates.Format(signature.On)}");
        }

        return (_state with { Delivery = e, Status = RequestStatus.Delivered }, null);
    }

    private (RequestState?, string?) Withdraw(Withdrawn e) =>
        StateRefusal(RequestStep.Withdrawn) is { } refused ? (null, refused) : (Conclude(e.On, Requests.Outcome.Withdrawn), null);
}
