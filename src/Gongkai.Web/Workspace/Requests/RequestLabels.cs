using Gongkai.Domain;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>The Chinese names of statuses, events and choices as the workspace shows them.</summary>
public static class RequestLabels
{
    public static string Label(this ApplicantKind kind, bool full) =>
        kind == ApplicantKind.NaturalPerson ? "自然人" : full ? "法人或其他组织（" + kind.Label() + "）" : kind.Label();

    /// <summary>What the event says beyond its step and date.</summary>
    public static string Details(RequestEvent e) => e switch
    {
        Registered r => r.ConfirmedOn is { } c ? $"{r.Channel.Label()}；确认日期{Date(c)}" : r.Channel.Label(),
        CorrectionRequested c => $"补正事项：{c.Items}；补正期限{Date(c.DueOn)}",
        ConsultationOpened o => $"{o.Party.Label()}：{o.ConsultedName}",
        ConsultationAnswered a => a.Opinion ?? "",
        ExtensionApproved x => $"延长{x.WorkingDays}个工作日，经{x.Approver}同意" + (x.Reason is { } why ? $"；理由：{why}" : ""),
        ReasonableDeadlineSet d => $"答复期限{Date(d.DueOn)}；{ReasonableDeadlines.LegalGround}；理由：{d.Reason}" + (d.Approver is { } a ? $"；经{a}同意" : ""),
        FeeNoticeIssued f => $"{f.Charge.Method.Label()}，数量{f.Charge.Quantity}，金额{Money(f.Charge.Amount)}元，缴费期限{Date(f.PayBy)}",
        Decided d => $"{d.Outcome.Name()}；表三{d.Outcome.Label()}" + FactsText(d.Facts),
        LetterDrafted => "告知书草稿已保存",
        LetterReviewed v => $"审核人：{v.Reviewer}",
        LetterSigned g => $"签发人：{g.Signer}；文号：{g.DocumentNumber}",
        Delivered d => d.Method.Label(),
        _ => "",
    };

    private static string FactsText(DecisionFacts? facts)
    {
        if (facts is null)
        {
            return "";
        }

        var parts = facts.Withheld.Select(w => $"不予公开：{w.Part}（{w.Ground.LegalBasis()}，{w.Reason}）").ToList();
        if (facts.PublishedAt is { } at)
        {
            parts.Add("公开位置：" + at);
        }

        if (facts.HoldingAgency is { } holder)
        {
            parts.Add($"负责公开的机关：{holder}（{facts.HoldingAgencyContact}）");
        }

        return parts.Count == 0 ? "" : "；" + string.Join("；", parts);
    }

    public static string Date(DateOnly date) => Domain.Calendar.ChineseDates.Format(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string Money(decimal amount) => ChineseNumbers.Yuan(amount);
}
