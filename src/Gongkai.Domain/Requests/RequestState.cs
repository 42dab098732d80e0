namespace Gongkai.Domain.Requests;

/// <summary>The fold of a request's events: what the rules need to judge the next one. Never stored on its own.</summary>
internal sealed record RequestState
{
    public required Registered Registration { get; init; }

    /// <summary>收到申请之日 (条例第三十一条).</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The day the answer clock runs from: receipt, or receipt of the correction (条例第三十条).</summary>
    public required DateOnly ClockStartsOn { get; init; }

    public required DateOnly LastEventOn { get; init; }

    public RequestStatus Status { get; init; } = RequestStatus.InProgress;

    public CorrectionRequested? Correction { get; init; }

    public DateOnly? CorrectionReceivedOn { get; init; }

    public ConsultationOpened? OpenConsultation { get; init; }

    public DateOnly? ConsultationReplyDue { get; init; }

    public int Consultations { get; init; }

    /// <summary>Working days of closed pauses (consultation, fee notice) not counted in the period.</summary>
    public int ExcludedWorkingDays { get; init; }

    public ExtensionApproved? Extension { get; init; }

    public ReasonableDeadlineSet? ReasonableDeadline { get; init; }

    public FeeNoticeIssued? FeeNotice { get; init; }

    public DateOnly? FeePaidOn { get; init; }

    public Outcome? Outcome { get; init; }

    public DateOnly? ConcludedOn { get; init; }

    public Delivered? Delivery { get; init; }

    /// <summary>The decision, with the facts its letter states.</summary>
    public Decided? Decision { get; init; }

    /// <summary>The current draft of the 答复告知书.</summary>
    public LetterDrafted? LetterDraft { get; init; }

    /// <summary>The review of the current draft.</summary>
    public LetterReviewed? LetterReview { get; init; }

    public LetterSigned? LetterSignature { get; init; }

    /// <summary>Whether anything beyond registration has been done, after which a 补正 can no longer be asked.</summary>
    public bool HandlingStarted => Consultations > 0 || Extension is not null || ReasonableDeadline is not null || FeeNotice is not null;
}
