using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

// 条例第三十三条第二款 (延长答复期限), 第三十五条 (延迟答复的合理期限).
public sealed partial class DisclosureRequest
{
    private (RequestState?, string?) ApproveExtension(ExtensionApproved e, bool replaying)
    {
        if (StateRefusal(RequestStep.ExtensionApproved) is { } refused)
        {
            return (null, refused);
        }

        if (e.WorkingDays is < 1 or > StatutoryPeriods.MaxExtension)
        {
            return (null, $"延长的期限最长不得超过20个工作日（条例第三十三条第二款），申请延长{e.WorkingDays}个工作日");
        }

        if (string.IsNullOrWhiteSpace(e.Approver))
        {
            return (null, "延长答复期限应当经政府信息公开工作机构负责人同意（条例第三十三条第二款），须写明批准人");
        }

        // The 延期答复告知书 tells the applicant why; logs stored before the reason was asked for have none.
        if (!replaying && string.IsNullOrWhiteSpace(e.Reason))
        {
            return (null, "延长答复期限须告知申请人（条例第三十三条第二款），请填写延期的理由");
        }

        var first = Period(RequestStep.ExtensionApproved).Latest!.Value;
        if (e.On > first)
        {
            return (null, $"延长答复期限须在20个工作日届满前批准并告知申请人（条例第三十三条第二款），已于{ChineseDates.Format(first)}届满");
        }

        return (_state with { Extension = e }, null);
    }

    private (RequestState?, string?) SetReasonableDeadline(ReasonableDeadlineSet e, bool replaying)
    {
        if (StateRefusal(RequestStep.ReasonableDeadlineSet) is { } refused)
        {
            return (null, refused);
        }

        var due = Period(RequestStep.ReasonableDeadlineSet).Latest!.Value;
        if (e.On > due)
        {
            return (null, $"答复期限已于{ChineseDates.Format(due)}届满，不能再确定延迟答复的期限（条例第三十五条）");
        }

        // A stored log was judged when each step was recorded; a bound changed since, or the approval required since,
        // does not undo what was allowed then.
        if (!replaying && ReasonableDeadlines.Check(e, due, Policy) is { } outOfBounds)
        {
            return (null, outOfBounds);
        }

        if (e.DueOn <= due)
        {
            return (null, $"延迟答复的合理期限须晚于原答复期限{ChineseDates.Format(due)}（条例第三十五条）");
        }

        return (_state with { ReasonableDeadline = e }, null);
    }
}
