using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

// 条例第三十条: 补正.
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) RequestCorrection(CorrectionRequested e)
    {
        if (StateRefusal(RequestStep.CorrectionRequested) is { } refused)
        {
            return (null, refused);
        }

        if (string.IsNullOrWhiteSpace(e.Items))
        {
            return (null, "补正通知须写明需要补正的事项（条例第三十条）");
        }

        var noticeDue = Period(RequestStep.CorrectionRequested).Latest!.Value;
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
        if (StateRefusal(RequestStep.CorrectionReceived) is { } refused)
        {
            return (null, refused);
        }

        var dueOn = Period(RequestStep.CorrectionReceived).Latest!.Value;
        if (e.On > dueOn)
        {
            return (null, $"补正期限已于{ChineseDates.Format(dueOn)}届满，应记录逾期不补正（条例第三十条）");
        }

        // 条例第三十条: "答复期限自行政机关收到补正的申请之日起计算" — the clock restarts from zero.
        return (_state with { Status = RequestStatus.InProgress, ClockStartsOn = e.On, CorrectionReceivedOn = e.On }, null);
    }

    private (RequestState?, string?) LapseCorrection(CorrectionLapsed e)
    {
        if (StateRefusal(RequestStep.CorrectionLapsed) is { } refused)
        {
            return (null, refused);
        }

        if (e.On < Period(RequestStep.CorrectionLapsed).Earliest)
        {
            return (null, $"补正期限{ChineseDates.Format(_state.Correction!.DueOn)}尚未届满，不能视为放弃申请（条例第三十条）");
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
