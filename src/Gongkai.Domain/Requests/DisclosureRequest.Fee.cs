namespace Gongkai.Domain.Requests;

// 条例第四十二条; 国办函〔2020〕109号 《政府信息公开信息处理费管理办法》.
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) IssueFeeNotice(FeeNoticeIssued e)
    {
        ArgumentNullException.ThrowIfNull(e.Charge);
        if (Status != RequestStatus.InProgress)
        {
            return (null, NotNow(e));
        }

        if (_state.FeeNotice is not null)
        {
            return (null, "每件申请只发一次收费通知，且只按一种方式计收，不得同时按两种标准重复计算（国办函〔2020〕109号第三条）");
        }

        if (e.Charge.Amount <= 0)
        {
            return (null, "按收费标准本申请不需收费（国办函〔2020〕109号第四条、第五条），无需发出收费通知");
        }

        if (e.PayBy <= e.On)
        {
            return (null, "缴费期限须晚于收费通知的日期");
        }

        var due = Deadlines.AnswerDue!.Value;
        if (e.On > due)
        {
            return (null, $"答复期限已于{ChineseDates.Format(due)}届满，不能再发出收费通知");
        }

        return (_state with { FeeNotice = e, Status = RequestStatus.AwaitingPayment }, null);
    }

    private (RequestState?, string?) PayFee(FeePaid e)
    {
        if (Status != RequestStatus.AwaitingPayment)
        {
            return (null, NotNow(e));
        }

        var payBy = _state.FeeNotice!.PayBy;
        if (e.On > payBy)
        {
            return (null, $"缴费期限已于{ChineseDates.Format(payBy)}届满，应记录逾期未缴费");
        }

        var excluded = Policy.FeeNoticePausesClock ? Policy.Calendar.CountAfter(_state.FeeNotice.On, e.On) : 0;
        return (_state with
        {
            Status = RequestStatus.InProgress,
            FeePaidOn = e.On,
            ExcludedWorkingDays = _state.ExcludedWorkingDays + excluded,
        }, null);
    }

    private (RequestState?, string?) LapseFee(FeeLapsed e)
    {
        if (Status != RequestStatus.AwaitingPayment)
        {
            return (null, NotNow(e));
        }

        var payBy = _state.FeeNotice!.PayBy;
        return e.On <= payBy
            ? (null, $"缴费期限{ChineseDates.Format(payBy)}尚未届满，不能按逾期未缴费处理")
            : (Conclude(e.On, Requests.Outcome.FeeOverdue), null);
    }
}
