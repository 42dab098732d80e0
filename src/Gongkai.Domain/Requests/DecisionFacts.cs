namespace Gongkai.Domain.Requests;

/// <summary>
/// One part of the requested information that is not disclosed, the ground it is withheld on (one of the 不予公开
/// outcomes, which names the article: 条例第十四条、第十五条、第十六条) and the reason in the agency's words
/// (条例第三十六条第（三）项 "说明理由", 第三十七条 "对不予公开的内容说明理由").
/// </summary>
public sealed record WithheldPart(string Part, Outcome Ground, string Reason);

/// <summary>
/// What the reply letter must tell the applicant beyond the outcome itself, per 条例第三十六条: the withheld parts and
/// their reasons (第（三）项, 第三十七条), where the information is already published (第（一）项), and the agency that holds
/// it with its contact (第（五）项).
/// </summary>
public sealed record DecisionFacts
{
    public IReadOnlyList<WithheldPart> Withheld { get; init; } = [];

    /// <summary>获取该政府信息的方式、途径 (第三十六条第（一）项), e.g. the website and column where it is published.</summary>
    public string? PublishedAt { get; init; }

    /// <summary>负责公开该政府信息的行政机关 (第三十六条第（五）项), when it can be determined.</summary>
    public string? HoldingAgency { get; init; }

    /// <summary>That agency's 联系方式.</summary>
    public string? HoldingAgencyContact { get; init; }

    /// <summary>The 不予公开 grounds a withheld part may rest on.</summary>
    public static readonly IReadOnlyList<Outcome> WithholdingGrounds =
    [
        Outcome.StateSecret, Outcome.ProhibitedByLaw, Outcome.EndangersSafetyOrStability, Outcome.ThirdPartyRights,
        Outcome.InternalAffairs, Outcome.ProcessInformation, Outcome.LawEnforcementFiles,
    ];

    /// <summary>Whether the outcome withholds the information, in whole or in part, so the letter gives reasons.</summary>
    public static bool GivesReasons(Outcome outcome) => outcome == Outcome.PartiallyDisclosed || WithholdingGrounds.Contains(outcome);

    /// <summary>
    /// Why these facts are not enough for a letter with <paramref name="outcome"/>, naming the provision, or null when
    /// they are. Facts an outcome does not use must be left out, so a letter says nothing the decision does not.
    /// </summary>
    public string? Check(Outcome outcome)
    {
        if (Withheld.Count > 0 && !GivesReasons(outcome))
        {
            return $"「{outcome.Label()}」的答复没有不予公开的内容，不应填写不予公开的部分";
        }

        if (GivesReasons(outcome))
        {
            if (Withheld.Count == 0)
            {
                return outcome == Outcome.PartiallyDisclosed
                    ? "部分公开的答复须写明不予公开的内容及其理由（条例第三十七条）"
                    : "不予公开的答复须写明不予公开的内容并说明理由（条例第三十六条第（三）项）";
            }

            for (var i = 0; i < Withheld.Count; i++)
            {
                var w = Withheld[i];
                if (string.IsNullOrWhiteSpace(w.Part))
                {
                    return $"第{i + 1}项不予公开的内容未填写";
                }

                if (!WithholdingGrounds.Contains(w.Ground))
                {
                    return $"第{i + 1}项不予公开的内容（{w.Part}）须选择不予公开的依据（条例第十四条、第十五条、第十六条）";
                }

                if (string.IsNullOrWhiteSpace(w.Reason))
                {
                    return $"第{i + 1}项不予公开的内容（{w.Part}）须说明理由（条例第三十六条第（三）项）";
                }
            }

            if (outcome != Outcome.PartiallyDisclosed && !Withheld.Any(w => w.Ground == outcome))
            {
                return $"答复结果为「{outcome.Label()}」，至少一项不予公开的内容须以此为依据";
            }
        }

        if (outcome == Outcome.AlreadyPublished && string.IsNullOrWhiteSpace(PublishedAt))
        {
            return "已主动公开的，须告知申请人获取该政府信息的方式、途径（条例第三十六条第（一）项），请填写公开的位置";
        }

        if (outcome != Outcome.AlreadyPublished && !string.IsNullOrWhiteSpace(PublishedAt))
        {
            return "只有已主动公开的答复才填写公开的位置（条例第三十六条第（一）项）";
        }

        if (outcome == Outcome.NotThisAgency)
        {
            if (string.IsNullOrWhiteSpace(HoldingAgency) != string.IsNullOrWhiteSpace(HoldingAgencyContact))
            {
                return "能够确定负责公开的行政机关的，须告知其名称和联系方式（条例第三十六条第（五）项），请两项都填写";
            }
        }
        else if (!string.IsNullOrWhiteSpace(HoldingAgency) || !string.IsNullOrWhiteSpace(HoldingAgencyContact))
        {
            return "只有不属于本机关负责公开的答复才填写负责公开的机关（条例第三十六条第（五）项）";
        }

        return null;
    }
}
