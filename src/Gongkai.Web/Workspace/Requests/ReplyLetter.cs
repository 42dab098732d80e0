using Gongkai.Data;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>
/// 政府信息公开申请答复告知书: the decision in the statutory wording of its outcome, the provision it rests on and the
/// remedies (条例第五十一条; 《中华人民共和国行政复议法》第二十条: 60日; 《中华人民共和国行政诉讼法》第四十六条: 6个月).
/// </summary>
public static class ReplyLetter
{
    public const string Remedy =
        "如对本答复不服，可以自收到本告知书之日起60日内依照《中华人民共和国行政复议法》申请行政复议，"
        + "或者自收到本告知书之日起6个月内依照《中华人民共和国行政诉讼法》向人民法院提起行政诉讼。";

    public const string Title = "政府信息公开申请答复告知书";

    /// <summary>The remedy sentence naming the 行政复议机关 and the court (条例第五十一条).</summary>
    public static string RemedyNaming(string reviewBody, string court) =>
        $"如对本答复不服，可以自收到本告知书之日起60日内依照《中华人民共和国行政复议法》向{reviewBody}申请行政复议，"
        + $"或者自收到本告知书之日起6个月内依照《中华人民共和国行政诉讼法》向{court}提起行政诉讼。";

    /// <summary>"本机关于…收到您以…方式提出的政府信息公开申请，申请获取“…”。"</summary>
    public static string Opening(RequestRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return $"本机关于{RequestLabels.Date(record.ReceivedOn)}收到{(record.ApplicantKind == ApplicantKind.NaturalPerson ? "您" : "贵单位")}以{record.Channel.Label()}方式提出的政府信息公开申请，申请获取“{record.Description}”。";
    }

