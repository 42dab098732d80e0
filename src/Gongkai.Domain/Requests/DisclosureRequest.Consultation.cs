using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

// 条例第三十二条 (第三方), 第三十四条 (其他机关), 第三十三条第三款 (time not counted).
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) OpenConsultation(ConsultationOpened e)
    {
        if (!Enum.IsDefined(e.Party))
        {
            throw new ArgumentOutOfRangeException(nameof(e), "Unknown consulted party.");
        }

        if (StateRefusal(RequestStep.ConsultationOpened) is { } refused)
        {
            return (null, refused);
        }

        if (string.IsNullOrWhiteSpace(e.ConsultedName))
        {
            return (null, "征求意见须写明被征求意见的第三方或机关");
        }

        var due = Period(RequestStep.ConsultationOpened).Latest!.Value;
        if (e.On > due)
        {
            return (null, $"答复期限已于{ChineseDates.Format(due)}届满，不能再征求意见");
        }

        var replyDue = Policy.Calendar.AddWorkingDays(e.On, StatutoryPeriods.Consultation);
        return (_state with
        {
            Status = RequestStatus.Consulting,
            OpenConsultation = e,
            ConsultationReplyDue = replyDue,
            Consultations = _state.Consultations + 1,
        }, null);
    }

    private (RequestState?, string?) CloseConsultation(DateOnly on, bool answered)
    {
        if (StateRefusal(answered ? RequestStep.ConsultationAnswered : RequestStep.ConsultationLapsed) is { } refused)
        {
            return (null, refused);
        }

        var replyDue = Period(RequestStep.ConsultationAnswered).Latest!.Value;
        var article = _state.OpenConsultation!.Party == ConsultedParty.ThirdParty ? "条例第三十二条" : "条例第三十四条";
        if (answered && on > replyDue)
        {
            return (null, $"征求意见的答复期限（15个工作日，{article}）已于{ChineseDates.Format(replyDue)}届满，应记录逾期未答复");
        }

        if (!answered && on <= replyDue)
        {
            return (null, $"征求意见的答复期限（15个工作日，{article}）至{ChineseDates.Format(replyDue)}，尚未届满");
        }

        // 条例第三十三条第三款: the days after sending the 征求意见书, through the answer or the 15th day, are not counted.
        var end = answered ? on : replyDue;
        var excluded = Policy.Calendar.CountAfter(_state.OpenConsultation.On, end);
        return (_state with
        {
            Status = RequestStatus.InProgress,
            OpenConsultation = null,
            ConsultationReplyDue = null,
            ExcludedWorkingDays = _state.ExcludedWorkingDays + excluded,
        }, null);
    }
}
