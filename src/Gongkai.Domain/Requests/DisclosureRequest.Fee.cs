using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

// 条例第四十二条; 国办函〔2020〕109号 《政府信息公开信息处理费管理办法》.
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) IssueFeeNotice(FeeNoticeIssued e)
    {
        ArgumentNullException.ThrowIfNull(e.Charge);
        if (StateRefusal(RequestStep.FeeNoticeIssued) is { } refused)
        {
            return (null, refused);
        }

        if (e.Charge.Amount <= 0)
        {
            return (null, "按收费标准本申请不需收费（国办函〔2020〕109号第四条、第五条），无需发出收费通知");
        }

        if (e.PayBy <= e.On)
        {
            return (null, "缴费期限须晚于收费通知的日期");
        }

        var due = Period(RequestStep.FeeNoticeIssued).Latest!.Value;
        if (e.On > due)
        {
            return (null, $"答复期限已于{ChineseDates.Format(due)}届满，不能再发出收费通知");
        }

        return (_state with { FeeNotice = e, Status = RequestStatus.AwaitingPayment }, null);
    }

    private (RequestState?, string?) PayFee(FeePaid e)
    {
        if (StateRefusal(RequestStep.FeePaid) is { } refused)
        {
            return (null, refused);
        }

        var payBy = Period(RequestStep.FeePaid).Latest!.Value;
        if (e.On > payBy)
        {
            return (null, $"缴费期限已于{ChineseDates.Format(payBy)}届满，应记录逾期未缴费");
        }

        var excluded = Policy.FeeNoticePausesClock ? Policy.Calendar.CountAfter(_state.FeeNotice!.On, e.On) : 0;
        return (_state with
        {
            Status = RequestStatus.InProgress,
            FeePaidOn = e.On,
            ExcludedWorkingDays = _state.ExcludedWorkingDays + excluded,
        }, null);
    }

    private (RequestState?, string?) LapseFee(FeeLapsed e)
    {
        if (StateRefusal(RequestStep.FeeLapsed) is { } refused)
        {
            return (null, refused);
        }

        var payBy = _state.FeeNotice!.PayBy;
        return e.On < Period(RequestStep.FeeLapsed).Earliest
            ? (null, $"缴费期限{ChineseDates.Format(payBy)}尚未届满，不能按逾期未缴费处理")
            : (Conclude(e.On, Requests.Outcome.FeeOverdue), null);
    }
}
