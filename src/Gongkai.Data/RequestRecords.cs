using Gongkai.Domain.Requests;

namespace Gongkai.Data;

/// <summary>
/// 政府信息公开申请 as stored: the event log (<see cref="Events"/>) is the record; the other columns repeat what the
/// log says now, so lists, searches and the annual report need no replay. They are rewritten from the domain object
/// on every change (<see cref="RequestLog"/>).
/// </summary>
public sealed class RequestRecord
{
    /// <summary>查询码: the tracking code given to the applicant, also the domain request id.</summary>
    public required string TrackingCode { get; set; }

    public int AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>Optimistic concurrency: incremented by every save; a stale save is refused.</summary>
    public int Version { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    public required string ApplicantName { get; set; }

    /// <summary>身份证明 number as given; shown masked everywhere but the request page of the applicant's agency.</summary>
    public required string ApplicantIdNumber { get; set; }

    public required string ApplicantPhone { get; set; }

    public string ApplicantAddress { get; set; } = "";

    public string? ApplicantEmail { get; set; }

    public required string Description { get; set; }

    public InformationForm Form { get; set; }

    public ReceivingMethod Receiving { get; set; }

    public SubmissionChannel Channel { get; set; }

    /// <summary>收到申请之日 (条例第三十一条).</summary>
    public DateOnly ReceivedOn { get; set; }

    public RequestStatus Status { get; set; }

    public Outcome? Outcome { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>答复期限 as the log now gives it; null while a 补正 is awaited.</summary>
    public DateOnly? AnswerDue { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<RequestEventRecord> Events { get; } = [];

    public List<AttachmentRecord> Attachments { get; } = [];
}

/// <summary>One event of a request's log, as JSON of its domain record.</summary>
public sealed class RequestEventRecord
{
    public long Id { get; set; }

    public required string TrackingCode { get; set; }

    /// <summary>0 for 登记, then 1, 2, … in the order the events happened.</summary>
    public int Sequence { get; set; }

    /// <summary>The domain event's type name (<c>Registered</c>, <c>Decided</c>, …).</summary>
    public required string Kind { get; set; }

    public DateOnly On { get; set; }

    public required string Data { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Who recorded it: a staff user name, or <c>portal</c> for an online application.</summary>
    public required string RecordedBy { get; set; }
}

/// <summary>A file handed in with an application, such as the 身份证明.</summary>
public sealed class AttachmentRecord
{
    public int Id { get; set; }

    public required string TrackingCode { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }
}

/// <summary>行政复议 or 行政诉讼 over one request (表四).</summary>
public sealed class AppealRecord
{
    public int Id { get; set; }

    public required string TrackingCode { get; set; }

    public int AgencyId { get; set; }

    public AppealKind Kind { get; set; }

    public DateOnly FiledOn { get; set; }

    public AppealResult? Result { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    public int Version { get; set; }

    /// <summary>The stored form of <paramref name="appeal"/> against the request <paramref name="trackingCode"/> of an agency.</summary>
    public static AppealRecord From(string trackingCode, int agencyId, Appeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return new AppealRecord
        {
            TrackingCode = trackingCode,
            AgencyId = agencyId,
            Kind = appeal.Kind,
            FiledOn = appeal.FiledOn,
            Result = appeal.Result,
            ConcludedOn = appeal.ConcludedOn,
        };
    }
}
