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

/// <summary>A due date with the working days left (≥ 0) or overdue (<see cref="WorkingDays"/>, null when unknown).</summary>
public sealed record DueDate(DateOnly On, DueState State, int? WorkingDays)
{
    public const int SoonWorkingDays = 3;

    public static DueDate Of(DateOnly due, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            return due < today
                ? new DueDate(due, DueState.Overdue, calendar.CountAfter(due, today))
                : calendar.CountAfter(today, due) is var left && left <= SoonWorkingDays
                    ? new DueDate(due, DueState.Soon, left)
                    : new DueDate(due, DueState.InTime, calendar.CountAfter(today, due));
        }
        catch (CalendarDataMissingException)
        {
            return new DueDate(due, DueState.Unknown, null);
        }
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

    /// <summary>The answer due date of a listed request, judged only while an answer is still owed.</summary>
    public static DueDate? ForAnswer(RequestStatus status, DateOnly? answerDue, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var owed = Array.IndexOf(RequestLabels.OpenStatuses, status) >= 0 || status == RequestStatus.Decided;
        return owed && answerDue is { } due ? Of(due, policy.Today, policy.Calendar) : null;
    }
}
