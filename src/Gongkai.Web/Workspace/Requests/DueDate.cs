using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>How a due date stands today, counted in 工作日 on the official calendar.</summary>
public enum DueState
{
    /// <summary>More than <see cref="DueDate.SoonWorkingDays"/> working days left.</summary>
    InTime,

    /// <summary>即将到期: at most <see cref="DueDate.SoonWorkingDays"/> working days left.</summary>
    Soon,

    /// <summary>已超期.</summary>
    Overdue,

    /// <summary>节假日数据缺失: the calendar does not hold the years between today and the date.</summary>
    Unknown,
}

/// <summary>
/// A due date with the working days left (≥ 0) or overdue (<see cref="WorkingDays"/>, null when unknown), and
/// <see cref="Provisional"/> when it was counted into a year whose holiday notice is not loaded (暂定).
/// </summary>
public sealed record DueDate(DateOnly On, DueState State, int? WorkingDays, Provisional? Provisional = null)
{
    public const int SoonWorkingDays = 3;

    public static DueDate Of(DateOnly due, DateOnly today, WorkingDayCalendar calendar, Provisional? provisional = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.Covers(today, due))
        {
            return new DueDate(due, DueState.Unknown, null, provisional);
        }

        return due < today
            ? new DueDate(due, DueState.Overdue, calendar.CountAfter(due, today), provisional)
            : calendar.CountAfter(today, due) is var left && left <= SoonWorkingDays
                ? new DueDate(due, DueState.Soon, left, provisional)
                : new DueDate(due, DueState.InTime, left, provisional);
    }

    /// <summary>还剩12个工作日 / 已超期3个工作日 / 节假日数据缺失.</summary>
    public string Remaining => State switch
    {
        DueState.Overdue => $"已超期{WorkingDays}个工作日",
        DueState.Unknown => "节假日数据缺失，无法计算剩余工作日",
        _ => $"还剩{WorkingDays}个工作日",
    };

    /// <summary>The CSS class of a list row or badge: overdue, due-soon or none.</summary>
    public string? CssClass => State switch
    {
        DueState.Overdue => "overdue",
        DueState.Soon => "due-soon",
        _ => null,
    };

    public string? Badge => State switch
    {
        DueState.Overdue => "已超期",
        DueState.Soon => "即将到期",
        _ => null,
    };

    /// <summary>
    /// The answer due date of a listed request (the stored 答复期限), judged only while an answer is still owed, 暂定
    /// when counted from receipt into a year without a loaded notice.
    /// </summary>
    public static DueDate? ForAnswer(RequestStatus status, DateOnly receivedOn, DateOnly? answerDue, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return status.IsOwed() && answerDue is { } due ? Of(due, policy.Today, policy.Calendar, ProvisionalOf(receivedOn, due, policy)) : null;
    }

    /// <summary>Whether a stored due date counted from <paramref name="receivedOn"/> is 暂定 on the policy's calendar.</summary>
    public static Provisional? ProvisionalOf(DateOnly receivedOn, DateOnly? due, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return due is { } d && d >= receivedOn ? policy.Calendar.ProvisionalBetween(receivedOn, d) : null;
    }
}
