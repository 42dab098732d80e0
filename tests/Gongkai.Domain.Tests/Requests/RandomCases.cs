using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>
/// Random request histories for property tests: a seeded walk that proposes events of every kind, dated near the
/// deadlines they test, some allowed and some not. Refused proposals are handed to <c>onRefused</c>.
/// </summary>
internal sealed class RandomCases(int seed)
{
    private static readonly Outcome[] Decisions = [.. Enum.GetValues<Outcome>().Where(o => o.IsDecision())];

    private readonly Random _rng = new(seed);

    public DisclosureRequest Next(string id, DateOnly earliest, DateOnly latest, Action<DisclosureRequest, RequestEvent, string> onRefused)
    {
        var received = earliest.AddDays(_rng.Next(0, latest.DayNumber - earliest.DayNumber + 1));
        var kind = (ApplicantKind)_rng.Next(0, 6);
        var request = Cases.Received(received.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kind, id);
        var steps = _rng.Next(0, 9);
        for (var i = 0; i < steps; i++)
        {
            var proposal = Propose(request);
            var result = request.Apply(proposal);
            if (result.Value is { } next)
            {
                request = next;
            }
            else
            {
                onRefused(request, proposal, result.Error!);
            }
        }

        return request;
    }

    private RequestEvent Propose(DisclosureRequest request)
    {
        var last = request.Events[^1].On;
        var day = last.AddDays(_rng.Next(-2, 30));
        DateOnly Around(DateOnly? d) => (d ?? day).AddDays(_rng.Next(-2, 3));
        var deadlines = request.Deadlines;

        return _rng.Next(0, 15) switch
        {
            0 => new CorrectionRequested(Around(deadlines?.CorrectionNoticeDue), "请明确", day.AddDays(_rng.Next(-3, 40))),
            1 => new CorrectionReceived(Around(deadlines?.CorrectionDue)),
            2 => new CorrectionLapsed(Around(deadlines?.CorrectionDue)),
            3 => new ConsultationOpened(day, (ConsultedParty)_rng.Next(0, 2), _rng.Next(0, 8) == 0 ? "" : "某公司"),
            4 => new ConsultationAnswered(Around(deadlines?.ConsultationReplyDue)),
            5 => new ConsultationLapsed(Around(deadlines?.ConsultationReplyDue)),
            6 => new ExtensionApproved(Around(deadlines?.FirstPeriodDue), _rng.Next(-1, 23), _rng.Next(0, 8) == 0 ? "" : "李四", "需调取档案检索"),
            7 => new ReasonableDeadlineSet(day, Around(deadlines?.AnswerDue).AddDays(_rng.Next(-5, 60)), "数量明显超过合理范围", _rng.Next(0, 8) == 0 ? null : "李四"),
            8 => new FeeNoticeIssued(day, _rng.Next(0, 2) == 0 ? InformationProcessingFee.ByVolume(_rng.Next(0, 400)) : InformationProcessingFee.ByCount(_rng.Next(0, 40), 1), day.AddDays(_rng.Next(-1, 30))),
            9 => new FeePaid(Around(deadlines?.FeePayBy)),
            10 => new FeeLapsed(Around(deadlines?.FeePayBy)),
            11 or 12 => Decision(day, _rng.Next(0, 10) == 0 ? Outcome.Withdrawn : Decisions[_rng.Next(Decisions.Length)]),
            13 => LetterStep(request, day) ?? new Delivered(day, (ServiceMethod)_rng.Next(0, 2)),
            _ => new Withdrawn(day),
        };
    }

    // Most decisions come with the facts their letter needs; one in six without, which the law refuses.
    private static Decided Decision(DateOnly day, Outcome outcome) => new(day, outcome, day.Day % 6 == 0 ? null : Cases.FactsFor(outcome));

    // A decided request's letter goes 拟稿 → 审核 → 签发 before it can be delivered.
    private static RequestEvent? LetterStep(DisclosureRequest request, DateOnly day) => request.Status != RequestStatus.Decided || request.LetterSignature is not null ? null
        : request.LetterDraft is null ? new LetterDrafted(day, "经审查，现答复如下：……")
        : request.LetterReview is null ? new LetterReviewed(day, "王五")
        : new LetterSigned(day, "李四", DocumentNumbers.Format("示政公开", day.Year, 1), "示范市人民政府", "示范区人民法院");

    public Appeal? AppealAgainst(DisclosureRequest request)
    {
        if (request.ConcludedOn is not { } concluded || _rng.Next(0, 3) != 0)
        {
            return null;
        }

        var appeal = Appeal.File(request.Id, (AppealKind)_rng.Next(0, 3), concluded.AddDays(_rng.Next(1, 200)));
        return _rng.Next(0, 3) == 0 ? appeal : appeal.Conclude((AppealResult)_rng.Next(0, 3), appeal.FiledOn.AddDays(_rng.Next(0, 400))).Value;
    }
}
