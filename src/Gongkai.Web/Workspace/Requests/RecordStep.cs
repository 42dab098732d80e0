using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>
/// Records one handling step on a request with optimistic concurrency: the poster's <see cref="StepInput.Version"/>
/// must still be the stored one, and the save is refused when another change got there first, so nobody's step is
/// silently lost. The domain judges the step; a refusal changes nothing. The result is the stored record, or why not:
/// <see cref="FailureKind.NotFound"/>, <see cref="FailureKind.Forbidden"/> (the step needs a 负责人),
/// <see cref="FailureKind.Conflict"/> (someone else changed the request since the poster loaded it), or
/// <see cref="FailureKind.Invalid"/> (a field is missing, or the law does not allow the step now: the domain's message).
/// </summary>
public static class RecordStep
{
    // actor: the user name recorded with the event; displayName: recorded as the 负责人 of the steps that need one.
    public static async Task<Result<RequestRecord>> RunAsync(
        GongkaiDb db, RequestPolicy policy, TimeProvider clock, int agencyId, string code, StepInput input,
        string actor, string displayName, bool isApprover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(input);
        // The domain says which steps need a 负责人; the signed-in member's role says whether this is one.
        var checkedInput = input.ToEvent(policy.Today, displayName);
        if (checkedInput.Value is { } step && RequestApprovals.Requirement(step) is { } requirement && !isApprover)
        {
            return Result.Fail<RequestRecord>(requirement + "，您没有负责人权限", FailureKind.Forbidden);
        }

        var record = await LoadRequest.RecordAsync(db, agencyId, code, forUpdate: true, cancellationToken);
        if (record is null)
        {
            return Result.Fail<RequestRecord>("未找到该申请", FailureKind.NotFound);
        }

        if (record.Version != input.Version)
        {
            return Result.Fail<RequestRecord>(ConflictMessage(record), FailureKind.Conflict);
        }

        // The UPDATE is conditioned on the version the poster saw, not the one just read.
        db.Entry(record).Property(r => r.Version).OriginalValue = input.Version;
        if (checkedInput.Value is not { } next)
        {
            return checkedInput.As<RequestRecord>();
        }

        var current = RequestLog.Rebuild(record, policy);
        if (current.Value is not { } request)
        {
            return current.As<RequestRecord>();
        }

        // A signature, a 补正通知书 and a 延期答复告知书 take the next 文号 of the agency's series in the same
        // transaction, so a refused or conflicting step gives the number back.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (next is LetterSigned or CorrectionRequested or ExtensionApproved)
        {
            var settings = (await db.LetterSettings.AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken))?.ToSettings()
                ?? new LetterSettings("", "", "");
            if (next is LetterSigned signing)
            {
                if (settings.Check() is { } missing)
                {
                    return Result.Fail<RequestRecord>(missing);
                }

                next = signing with
                {
                    DocumentNumber = await TakeNumberAsync(db, agencyId, settings, signing.On, cancellationToken),
                    ReviewBody = settings.ReviewBody.Trim(),
                    Court = settings.Court.Trim(),
                };
            }
            else if (settings.CheckPrefix() is null)
            {
                // A notice is recorded without a number while the agency has no prefix: the step is the law's, the
                // number the office's. A notice the domain then refuses gives its number back with the transaction.
                var number = await TakeNumberAsync(db, agencyId, settings, next.On, cancellationToken);
                next = next switch
                {
                    CorrectionRequested notice => notice with { DocumentNumber = number },
                    ExtensionApproved extension => extension with { DocumentNumber = number },
                    _ => next,
                };
            }
        }

        // A signature or notice the domain refuses gives its 文号 back: the transaction is not committed.
        var applied = RequestLog.Append(record, request, next, actor, clock.GetUtcNow());
        if (!applied.IsSuccess)
        {
            return applied.As<RequestRecord>();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var latest = await LoadRequest.RecordAsync(db, agencyId, code, forUpdate: false, cancellationToken);
            return Result.Fail<RequestRecord>(ConflictMessage(latest), FailureKind.Conflict);
        }

        return Result.Ok(record);
    }

    private static async Task<string> TakeNumberAsync(GongkaiDb db, int agencyId, LetterSettings settings, DateOnly on, CancellationToken cancellationToken) =>
        DocumentNumbers.Format(settings.NumberPrefix, on.Year, await LetterNumbers.TakeAsync(db, agencyId, on.Year, cancellationToken));

    /// <summary>该申请已被他人修改（承办人于2026年11月20日记录了「答复」），请刷新后重试.</summary>
    public static string ConflictMessage(RequestRecord? latest)
    {
        var last = latest?.Events.MaxBy(e => e.Sequence);
        var what = last is null
            ? "内容已变更"
            : $"{last.RecordedBy}于{RequestLabels.Date(DateOnly.FromDateTime(last.RecordedAt.ToOffset(TimeSpan.FromHours(8)).DateTime))}记录了「{RequestLog.ToEvent(last).StepName()}」";
        return $"该申请已被他人修改（{what}），请刷新后重试";
    }
}
