using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// 延迟答复的合理期限 (条例第三十五条): "申请人申请公开政府信息的数量、频次明显超过合理范围……说明理由合理，但是无法在本条例
/// 第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人". Because it moves the answer past the
/// 第三十三条 deadline, which only the head of the 政府信息公开工作机构 may extend (第三十三条第二款), it needs that
/// 负责人's approval too, a stated reason, and a bound: <see cref="RequestPolicy.ReasonableDeadlineMaxWorkingDays"/>
/// working days beyond the 第三十三条 due date.
/// </summary>
public static class ReasonableDeadlines
{
    /// <summary>The default bound in working days beyond the 第三十三条 due date.</summary>
    public const int DefaultMaxWorkingDays = 20;

    /// <summary>The shortest reason accepted, in characters: a reason must say something about the applications.</summary>
    public const int MinReasonLength = 8;

    /// <summary>The legal ground recorded with every reasonable deadline, as the applicant and the timeline read it.</summary>
    public const string LegalGround =
        "申请人申请公开政府信息的数量、频次明显超过合理范围，说明理由合理，但无法在条例第三十三条规定的期限内答复（条例第三十五条）";

    /// <summary>Why a 承办人 may not set it alone.</summary>
    public const string ApproverRequired =
        "确定延迟答复的合理期限将答复期限延至条例第三十三条规定的期限之后，须经政府信息公开工作机构负责人同意（条例第三十三条第二款、第三十五条）";

    /// <summary>The latest reasonable deadline allowed for a request whose 第三十三条 answer is due on <paramref name="statutoryDue"/>.</summary>
    public static DateOnly Latest(DateOnly statutoryDue, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Calendar.AddWorkingDays(statutoryDue, policy.ReasonableDeadlineMaxWorkingDays);
    }

    /// <summary>
    /// Why <paramref name="e"/> may not be set on a request whose 第三十三条 answer is due on <paramref name="statutoryDue"/>,
    /// or null when it may.
    /// </summary>
    public static string? Check(ReasonableDeadlineSet e, DateOnly statutoryDue, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrWhiteSpace(e.Approver))
        {
            return ApproverRequired + "，须写明批准的负责人";
        }

        if ((e.Reason ?? "").Trim().Length < MinReasonLength)
        {
            return $"确定延迟答复的合理期限须具体说明理由（不少于{MinReasonLength}个字）：申请的数量、频次为何明显超过合理范围，为何无法在条例第三十三条规定的期限内答复（条例第三十五条）";
        }

        if (e.DueOn <= statutoryDue)
        {
            return $"延迟答复的合理期限须晚于原答复期限{ChineseDates.Format(statutoryDue)}（条例第三十五条）";
        }

        var latest = Latest(statutoryDue, policy);
        return e.DueOn > latest
            ? $"延迟答复的合理期限最晚为{ChineseDates.Format(latest)}：原答复期限{ChineseDates.Format(statutoryDue)}之后{policy.ReasonableDeadlineMaxWorkingDays}个工作日（本平台对条例第三十五条“合理期限”的设定），{ChineseDates.Format(e.DueOn)}超出了这一期限"
            : null;
    }
}

/// <summary>Which steps need the head of the 政府信息公开工作机构 (负责人); the workspace asks before it records one.</summary>
public static class RequestApprovals
{
    /// <summary>Why only a 负责人 may record <paramref name="e"/>, or null when any 承办人 may.</summary>
    public static string? Requirement(RequestEvent e) => e is Registered ? null : RequestSteps.Of(e).Approval();
}
