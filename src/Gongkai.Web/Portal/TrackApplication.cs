using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Portal;

/// <summary>One step of an application as the public sees it: a date and plain words, no staff names.</summary>
internal sealed record TrackedStep(DateOnly On, string Text);

/// <summary>
/// Where an application stands, as told to the public. <see cref="ApplicantName"/> and <see cref="Steps"/> are
/// only filled for someone who gave the phone's last four digits.
/// </summary>
internal sealed record TrackedApplication(
    string TrackingCode,
    RequestStatus Status,
    string StatusLabel,
    string AgencyName,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    DateOnly? AnsweredOn,
    Outcome? Outcome,
    string? OutcomeLabel,
    string? LegalBasis,
    string? ApplicantName,
    IReadOnlyList<TrackedStep>? Steps)
{
    /// <summary>Set when <see cref="DueOn"/> is 暂定: counted into a year whose holiday notice is not loaded.</summary>
    public Gongkai.Domain.Calendar.Provisional? DueProvisional { get; init; }

    /// <summary>The 文号 of the signed 答复告知书, downloadable by the verified applicant (电子送达).</summary>
    public string? LetterNumber { get; init; }

    /// <summary>The files released with the signed reply.</summary>
    public IReadOnlyList<ReleasedItem> Released { get; init; } = [];

    /// <summary>The items of the pending 补正通知 (条例第三十条), told to the verified applicant.</summary>
    public string? CorrectionItems { get; init; }
}

/// <summary>
/// 申请查询: finds an application by its tracking code. With <c>verify</c> (the last four digits of the phone given
/// in the application) it also returns the masked name and the steps; a wrong <c>verify</c> finds nothing, exactly like
/// an unknown code, so the answer never tells which of the two was wrong. Failures are counted per code (wrong digits)
/// and per client address (any miss); past either limit the look-up is refused for the rest of the window, so the
/// 10,000 four-digit endings cannot be tried.
/// </summary>
internal sealed class TrackApplication(GongkaiDb db, RequestPolicy policy, PlatformLimits limits, TimeProvider clock)
{
    /// <summary>The answer to an unknown code or wrong digits: one message, so neither is told apart.</summary>
    public const string NotFound = "未找到与该查询码相符的申请，请核对查询码和联系电话后四位。";

    /// <summary>
    /// The application; or <see cref="FailureKind.NotFound"/> (an unknown code or wrong digits, told apart from neither);
    /// or a refusal in Chinese (<see cref="FailureKind.TooMany"/> when a limit of <see cref="PlatformLimits"/> is reached).
    /// </summary>
    public async Task<Result<TrackedApplication>> HandleAsync(
        string? trackingCode, string? verify, bool requireVerify, string clientAddress, CancellationToken cancellationToken)
    {
        if (TextInput.HasControlCharacter(trackingCode) || TextInput.HasControlCharacter(verify))
        {
            return Result.Fail<TrackedApplication>(TextInput.ControlCharacterMessage(TextInput.HasControlCharacter(trackingCode) ? "查询码" : "联系电话后四位"));
        }

        var code = TrackingCodes.Normalize(trackingCode);
        var digits = (verify ?? "").Trim();
        if (code.Length == 0 || (requireVerify && digits.Length == 0))
        {
            return Result.Fail<TrackedApplication>(NotFound, FailureKind.NotFound);
        }

        var failures = new FailedAttemptLog(db, clock);
        var minutes = (int)Math.Ceiling(limits.TrackingWindow.TotalMinutes);
        if (await failures.CountAsync(FailedAttemptLog.TrackAddress, clientAddress, limits.TrackingWindow, cancellationToken) >= limits.TrackingFailuresPerAddress)
        {
            return Result.Fail<TrackedApplication>($"查询失败次数过多，请{minutes}分钟后再试。", FailureKind.TooMany);
        }

        if (digits.Length > 0
            && await failures.CountAsync(FailedAttemptLog.TrackCode, code, limits.TrackingWindow, cancellationToken) >= limits.TrackingFailuresPerCode)
        {
            return Result.Fail<TrackedApplication>($"该查询码的核验失败次数过多，为保护申请人信息，请{minutes}分钟后再试。", FailureKind.TooMany);
        }

        var found = await FindAsync(code, digits, cancellationToken);
        if (found is null)
        {
            var failed = new List<(string, string)> { (FailedAttemptLog.TrackAddress, clientAddress) };
            if (digits.Length > 0)
            {
                failed.Add((FailedAttemptLog.TrackCode, code));
            }

            await failures.RecordAsync(failed, cancellationToken);
            return Result.Fail<TrackedApplication>(NotFound, FailureKind.NotFound);
        }

        return Result.Ok(found);
    }

