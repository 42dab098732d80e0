using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>What the law asks next of the agency or the applicant, and by when (<see cref="Due"/>, if dated).</summary>
public sealed record NextStep(string Text, DueDate? Due)
{
    /// <summary>The text with the working days left: "应于2026年12月18日前答复（还剩12个工作日）", "（暂定，还剩…）".</summary>
    public string Display => Due is { } d ? $"{Text}（{(d.Provisional is null ? "" : Provisional.Label + "，")}{d.Remaining}）" : Text;

    public static IReadOnlyList<NextStep> For(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = request.Policy;
        var today = policy.Today;
        var d = request.Deadlines;
        if (d.Missing is { } missing)
        {
            return [new NextStep("节假日数据缺失，无法计算期限：" + missing, null)];
        }

        // Dates counted in working days may be 暂定; dates the clerk set (补正期限, 缴费期限) never are.
        NextStep Dated(string text, DateOnly due) => new(text, DueDate.Of(due, today, policy.Calendar));
        NextStep Counted(string text, DateOnly due) => new(text, DueDate.Of(due, today, policy.Calendar, d.IsProvisional(due) ? d.Provisional : null));
        NextStep Answer(string text, DateOnly due) => d.AnswerDueCounted ? Counted(text, due) : Dated(text, due);
        var allowed = request.AllowedSteps();
        var steps = new List<NextStep>();
        switch (request.Status)
        {
            case RequestStatus.InProgress:
                if (d.AnswerDue is { } answer)
                {
                    steps.Add(Answer($"应于{RequestLabels.Date(answer)}前答复", answer));
                }

                if (allowed.Contains(RequestStep.CorrectionRequested) && d.CorrectionNoticeDue is { } noticeDue && today <= noticeDue)
                {
                    steps.Add(Counted($"如需补正，补正通知应于{RequestLabels.Date(noticeDue)}前一次性发出（条例第三十条）", noticeDue));
                }

                if (allowed.Contains(RequestStep.ExtensionApproved) && d.FirstPeriodDue is { } first && today <= first)
                {
                    steps.Add(Counted($"如需延长答复期限，须于{RequestLabels.Date(first)}前经负责人同意并告知申请人（条例第三十三条第二款）", first));
                }

                break;
            case RequestStatus.AwaitingCorrection when d.CorrectionDue is { } correction:
                steps.Add(Dated($"申请人应于{RequestLabels.Date(correction)}前补正；无正当理由逾期不补正的，视为放弃申请（条例第三十条）", correction));
                break;
            case RequestStatus.Consulting when d.ConsultationReplyDue is { } reply:
                steps.Add(Counted($"征求意见答复期限为{RequestLabels.Date(reply)}（条例第三十二条，15个工作日；征求意见时间不计入答复期限）", reply));
                if (d.AnswerDue is { } latest)
                {
                    steps.Add(Answer($"答复期限最迟为{RequestLabels.Date(latest)}（按征求意见期限届满计算）", latest));
                }

                break;
            case RequestStatus.AwaitingPayment when d.FeePayBy is { } payBy:
                steps.Add(Dated($"申请人应于{RequestLabels.Date(payBy)}前缴纳信息处理费；逾期未缴纳的，不再处理该申请（国办函〔2020〕109号）", payBy));
                break;
            case RequestStatus.Decided:
                steps.Add(d.AnswerDue is { } due
                    ? Answer($"答复已作出，请送达申请人；答复期限为{RequestLabels.Date(due)}，以签收或交邮之日为答复之日", due)
                    : new NextStep("答复已作出，请送达申请人", null));
                break;
            case RequestStatus.Delivered:
                steps.Add(new NextStep($"已于{RequestLabels.Date(request.AnsweredOn)}送达，办理完毕", null));
                break;
            case RequestStatus.Closed:
                steps.Add(new NextStep($"已于{RequestLabels.Date(request.ConcludedOn)}终止（{request.Outcome?.Label()}）", null));
                break;
            default:
                break;
        }

        return steps;
    }
}
