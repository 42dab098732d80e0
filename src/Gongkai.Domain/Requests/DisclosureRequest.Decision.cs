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

        if (Status != RequestStatus.InProgress)
        {
            var why = Status switch
            {
                RequestStatus.AwaitingCorrection => "正在等待申请人补正（条例第三十条），请先记录收到补正或逾期不补正",
                RequestStatus.Consulting => "征求意见尚未结束（条例第三十二条、第三十四条），请先记录答复或逾期",
                RequestStatus.AwaitingPayment => "收费通知尚待缴费，请先记录缴费或逾期未缴费",
                _ => NotNow(e),
            };
            return (null, why);
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
        if (Status != RequestStatus.Decided)
        {
            return (null, $"本申请{StatusName}，只有已作出答复、尚未送达的申请才能拟写答复告知书");
        }

        if (_state.LetterSignature is { } signed)
        {
            return (null, $"答复告知书已于{ChineseDates.Format(signed.On)}签发（{signed.DocumentNumber}），签发后不能再修改");
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
        if (Status != RequestStatus.Decided || _state.LetterSignature is not null)
        {
            return (null, NotNow(e));
        }

        if (_state.LetterDraft is null)
        {
            return (null, "尚无告知书草稿，请先拟稿再审核（条例第四十五条）");
        }

        if (_state.LetterReview is not null)
        {
            return (null, "本稿已审核；修改后须重新审核");
        }

        return string.IsNullOrWhiteSpace(e.Reviewer)
            ? (null, "审核须写明审核人（条例第四十五条）")
            : (_state with { LetterReview = e }, null);
    }

    private (RequestState?, string?) SignLetter(LetterSigned e)
    {
        if (Status != RequestStatus.Decided)
        {
            return (null, NotNow(e));
        }

        if (_state.LetterSignature is { } signed)
        {
            return (null, $"答复告知书已于{ChineseDates.Format(signed.On)}签发（{signed.DocumentNumber}）");
        }

        if (_state.LetterReview is null)
        {
            return (null, _state.LetterDraft is null
                ? "尚无告知书草稿，须先拟稿、审核后才能签发（条例第四十五条；《党政机关公文处理工作条例》第二十条）"
                : "告知书草稿尚未审核，须审核后才能签发（条例第四十五条；《党政机关公文处理工作条例》第二十条）");
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

        if (Status != RequestStatus.Decided)
        {
            return (null, NotNow(e));
        }

        // Replies stored before letters were signed here were delivered on paper; the order binds what is recorded now.
        if (!replaying && _state.LetterSignature is null)
        {
            return (null, "答复告知书尚未签发，不能送达。" + LetterOrder);
        }

        if (!replaying && e.Method == ServiceMethod.Electronic
            && _state.Registration.Information.Receiving is not (ReceivingMethod.Email or ReceivingMethod.Online))
        {
            return (null, "申请人未选择通过电子邮件或网上获取，不能电子送达（条例第四十条：按照申请人要求的形式提供）");
        }

        if (!replaying && _state.LetterSignature is { } signature && e.On < signature.On)
        {
            return (null, $"送达日期不能早于告知书签发日期{ChineseDates.Format(signature.On)}");
        }

        return (_state with { Delivery = e, Status = RequestStatus.Delivered }, null);
    }

    private (RequestState?, string?) Withdraw(Withdrawn e) =>
        Open.Contains(Status) ? (Conclude(e.On, Requests.Outcome.Withdrawn), null) : (null, NotNow(e));
}