    /// <summary>
    /// The generated text of the 答复告知书 the clerk starts from, one paragraph a line: the opening, the decision, and
    /// what 条例第三十六条 asks the letter to state (the withheld parts with their grounds and reasons, where the
    /// information is published, the agency that holds it).
    /// </summary>
    public static string Draft(RequestRecord record, Decided decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var lines = new List<string> { Opening(record), "经审查，现答复如下：" + Decision(decision.Outcome) };
        var facts = decision.Facts ?? new DecisionFacts();
        if (facts.Withheld.Count > 0)
        {
            lines.Add(decision.Outcome == Outcome.PartiallyDisclosed ? "其中，下列内容不予公开，理由如下：" : "不予公开的内容及理由如下：");
            for (var i = 0; i < facts.Withheld.Count; i++)
            {
                var w = facts.Withheld[i];
                lines.Add($"（{DocxNoticeWriter.ChineseNumber(i + 1)}）{w.Part}：{w.Reason.TrimEnd('。')}。依据《中华人民共和国政府信息公开条例》{w.Ground.LegalBasis().Replace("条例", "", StringComparison.Ordinal)}（{w.Ground.Label()}）。");
            }
        }

        if (facts.PublishedAt is { } at)
        {
            lines.Add($"该政府信息已在{at}主动公开，您可以通过该途径查阅、获取。");
        }

        if (decision.Outcome == Outcome.NotThisAgency)
        {
            lines.Add(facts.HoldingAgency is { } holder
                ? $"负责公开该政府信息的行政机关为{holder}，联系方式：{facts.HoldingAgencyContact}。"
                : "经查，本机关无法确定负责公开该政府信息的行政机关。");
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// The 答复告知书 as printed: the signed text with its 文号 and the remedy bodies fixed at signing, or the current
    /// draft (or the generated text) with the remedy bodies of today's settings.
    /// </summary>
    public static OfficialLetter Compose(RequestRecord record, string agencyName, DisclosureRequest request, LetterSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(request);
        var decision = request.Decision ?? throw new InvalidOperationException("No decision to write a letter for.");
        var signed = request.LetterSignature;
        var text = request.LetterDraft?.Text ?? Draft(record, decision);
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        paragraphs.Add(signed is not null
            ? RemedyNaming(signed.ReviewBody, signed.Court)
            : settings is { } s && s.Check() is null ? RemedyNaming(s.ReviewBody.Trim(), s.Court.Trim()) : Remedy);
        return new OfficialLetter(agencyName, Title, signed?.DocumentNumber, record.ApplicantName, paragraphs, RequestLabels.Date(signed?.On ?? decision.On));
    }

    /// <summary>The decision paragraph, citing <see cref="Outcomes.LegalBasis"/>.</summary>
    public static string Decision(Outcome outcome)
    {
        var basis = "根据《中华人民共和国政府信息公开条例》" + outcome.LegalBasis().Replace("条例", "", StringComparison.Ordinal).Split('；')[0];
        var text = outcome switch
        {
            Outcome.AlreadyPublished => "您申请获取的政府信息已经主动公开，现告知您获取该政府信息的方式和途径，请按所附途径查阅。",
            Outcome.Provided => "您申请获取的政府信息属于可以公开的政府信息，本机关予以提供，并告知您获取的方式、途径和时间。",
            Outcome.PartiallyDisclosed => "您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的政府信息内容，并对不予公开的内容说明理由。",
            Outcome.StateSecret => "您申请获取的政府信息依法确定为国家秘密，本机关不予公开。",
            Outcome.ProhibitedByLaw => "您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，本机关不予公开。",
            Outcome.EndangersSafetyOrStability => "您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，本机关不予公开。",
            Outcome.ThirdPartyRights => "您申请获取的政府信息涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害，经征求第三方意见，本机关不予公开。",
            Outcome.InternalAffairs => "您申请获取的信息属于本机关的人事管理、后勤管理、内部工作流程等内部事务信息，本机关可以不予公开。",
            Outcome.ProcessInformation => "您申请获取的信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，本机关可以不予公开。",
            Outcome.LawEnforcementFiles => "您申请获取的信息属于行政执法案卷信息，本机关可以不予公开。",
            Outcome.AdministrativeQuery => "法律、行政法规对您申请获取的信息的获取有特别规定，请按照有关法律、行政法规的规定办理。",
            Outcome.NotExist => "经检索，本机关没有制作或者获取您所申请的政府信息，该政府信息不存在。",
            Outcome.NotThisAgency => "您申请获取的政府信息不属于本机关负责公开；能够确定负责公开该政府信息的行政机关的，请向该行政机关申请。",
            Outcome.NeedsCreation => "您申请获取的信息需要本机关对现有政府信息进行加工、分析，本机关可以不予提供。",
            Outcome.UnclearAfterCorrection => "经补正，您的申请内容仍不明确，本机关无法据此提供政府信息。",
            Outcome.PetitionOrComplaint => "您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，请通过相应渠道提出。",
            Outcome.Duplicate => "您就本机关已答复的政府信息公开申请重复申请公开相同政府信息，本机关不予重复处理。",
            Outcome.Publication => "您要求提供政府公报、报刊、书籍等公开出版物，请通过相应的销售渠道获取。",
            Outcome.ExcessiveRepeated => "您的申请数量、频次明显超过合理范围，本机关不予处理。",
            Outcome.ConfirmOrReissue => "您要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。",
            _ => "本机关对您的申请作出如下处理：" + outcome.Label() + "。",
        };
        return $"{text}{basis}的规定，特此告知。";
    }

    /// <summary>The 补正通知书 as a letter: the opening and the notice, under its 文号 when it has one.</summary>
    public static OfficialLetter CorrectionLetter(RequestRecord record, string agencyName, CorrectionRequested notice)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(notice);
        return new(agencyName, "补正通知书", notice.DocumentNumber, record.ApplicantName, [Opening(record), Correction(notice)], RequestLabels.Date(notice.On));
    }

    /// <summary>The 延期答复告知书 as a letter: the opening and the extension, under its 文号 when it has one.</summary>
    public static OfficialLetter ExtensionLetter(RequestRecord record, string agencyName, ExtensionApproved extension, DateOnly? answerDue)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(extension);
        return new(agencyName, "延期答复告知书", extension.DocumentNumber, record.ApplicantName, [Opening(record), Extension(extension, answerDue)], RequestLabels.Date(extension.On));
    }

    /// <summary>补正通知书 (条例第三十条): the items, the period and what happens when it passes.</summary>
    public static string Correction(CorrectionRequested notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return $"经审查，您的申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于{RequestLabels.Date(notice.DueOn)}前对以下事项作出补正：{notice.Items}。"
            + "答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。";
    }

    /// <summary>
    /// 延期答复告知书 (条例第三十三条第二款): the reason, approved by the head, at most 20 working days, and the new due
    /// date (<paramref name="answerDue"/>, the deadline after the extension).
    /// </summary>
    public static string Extension(ExtensionApproved extension, DateOnly? answerDue)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var because = string.IsNullOrWhiteSpace(extension.Reason) ? "因需要延长答复期限" : $"因{extension.Reason.Trim().TrimEnd('。')}，需要延长答复期限";
        var until = answerDue is { } due ? $"，本机关将于{RequestLabels.Date(due)}前作出答复" : "";
        return $"{because}，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{extension.WorkingDays}个工作日{until}。";
    }
}
