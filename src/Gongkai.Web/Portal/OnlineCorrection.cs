using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Portal;

/// <summary>
/// The applicant's own steps on the tracking page, after verification: the answer to a 补正通知 (the corrected text and
/// an optional file; receiving it restarts the answer clock, 条例第三十条) and the withdrawal of the application. The
/// domain judges each step; a refusal stores nothing.
/// </summary>
internal sealed class OnlineCorrection(GongkaiDb db, RequestPolicy policy, TimeProvider clock)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;
    public const int MaxTextLength = 4000;

    public const string CorrectionActor = "申请人（网上补正）";
    public const string WithdrawalActor = "申请人（网上撤回）";

    /// <summary>Stores the correction and records 收到补正 today (the request as stored), or says why not.</summary>
    public async Task<Result<RequestRecord>> CorrectAsync(string trackingCode, string? text, IFormFile? file, CancellationToken cancellationToken)
    {
        var corrected = (text ?? "").Trim();
        if (corrected.Length == 0)
        {
            return Result.Fail<RequestRecord>("请填写补正后的申请内容");
        }

        if (corrected.Length > MaxTextLength || TextInput.HasControlCharacter(corrected))
        {
            return Result.Fail<RequestRecord>(corrected.Length > MaxTextLength ? $"补正内容不能超过{MaxTextLength}字" : TextInput.ControlCharacterMessage("补正内容"));
        }

        if (file is { Length: > MaxFileBytes })
        {
            return Result.Fail<RequestRecord>($"附件「{Path.GetFileName(file.FileName)}」超过{MaxFileBytes / 1048576}MB，请压缩后重新选择");
        }

        byte[]? content = null;
        if (file is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        return await AppendAsync(trackingCode, new CorrectionReceived(policy.Today), CorrectionActor, record => db.CorrectionReplies.Add(new CorrectionReplyRecord
        {
            TrackingCode = record.TrackingCode,
            Text = corrected,
            FileName = content is null ? null : Path.GetFileName(file!.FileName),
            ContentType = content is null ? null : "application/octet-stream",
            Content = content,
            SubmittedAt = clock.GetUtcNow(),
        }), cancellationToken);
    }

    /// <summary>Records the applicant's withdrawal today (the request as stored), or says why not.</summary>
    public Task<Result<RequestRecord>> WithdrawAsync(string trackingCode, CancellationToken cancellationToken) =>
        AppendAsync(trackingCode, new Withdrawn(policy.Today), WithdrawalActor, null, cancellationToken);

    private async Task<Result<RequestRecord>> AppendAsync(string trackingCode, RequestEvent next, string actor, Action<RequestRecord>? alongside, CancellationToken cancellationToken)
    {
        var code = TrackingCodes.Normalize(trackingCode);
        var record = await db.Requests.Include(r => r.Events).SingleOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        if (record is null)
        {
            return Result.Fail<RequestRecord>("未找到该申请", FailureKind.NotFound);
        }

        var current = RequestLog.Rebuild(record, policy);
        if (current.Value is not { } request)
        {
            return current.As<RequestRecord>();
        }

        var applied = RequestLog.Append(record, request, next, actor, clock.GetUtcNow());
        if (!applied.IsSuccess)
        {
            return applied.As<RequestRecord>();
        }

        alongside?.Invoke(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok(record);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail<RequestRecord>("该申请刚刚有新的办理记录，请重新查询后再提交", FailureKind.Conflict);
        }
    }
}
