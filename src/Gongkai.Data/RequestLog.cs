using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Domain;
using Gongkai.Domain.Requests;

namespace Gongkai.Data;

/// <summary>The applicant's details as the application form gives them (条例第二十九条第二款第（一）项).</summary>
public sealed record ApplicantDetails(ApplicantKind Kind, string Name, string IdNumber, string Phone, string Address, string? Email)
{
    /// <summary>The domain's applicant: the ID number is the 身份证明, phone and address the 联系方式.</summary>
    public Applicant ToApplicant() => new(Kind, Name, IdNumber, string.Join(' ', new[] { Phone, Address }.Where(s => !string.IsNullOrWhiteSpace(s))));
}

/// <summary>
/// Stores a <see cref="DisclosureRequest"/> as its event log and rebuilds it. Every change goes through the domain
/// object, so what is saved is always a sequence of events the law allowed; the summary columns of
/// <see cref="RequestRecord"/> are refreshed from it on each change.
/// </summary>
public static class RequestLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly FrozenDictionary<string, Type> Kinds = typeof(RequestEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(RequestEvent)) && !t.IsAbstract)
        .ToFrozenDictionary(t => t.Name);

    /// <summary>A new record for a request just registered.</summary>
    public static RequestRecord Create(DisclosureRequest request, int agencyId, ApplicantDetails applicant, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(applicant);
        var registered = (Registered)request.Events[0];
        var record = new RequestRecord
        {
            TrackingCode = request.Id,
            AgencyId = agencyId,
            ApplicantKind = applicant.Kind,
            ApplicantName = applicant.Name,
            ApplicantIdNumber = applicant.IdNumber,
            ApplicantPhone = applicant.Phone,
            ApplicantAddress = applicant.Address,
            ApplicantEmail = applicant.Email,
            Description = registered.Information.Description,
            Form = registered.Information.Form,
            Receiving = registered.Information.Receiving,
            Channel = registered.Channel,
            CreatedAt = now,
        };
        foreach (var e in request.Events)
        {
            record.Events.Add(ToRecord(record, e, actor, now));
        }

        Refresh(record, request, now);
        return record;
    }

    /// <summary>Rebuilds the domain request from the stored log (events ordered by sequence).</summary>
    public static Result<DisclosureRequest> Rebuild(RequestRecord record, RequestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(record);
        return DisclosureRequest.Replay(record.Events.OrderBy(e => e.Sequence).Select(ToEvent), policy);
    }

    /// <summary>
    /// Applies <paramref name="next"/> to the request; when the law allows it, appends it to the record's log and
    /// refreshes the summary columns. The record is left unchanged when it is refused.
    /// </summary>
    public static Result<DisclosureRequest> Append(RequestRecord record, DisclosureRequest current, RequestEvent next, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(current);
        var result = current.Apply(next);
        if (result.Value is { } updated)
        {
            record.Events.Add(ToRecord(record, next, actor, now));
            Refresh(record, updated, now);
        }

        return result;
    }

    /// <summary>The event as stored.</summary>
    public static RequestEvent ToEvent(RequestEventRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var type = Kinds.GetValueOrDefault(stored.Kind) ?? throw new InvalidDataException($"Unknown request event kind '{stored.Kind}'.");
        return (RequestEvent?)JsonSerializer.Deserialize(stored.Data, type, Json)
            ?? throw new InvalidDataException($"Empty request event {stored.Id}.");
    }

    private static RequestEventRecord ToRecord(RequestRecord record, RequestEvent e, string actor, DateTimeOffset now) => new()
    {
        TrackingCode = record.TrackingCode,
        Sequence = record.Events.Count,
        Kind = e.GetType().Name,
        On = e.On,
        Data = JsonSerializer.Serialize(e, e.GetType(), Json),
        RecordedAt = now,
        RecordedBy = actor,
    };

    private static void Refresh(RequestRecord record, DisclosureRequest request, DateTimeOffset now)
    {
        record.ReceivedOn = request.ReceivedOn;
        record.Status = request.Status;
        record.Outcome = request.Outcome;
        record.ConcludedOn = request.ConcludedOn;
        record.AnsweredOn = request.AnsweredOn;
        record.AnswerDue = AnswerDue(request);
        record.UpdatedAt = now;
        record.Version++;
    }

    // A deadline running into a year the calendar cannot count (no notice and no provisional rule) has no date.
    private static DateOnly? AnswerDue(DisclosureRequest request) => request.Deadlines.AnswerDue;
}
