namespace Gongkai.Domain.Requests;

// 条例第三十条: 补正.
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) RequestCorrection(CorrectionRequested e)
    {
        if (Status != RequestStatus.InProgress)
        {
            return (null, NotNow(e));
        }

        if (_state.Correction is not null)
        {
            return (null, "补正只能一次性告知申请人（条例第三十条），本申请已发出过补正通知");
        }

        if (_state.HandlingStarted)
        {
            return (null, "本申请已开始办理（征求意见、延期或收费），不能再要求补正（条例第三十条）");
        }

        if (string.IsNullOrWhiteSpace(e.Items))
        {
            return (null, "补正通知须写明需要补正的事项（条例第三十条）");
        }

        var noticeDue = Deadlines.CorrectionNoticeDue;
        if (e.On > noticeDue)
        {
            return (null, $"补正通知应自收到申请之日起7个工作日内发出（条例第三十条），期限已于{ChineseDates.Format(noticeDue)}届满");
        }

        if (e.DueOn <= e.On)
        {
            return (null, "补正期限须晚于补正通知的日期（条例第三十条：合理的补正期限）");
        }

        return (_state with { Correction = e, Status = RequestStatus.AwaitingCorrection }, null);
    }

    private (RequestState?, string?) ReceiveCorrection(CorrectionReceived e)
    {
        if (Status != RequestStatus.AwaitingCorrection)
        {
            return (null, NotNow(e));
        }

        if (e.On > _state.Correction!.DueOn)
        {
            return (null, $"补正期限已于{ChineseDates.Format(_state.Correction.DueOn)}届满，应记录逾期不补正（条例第三十条）");
        }

        // 条例第三十条: "答复期限自行政机关收到补正的申请之日起计算" — the clock restarts from zero.
        return (_state with { Status = RequestStatus.InProgress, ClockStartsOn = e.On, CorrectionReceivedOn = e.On }, null);
    }

    private (RequestState?, string?) LapseCorrection(CorrectionLapsed e)
    {
        if (Status != RequestStatus.AwaitingCorrection)
        {
            return (null, NotNow(e));
        }

        if (e.On <= _state.Correction!.DueOn)
        {
            return (null, $"补正期限{ChineseDates.Format(_state.Correction.DueOn)}尚未届满，不能视为放弃申请（条例第三十条）");
        }

        return (Conclude(e.On, Requests.Outcome.CorrectionOverdue), null);
    }

    private RequestState Conclude(DateOnly on, Outcome outcome) => _state with
    {
        Outcome = outcome,
        ConcludedOn = on,
        Status = outcome.IsDecision() ? RequestStatus.Decided : RequestStatus.Closed,
    };
}
