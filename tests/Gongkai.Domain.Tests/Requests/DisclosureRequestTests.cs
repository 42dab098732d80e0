using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using static Gongkai.Domain.Tests.Requests.Cases;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>The request as an event log: 条例第二十九条至第三十九条, 第四十二条, with deadlines on the official calendar.</summary>
public sealed class DisclosureRequestTests
{
    [Fact]
    public void Answer_is_due_20_working_days_after_receipt() // 条例第三十三条第二款
    {
        var request = Received("2024-09-27");
        Assert.Equal(D("2024-10-30"), request.Deadlines.AnswerDue);
        Assert.Equal(RequestStatus.InProgress, request.Status);
    }

    [Theory] // 条例第三十一条
    [InlineData(SubmissionChannel.Online, "2024-09-26", "2024-09-27", "2024-09-27")]
    [InlineData(SubmissionChannel.OrdinaryLetter, "2024-09-26", "2024-09-26", "2024-09-26")]
    [InlineData(SubmissionChannel.PostSignedFor, "2024-09-26", null, "2024-09-26")]
    [InlineData(SubmissionChannel.OralTranscribed, "2024-09-26", null, "2024-09-26")]
    public void Date_of_receipt_follows_the_channel(SubmissionChannel channel, string arrived, string? confirmed, string received)
    {
        var registration = Registration(arrived) with { Channel = channel, ConfirmedOn = confirmed is null ? null : D(confirmed) };
        Assert.Equal(D(received), DisclosureRequest.Register(registration, Policy).Value!.ReceivedOn);
    }

