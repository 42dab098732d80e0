using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>
/// <see cref="DisclosureRequest.AllowedSteps"/> against the transitions themselves: a step is offered exactly when an
/// event of it, with content a clerk would enter, is accepted on some day from the last event's to today.
/// </summary>
public sealed class AllowedStepsTests
{
    [Fact]
    public void The_allowed_steps_are_exactly_those_the_transitions_accept_on_some_day()
    {
        var cases = new RandomCases(seed: 15);
        var compared = 0;
        for (var i = 0; i < 120; i++)
        {
            var request = cases.Next($"S-{i}", Cases.D("2026-09-01"), Cases.D("2026-12-20"), (_, _, _) => { });
            var allowed = request.AllowedSteps();
            foreach (var step in Enum.GetValues<RequestStep>())
            {
                var accepted = Days(request).Any(day => request.Apply(Sample(step, day, request)).IsSuccess);
                Assert.True(accepted == allowed.Contains(step), $"{step} on {request.Status} ({string.Join("，", request.Events.Select(e => e.StepName() + " " + e.On))}): allowed {allowed.Contains(step)}, accepted {accepted}");
                compared++;
            }
        }

        Assert.Equal(120 * Enum.GetValues<RequestStep>().Length, compared);
    }

    [Fact]
    public void An_open_request_is_one_that_can_still_be_withdrawn_and_an_owed_one_is_not_yet_served_or_closed()
    {
        var cases = new RandomCases(seed: 49);
        var statuses = new HashSet<RequestStatus>();
        for (var i = 0; i < 120; i++)
        {
            var request = cases.Next($"O-{i}", Cases.D("2026-09-01"), Cases.D("2026-12-20"), (_, _, _) => { });
            statuses.Add(request.Status);
            Assert.Equal(request.Status.IsOpen(), request.AllowedSteps().Contains(RequestStep.Withdrawn));
            Assert.Equal(request.Status is not (RequestStatus.Delivered or RequestStatus.Closed), request.Status.IsOwed());
        }

        Assert.True(statuses.Count >= 5, string.Join("，", statuses));
    }

    [Fact]
    public void A_head_is_not_offered_an_extension_while_a_consultation_is_open()
    {
        var request = Cases.Received("2026-12-01").Then(new ConsultationOpened(Cases.D("2026-12-02"), ConsultedParty.ThirdParty, "某公司"));

        Assert.DoesNotContain(RequestStep.ExtensionApproved, request.AllowedSteps());
        // Today (2026-12-31) is past the 15 working days, so the lapse can be recorded as well as a late-recorded answer.
        Assert.Equal([RequestStep.ConsultationAnswered, RequestStep.ConsultationLapsed, RequestStep.Withdrawn], request.AllowedSteps());
        request.Refuses(new ExtensionApproved(Cases.D("2026-12-03"), 10, "李四", "需调取档案"), "征求意见");
    }

    [Fact]
    public void A_correction_notice_is_offered_while_one_sent_in_time_can_still_be_recorded()
    {
        // Received on Monday 2026-11-02; the 7 working days of 条例第三十条 end on 2026-11-11.
        Assert.Contains(RequestStep.CorrectionRequested, Cases.Received("2026-11-02").AllowedSteps());
        var later = Cases.Received("2026-11-02").Then(new ConsultationOpened(Cases.D("2026-11-03"), ConsultedParty.ThirdParty, "某公司"));
        Assert.DoesNotContain(RequestStep.CorrectionRequested, later.AllowedSteps());
    }

    private static IEnumerable<DateOnly> Days(DisclosureRequest request)
    {
        for (var day = request.Events[^1].On; day <= request.Policy.Today; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static RequestEvent Sample(RequestStep step, DateOnly day, DisclosureRequest request) => step switch
    {
        RequestStep.CorrectionRequested => new CorrectionRequested(day, "请写明所需文件的名称或文号", day.AddDays(15)),
        RequestStep.CorrectionReceived => new CorrectionReceived(day),
        RequestStep.CorrectionLapsed => new CorrectionLapsed(day),
        RequestStep.ConsultationOpened => new ConsultationOpened(day, ConsultedParty.ThirdParty, "某公司"),
        RequestStep.ConsultationAnswered => new ConsultationAnswered(day, "不同意公开"),
        RequestStep.ConsultationLapsed => new ConsultationLapsed(day),
        RequestStep.ExtensionApproved => new ExtensionApproved(day, 10, "李四", "需调取多年档案"),
        RequestStep.ReasonableDeadlineSet => new ReasonableDeadlineSet(
            day, Due(request)?.AddDays(7) ?? day.AddDays(30), "同一申请人一个月内提出两百余件申请，无法按期答复", "李四"),
        RequestStep.FeeNoticeIssued => new FeeNoticeIssued(day, InformationProcessingFee.ByVolume(300), day.AddDays(20)),
        RequestStep.FeePaid => new FeePaid(day),
        RequestStep.FeeLapsed => new FeeLapsed(day),
        RequestStep.Decided => new Decided(day, Outcome.Provided),
        RequestStep.LetterDrafted => new LetterDrafted(day, "经审查，现答复如下：……"),
        RequestStep.LetterReviewed => new LetterReviewed(day, "王五"),
        RequestStep.LetterSigned => new LetterSigned(day, "李四", DocumentNumbers.Format("示政公开", day.Year, 1), "示范市人民政府", "示范区人民法院"),
        RequestStep.Delivered => new Delivered(day, ServiceMethod.Posted),
        RequestStep.Withdrawn => new Withdrawn(day),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static DateOnly? Due(DisclosureRequest request) => request.Deadlines.AnswerDue;
}
