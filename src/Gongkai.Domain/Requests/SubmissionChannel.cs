namespace Gongkai.Domain.Requests;

/// <summary>
/// 申请方式: how an application reached the agency, which decides its 收到申请之日 under 条例第三十一条.
/// </summary>
public enum SubmissionChannel
{
    /// <summary>当面提交: received on the day it is handed in (第三十一条第（一）项).</summary>
    InPerson,

    /// <summary>口头申请、代为填写 (第二十九条第一款): treated as handed in on the day it is taken down.</summary>
    OralTranscribed,

    /// <summary>邮寄、需签收: received on the day the agency signs for it (第三十一条第（二）项).</summary>
    PostSignedFor,

    /// <summary>平常信函等无需签收的邮寄方式: received on the day the office confirms it with the applicant (第（三）项).</summary>
    OrdinaryLetter,

    /// <summary>互联网渠道: received on the day both sides confirm it (第（四）项).</summary>
    Online,

    /// <summary>政府信息公开工作机构的传真: received on the day both sides confirm it (第（四）项).</summary>
    Fax,
}

/// <summary>The 第三十一条 rule for each <see cref="SubmissionChannel"/>.</summary>
public static class SubmissionChannels
{
    /// <summary>Whether the date of receipt is a separate confirmation date (确认之日) rather than the day it arrived.</summary>
    public static bool NeedsConfirmation(this SubmissionChannel channel) =>
        channel is SubmissionChannel.OrdinaryLetter or SubmissionChannel.Online or SubmissionChannel.Fax;

    /// <summary>The channel's name in Chinese.</summary>
    public static string Label(this SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.InPerson => "当面提交",
        SubmissionChannel.OralTranscribed => "口头申请代为填写",
        SubmissionChannel.PostSignedFor => "邮寄（签收）",
        SubmissionChannel.OrdinaryLetter => "平常信函",
        SubmissionChannel.Online => "互联网渠道",
        SubmissionChannel.Fax => "传真",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}