    [Fact]
    public void Online_application_needs_its_confirmation_date() // 条例第三十一条第（四）项
    {
        var result = DisclosureRequest.Register(Registration("2024-09-26") with { Channel = SubmissionChannel.Fax }, Policy);
        Assert.Contains("以确认之日为收到申请之日（条例第三十一条）", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_requires_the_第二十九条_items()
    {
        var noContact = Registration("2024-09-26") with { Applicant = Person() with { Contact = " " } };
        Assert.Contains("联系方式", DisclosureRequest.Register(noContact, Policy).Error, StringComparison.Ordinal);
        var noDescription = Registration("2024-09-26") with { Information = new RequestedInformation("", InformationForm.Electronic, ReceivingMethod.Email) };
        Assert.Contains("第二十九条第二款第（二）项", DisclosureRequest.Register(noDescription, Policy).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Correction_restarts_the_clock_from_zero() // 条例第三十条
    {
        var request = Received("2025-01-20");
        Assert.Equal(D("2025-02-05"), request.Deadlines.CorrectionNoticeDue);
        request = request.Then(new CorrectionRequested(D("2025-01-22"), "请明确所需文件的名称或文号", D("2025-02-28")));
        Assert.Null(request.Deadlines.AnswerDue);
        request = request.Then(new CorrectionReceived(D("2025-02-10")));
        Assert.Equal(D("2025-03-10"), request.Deadlines.AnswerDue);
    }

    [Fact]
    public void Correction_notice_after_7_working_days_is_refused() // 条例第三十条
    {
        var request = Received("2025-01-20");
        request.Refuses(new CorrectionRequested(D("2025-02-06"), "请明确", D("2025-02-28")), "7个工作日内");
        request.Then(new CorrectionRequested(D("2025-02-05"), "请明确", D("2025-02-28")));
    }

    [Fact]
    public void Correction_is_asked_once_and_lapses_only_after_its_period() // 条例第三十条
    {
        var request = Received("2025-01-20").Then(new CorrectionRequested(D("2025-01-22"), "请明确", D("2025-02-28")));
        request.Refuses(new CorrectionLapsed(D("2025-02-28")), "尚未届满");
        request.Refuses(new CorrectionReceived(D("2025-03-03")), "应记录逾期不补正");
        var lapsed = request.Then(new CorrectionLapsed(D("2025-03-03")));
        Assert.Equal(Outcome.CorrectionOverdue, lapsed.Outcome);
        Assert.Equal(RequestStatus.Closed, lapsed.Status);
        var corrected = request.Then(new CorrectionReceived(D("2025-02-10")));
        corrected.Refuses(new CorrectionRequested(D("2025-02-11"), "再补正", D("2025-02-28")), "一次性");
    }

    [Fact]
    public void Consultation_time_is_not_counted() // 条例第三十三条第三款
    {
        var request = Received("2024-09-27").Then(new ConsultationOpened(D("2024-10-08"), ConsultedParty.ThirdParty, "某公司"));
        Assert.Equal(D("2024-10-28"), request.Deadlines.ConsultationReplyDue); // 第三十二条: 15 working days, 10-12 (Saturday) worked
        request.Refuses(new Decided(D("2024-10-09"), Outcome.Provided), "征求意见尚未结束");
        request = request.Then(new ConsultationAnswered(D("2024-10-10"), "不同意公开"));
        Assert.Equal(2, request.Deadlines.ExcludedWorkingDays);
        Assert.Equal(D("2024-11-01"), request.Deadlines.AnswerDue);
    }

    [Fact]
    public void A_lapsed_consultation_excludes_its_full_15_working_days() // 条例第三十二条、第三十四条
    {
        var request = Received("2024-09-27").Then(new ConsultationOpened(D("2024-10-08"), ConsultedParty.OtherAgency, "市住建局"));
        request.Refuses(new ConsultationLapsed(D("2024-10-28")), "尚未届满");
        request.Refuses(new ConsultationAnswered(D("2024-10-29")), "应记录逾期未答复");
        request = request.Then(new ConsultationLapsed(D("2024-10-29")));
        Assert.Equal(15, request.Deadlines.ExcludedWorkingDays);
        Assert.Equal(D("2024-11-20"), request.Deadlines.AnswerDue);
    }

    [Fact]
    public void Extension_is_approved_once_by_an_approver_before_the_first_20_run_out() // 条例第三十三条第二款
    {
        var request = Received("2024-09-27");
        request.Refuses(new ExtensionApproved(D("2024-10-20"), 21, "李四", "需调取档案检索"), "最长不得超过20个工作日");
        request.Refuses(new ExtensionApproved(D("2024-10-20"), 20, "", "需调取档案检索"), "负责人同意");
        request.Refuses(new ExtensionApproved(D("2024-10-31"), 20, "李四", "需调取档案检索"), "20个工作日届满前");
        var extended = request.Then(new ExtensionApproved(D("2024-10-30"), 20, "李四", "需调取档案检索"));
        Assert.Equal(D("2024-11-27"), extended.Deadlines.AnswerDue);
        extended.Refuses(new ExtensionApproved(D("2024-11-01"), 5, "李四", "需调取档案检索"), "只能延长一次");
    }

    [Fact]
    public void Extension_and_consultation_add_up()
    {
        var request = Received("2024-09-27").Then(
            new ConsultationOpened(D("2024-10-08"), ConsultedParty.ThirdParty, "某公司"),
            new ConsultationAnswered(D("2024-10-10")),
            new ExtensionApproved(D("2024-11-01"), 20, "李四", "需调取档案检索"));
        Assert.Equal(D("2024-11-29"), request.Deadlines.AnswerDue);
    }

    [Fact]
    public void Reasonable_deadline_replaces_the_statutory_one() // 条例第三十五条
    {
        var request = Received("2024-09-27");
        request.Refuses(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-10-20"), "申请数量明显超过合理范围", "李四"), "须晚于原答复期限");
        var set = request.Then(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-11-27"), "申请数量明显超过合理范围", "李四"));
        Assert.Equal(D("2024-11-27"), set.Deadlines.AnswerDue);
    }

    [Fact]
    public void Reasonable_deadline_needs_a_负责人_a_reason_and_stays_within_the_bound() // 条例第三十三条第二款、第三十五条
    {
        var request = Received("2024-09-27");
        request.Refuses(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-11-27"), "申请数量明显超过合理范围"), "负责人同意");
        request.Refuses(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-11-27"), "申请数量明显超过合理范围", " "), "负责人同意");
        request.Refuses(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-11-27"), "x", "李四"), "具体说明理由");
        request.Refuses(new ReasonableDeadlineSet(D("2024-10-09"), D("2099-12-31"), "申请数量明显超过合理范围", "李四"), "最晚为2024年11月27日");
        request.Refuses(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-11-28"), "申请数量明显超过合理范围", "李四"), "超出了这一期限");

        var wider = Received("2024-09-27", policy: Policy with { ReasonableDeadlineMaxWorkingDays = 30 });
        Assert.Equal(D("2024-12-11"), wider.Then(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-12-11"), "申请数量明显超过合理范围", "李四")).Deadlines.AnswerDue);
        Assert.Equal(D("2024-11-27"), ReasonableDeadlines.Latest(D("2024-10-30"), Policy));
    }

    [Fact]
    public void A_stored_reasonable_deadline_replays_after_the_bound_is_narrowed()
    {
        var set = Received("2024-09-27").Then(new ReasonableDeadlineSet(D("2024-10-09"), D("2024-11-27"), "申请数量明显超过合理范围", "李四"));
        var replayed = DisclosureRequest.Replay(set.Events, Policy with { ReasonableDeadlineMaxWorkingDays = 5 });
        Assert.True(replayed.IsSuccess, replayed.Error);
        Assert.Equal(D("2024-11-27"), replayed.Value!.Deadlines.AnswerDue);
    }

    [Fact]
    public void Fee_notice_pauses_the_clock_and_lapses_into_其他处理() // 条例第四十二条; 国办函〔2020〕109号
    {
        var charge = InformationProcessingFee.ByVolume(2219);
        var noticed = Received("2024-09-27").Then(new FeeNoticeIssued(D("2024-10-08"), charge, D("2024-10-22")));
        noticed.Refuses(new Decided(D("2024-10-09"), Outcome.Provided), "收费通知尚待缴费");
        Assert.Equal(D("2024-11-01"), noticed.Then(new FeePaid(D("2024-10-10"))).Deadlines.AnswerDue);
        var lapsed = noticed.Then(new FeeLapsed(D("2024-10-23")));
        Assert.Equal(Outcome.FeeOverdue, lapsed.Outcome);
        Assert.Equal(83460m, lapsed.Fee!.Amount);

        var unpaused = Received("2024-09-27", policy: Policy with { FeeNoticePausesClock = false })
            .Then(new FeeNoticeIssued(D("2024-10-08"), charge, D("2024-10-22")), new FeePaid(D("2024-10-10")));
        Assert.Equal(D("2024-10-30"), unpaused.Deadlines.AnswerDue);
    }

    [Fact]
    public void One_fee_notice_by_one_method() // 国办函〔2020〕109号第三条
    {
        var request = Received("2024-09-27");
        request.Refuses(new FeeNoticeIssued(D("2024-10-08"), InformationProcessingFee.ByVolume(30), D("2024-10-22")), "不需收费");
        var paid = request.Then(new FeeNoticeIssued(D("2024-10-08"), InformationProcessingFee.ByCount(11, 1), D("2024-10-22")), new FeePaid(D("2024-10-09")));
        paid.Refuses(new FeeNoticeIssued(D("2024-10-10"), InformationProcessingFee.ByVolume(300), D("2024-10-22")), "不得同时按两种标准");
    }

    [Fact]
    public void Decision_is_final_and_the_reply_counts_from_its_service() // 国办公开办函〔2016〕235号
    {
        var decided = Received("2024-09-27").Then(new Decided(D("2024-10-29"), Outcome.PartiallyDisclosed, Withholding)).Signed(D("2024-10-29"));
        decided.Refuses(new Decided(D("2024-10-29"), Outcome.Provided), "已于2024年10月29日办结");
        decided.Refuses(new Withdrawn(D("2024-10-30")), "办结");
        var posted = decided.Then(new Delivered(D("2024-10-31"), ServiceMethod.Posted));
        Assert.Equal(D("2024-10-31"), posted.AnsweredOn);
        Assert.True(posted.IsOverdue(D("2024-12-31")));
        Assert.False(decided.Then(new Delivered(D("2024-10-30"), ServiceMethod.SignedFor)).IsOverdue(D("2024-12-31")));
        posted.Refuses(new Delivered(D("2024-11-01"), ServiceMethod.SignedFor), "办结");
    }

    [Fact]
    public void Lapse_and_withdrawal_outcomes_are_not_decided()
    {
        var request = Received("2024-09-27");
        request.Refuses(new Decided(D("2024-10-08"), Outcome.Withdrawn), "不是答复结果");
        request.Refuses(new Decided(D("2024-10-08"), Outcome.UnclearAfterCorrection), "补正后内容仍不明确");
        Assert.Equal(Outcome.Withdrawn, request.Then(new Withdrawn(D("2024-10-08"))).Outcome);
    }

    [Fact]
    public void Events_are_recorded_in_order_and_not_in_the_future()
    {
        var request = Received("2024-09-27").Then(new ConsultationOpened(D("2024-10-08"), ConsultedParty.ThirdParty, "某公司"));
        request.Refuses(new ConsultationAnswered(D("2024-10-07")), "早于本申请上一事项");
        var today = RequestPolicy.Official(FixedTimeProvider.At(2024, 10, 9));
        Received("2024-09-27", policy: today).Refuses(new Decided(D("2024-10-10"), Outcome.Provided), "晚于今天");
    }

    [Fact]
    public void A_deadline_running_into_a_year_without_a_notice_is_provisional()
    {
        // 2026-12-20 (Sunday): 9 working days in December, 2027-01-01 元旦, then 4–8, 11–15 and 18 January.
        var deadlines = Received("2026-12-20").Deadlines;
        Assert.Equal(D("2027-01-18"), deadlines.AnswerDue);
        Assert.True(deadlines.AnswerDueProvisional);
        Assert.Equal([2027], deadlines.Provisional!.Years.ToArray());
        Assert.Equal("2027年放假安排尚未公布，按《全国年节及纪念日放假办法》暂定，不含调休，公布后自动更新", deadlines.Provisional.Reason);
        Assert.False(deadlines.IsProvisional(deadlines.CorrectionNoticeDue)); // 2026-12-29, on the 2026 notice
    }

    [Fact]
    public void A_deadline_within_a_published_year_is_not_provisional()
    {
        var deadlines = Received("2026-11-02").Deadlines;
        Assert.Null(deadlines.Provisional);
        Assert.False(deadlines.AnswerDueProvisional);
    }

    [Fact]
    public void A_deadline_into_a_year_without_any_rule_is_reported_not_guessed()
    {
        var notices = Policy with { Calendar = new(new(HolidaySchedule.Embedded, provisionalYears: false)) };
        var request = Received("2026-12-10", policy: notices);
        var deadlines = request.Deadlines;
        Assert.Equal(2027, deadlines.MissingYear);
        Assert.Contains("2027年放假安排", deadlines.Missing, StringComparison.Ordinal);
        Assert.Null(deadlines.AnswerDue);
        Assert.False(request.IsOverdue(D("2027-03-01")));
        Assert.DoesNotContain(RequestStep.ExtensionApproved, request.AllowedSteps());
        Assert.Contains(RequestStep.Decided, request.AllowedSteps());
        request.Refuses(new ExtensionApproved(D("2026-12-11"), 10, "李四", "需调取档案检索"), "2027年放假安排");
    }

    [Fact]
    public void Replaying_the_log_gives_the_same_request()
    {
        var request = Received("2024-09-27").Then(
            new ConsultationOpened(D("2024-10-08"), ConsultedParty.ThirdParty, "某公司"),
            new ConsultationLapsed(D("2024-10-30")),
            new ExtensionApproved(D("2024-11-01"), 10, "李四", "需调取档案检索"),
            new Decided(D("2024-11-15"), Outcome.ThirdPartyRights, new DecisionFacts { Withheld = [new WithheldPart("某公司的报价明细", Outcome.ThirdPartyRights, "属于商业秘密，第三方不同意公开")] }));
        var replayed = DisclosureRequest.Replay(request.Events, Policy).Value!;
        Assert.Equal(request.Deadlines, replayed.Deadlines);
        Assert.Equal(request.Outcome, replayed.Outcome);
        Assert.Equal(request.ConcludedOn, replayed.ConcludedOn);
    }
}