    private async Task<TrackedApplication?> FindAsync(string code, string digits, CancellationToken cancellationToken)
    {
        // The public's most frequent question, asked of one row by its key: only the columns the answer needs are read.
        var record = await db.Requests
            .Where(r => r.TrackingCode == code)
            .Select(r => new Found(r.TrackingCode, r.Status, r.Agency!.Name, r.ReceivedOn, r.AnswerDue, r.AnsweredOn, r.Outcome, r.ApplicantName, r.ApplicantPhone))
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return null;
        }

        var verified = digits.Length > 0;
        if (verified && !FixedTimeEquals(IdentityDocuments.LastFourDigits(record.ApplicantPhone), digits))
        {
            return null;
        }

        // The steps are told only to the applicant: the log is read once the phone digits match.
        var steps = verified
            ? await db.RequestEvents.AsNoTracking().Where(e => e.TrackingCode == record.TrackingCode).OrderBy(e => e.Sequence).ToListAsync(cancellationToken)
            : null;
        var outcome = record.Outcome;
        var events = steps?.Select(RequestLog.ToEvent).ToList() ?? [];
        var signed = events.OfType<LetterSigned>().LastOrDefault();
        return new TrackedApplication(
            record.TrackingCode,
            record.Status,
            StatusLabel(record.Status),
            record.AgencyName ?? "",
            record.ReceivedOn,
            record.AnswerDue,
            record.AnsweredOn,
            outcome,
            outcome?.Name(),
            outcome?.LegalBasis(),
            verified ? PersonalData.MaskName(record.ApplicantName) : null,
            verified ? [.. events.Select(Step)] : null)
        {
            DueProvisional = outcome is null ? Workspace.Requests.DueDate.ProvisionalOf(record.ReceivedOn, record.AnswerDue, policy) : null,
            LetterNumber = signed?.DocumentNumber,
            Released = signed is null ? [] : await new ElectronicDelivery(db, policy, clock).ReleasedAsync(record.TrackingCode, cancellationToken),
            CorrectionItems = record.Status == RequestStatus.AwaitingCorrection ? events.OfType<CorrectionRequested>().LastOrDefault()?.Items : null,
        };
    }

    /// <summary>办理状态 in Chinese.</summary>
    public static string StatusLabel(RequestStatus status) => status.Label();

    // Plain words for each event; names of consulted parties, approvers and staff are left out.
    private static TrackedStep Step(RequestEvent e) => new(e.On, e switch
    {
        Registered r => r.ConfirmedOn is { } confirmed
            ? (confirmed == r.On
                ? $"通过{r.Channel.Label()}收到申请，当日确认收到（条例第三十一条）"
                : $"通过{r.Channel.Label()}收到申请，{Date(confirmed)}确认收到（条例第三十一条）")
            : $"通过{r.Channel.Label()}收到申请",
        CorrectionRequested c => $"行政机关通知补正申请内容，补正期限至{Date(c.DueOn)}（条例第三十条）",
        CorrectionReceived => "收到补正后的申请，答复期限重新计算（条例第三十条）",
        CorrectionLapsed => "补正期限届满未补正，视为放弃申请（条例第三十条）",
        ConsultationOpened o => o.Party == ConsultedParty.ThirdParty
            ? "征求第三方意见，所需时间不计算在答复期限内（条例第三十二条）"
            : "征求其他机关意见，所需时间不计算在答复期限内（条例第三十四条）",
        ConsultationAnswered => "征求意见已收到回复",
        ConsultationLapsed => "征求意见期限届满",
        ExtensionApproved x => $"答复期限经批准延长{x.WorkingDays}个工作日（条例第三十三条第二款）",
        ReasonableDeadlineSet d => $"确定延迟答复的合理期限至{Date(d.DueOn)}（条例第三十五条）",
        FeeNoticeIssued f => $"发出收费通知，缴费期限至{Date(f.PayBy)}（条例第四十二条）",
        FeePaid => "已缴纳信息处理费",
        FeeLapsed => "逾期未缴纳信息处理费，不再处理该申请",
        Decided d => $"作出答复：{d.Outcome.Name()}",
        LetterDrafted => "答复告知书拟稿",
        LetterReviewed => "答复告知书审核",
        LetterSigned g => $"答复告知书签发（{g.DocumentNumber}）",
        Delivered v => v.Method switch
        {
            ServiceMethod.Posted => "答复已交邮寄送",
            ServiceMethod.Electronic => "申请人在线下载答复告知书，电子送达",
            _ => "答复已送达",
        },
        Withdrawn => "申请人撤回申请",
        _ => "办理进展",
    });

    private sealed record Found(
        string TrackingCode, RequestStatus Status, string? AgencyName, DateOnly ReceivedOn, DateOnly? AnswerDue, DateOnly? AnsweredOn,
        Outcome? Outcome, string ApplicantName, string ApplicantPhone);

    private static string Date(DateOnly d) => Domain.Calendar.ChineseDates.Format(d);

    private static bool FixedTimeEquals(string expected, string given) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
}
