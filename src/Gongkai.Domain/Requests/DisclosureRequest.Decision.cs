namespace Gongkai.Domain.Requests;

// 条例第三十六条至第三十九条 (答复), 国办公开办函〔2016〕235号 (送达).
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) Decide(Decided e)
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

        return (Conclude(e.On, e.Outcome), null);
    }

    private (RequestState?, string?) Deliver(Delivered e)
    {
        if (!Enum.IsDefined(e.Method))
        {
            throw new ArgumentOutOfRangeException(nameof(e), "Unknown service method.");
        }

        return Status == RequestStatus.Decided
            ? (_state with { Delivery = e, Status = RequestStatus.Delivered }, null)
            : (null, NotNow(e));
    }

    private (RequestState?, string?) Withdraw(Withdrawn e) =>
        Open.Contains(Status) ? (Conclude(e.On, Requests.Outcome.Withdrawn), null) : (null, NotNow(e));
}
