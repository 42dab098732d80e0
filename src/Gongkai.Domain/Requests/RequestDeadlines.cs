using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Requests;

/// <summary>
/// Every deadline of a request, derived from its events on the working-day calendar; nothing here is stored.
/// While a consultation or fee notice is open, its pause is counted up to its latest end, so
/// <see cref="AnswerDue"/> is the latest the answer can then be due.
/// </summary>
/// <param name="ReceivedOn">收到申请之日 (条例第三十一条).</param>
/// <param name="CorrectionNoticeDue">The last day to send a 补正通知: 7 working days from receipt (第三十条); null when <see cref="Missing"/>.</param>
/// <param name="CorrectionDue">The 补正期限 the notice set, if one was sent.</param>
/// <param name="ClockStartsOn">The day the 20 working days run from; null while a correction is awaited.</param>
/// <param name="ExcludedWorkingDays">Working days not counted: consultation (第三十三条第三款) and, by policy, fee notices.</param>
/// <param name="ExtensionWorkingDays">The approved extension (第三十三条第二款), 0 if none.</param>
/// <param name="FirstPeriodDue">The end of the first 20 working days, before which an extension must be approved.</param>
/// <param name="AnswerDue">答复期限: the 第三十五条 reasonable deadline if set, else 20 + extension + excluded working days.</param>
/// <param name="ConsultationReplyDue">The open consultation's 15th working day (第三十二条), if one is open.</param>
/// <param name="FeePayBy">The payment deadline of the 收费通知, if one was sent.</param>
/// <param name="Provisional">
/// 暂定: set when a counted date runs into a year whose holiday notice is not loaded, counted on the statutory holidays
/// alone; the dates change by themselves once the notice is loaded. Null when every date rests on published notices.
/// </param>
public sealed record RequestDeadlines(
    DateOnly ReceivedOn,
    DateOnly? CorrectionNoticeDue,
    DateOnly? CorrectionDue,
    DateOnly? ClockStartsOn,
    int ExcludedWorkingDays,
    int ExtensionWorkingDays,
    DateOnly? FirstPeriodDue,
    DateOnly? AnswerDue,
    DateOnly? ConsultationReplyDue,
    DateOnly? FeePayBy,
    Provisional? Provisional)
{
    /// <summary>
    /// Whether a date counted in working days from receipt is 暂定: it lies in or after a provisional year. Dates set
    /// by hand (the 补正期限, the payment deadline, a 第三十五条 reasonable deadline) are not counted and never are.
    /// </summary>
    public bool IsProvisional(DateOnly? date) => date is { } d && Provisional is { } p && p.Years[0] <= d.Year;

    /// <summary>Whether <see cref="AnswerDue"/> is 暂定.</summary>
    public bool AnswerDueProvisional => AnswerDueCounted && IsProvisional(AnswerDue);

    /// <summary>Whether <see cref="AnswerDue"/> was counted in working days rather than set as a 第三十五条 deadline.</summary>
    public bool AnswerDueCounted { get; init; } = true;

    /// <summary>
    /// Why the deadlines cannot be counted (in Chinese, naming the year): a period runs into a year with neither a loaded
    /// holiday notice nor the provisional rule. Every counted date is then null; the dates set by hand remain.
    /// </summary>
    public string? Missing { get; init; }

    /// <summary>The year <see cref="Missing"/> names.</summary>
    public int? MissingYear { get; init; }

    internal static RequestDeadlines Derive(RequestState s, RequestPolicy policy)
    {
        try
        {
            return Count(s, policy);
        }
        catch (CalendarDataMissingException ex)
        {
            return new RequestDeadlines(
                s.ReceivedOn, null, s.Correction?.DueOn, s.Status == RequestStatus.AwaitingCorrection ? null : s.ClockStartsOn, s.ExcludedWorkingDays,
                s.Extension?.WorkingDays ?? 0, null, s.ReasonableDeadline?.DueOn, s.ConsultationReplyDue, s.FeeNotice?.PayBy, null)
            {
                AnswerDueCounted = s.ReasonableDeadline is null,
                Missing = ex.Message,
                MissingYear = ex.Year,
            };
        }
    }

    private static RequestDeadlines Count(RequestState s, RequestPolicy policy)
    {
        var calendar = policy.Calendar;
        var excluded = s.ExcludedWorkingDays;
        if (s.OpenConsultation is { } open)
        {
            excluded += calendar.CountAfter(open.On, s.ConsultationReplyDue!.Value);
        }

        if (s.Status == RequestStatus.AwaitingPayment && policy.FeeNoticePausesClock)
        {
            excluded += calendar.CountAfter(s.FeeNotice!.On, s.FeeNotice.PayBy);
        }

        var extension = s.Extension?.WorkingDays ?? 0;
        DateOnly? clock = s.Status == RequestStatus.AwaitingCorrection ? null : s.ClockStartsOn;
        DateOnly? first = clock is { } c ? calendar.AddWorkingDays(c, StatutoryPeriods.Answer + excluded) : null;
        DateOnly? due = s.ReasonableDeadline?.DueOn
            ?? (clock is { } start ? calendar.AddWorkingDays(start, StatutoryPeriods.Answer + extension + excluded) : null);
        var correctionNotice = calendar.AddWorkingDays(s.ReceivedOn, StatutoryPeriods.CorrectionNotice);
        var counted = new[] { correctionNotice, first, s.ReasonableDeadline is null ? due : null, s.ConsultationReplyDue }
            .OfType<DateOnly>().DefaultIfEmpty(s.ReceivedOn).Max();
        return new RequestDeadlines(
            s.ReceivedOn,
            correctionNotice,
            s.Correction?.DueOn,
            clock,
            excluded,
            extension,
            first,
            due,
            s.ConsultationReplyDue,
            s.FeeNotice?.PayBy,
            calendar.ProvisionalBetween(s.ReceivedOn, counted))
        {
            AnswerDueCounted = s.ReasonableDeadline is null,
        };
    }
}
