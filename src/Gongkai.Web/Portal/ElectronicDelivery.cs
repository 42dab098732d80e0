using Gongkai.Data;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Requests;
using Gongkai.Web.Workspace.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Portal;

/// <summary>A file released with the reply as the tracking page lists it.</summary>
internal sealed record ReleasedItem(int Id, string FileName, int Size);

/// <summary>
/// 电子送达: the signed 答复告知书 and the released files, downloaded by the verified applicant from the tracking page.
/// The first download of the letter by an applicant who asked to receive the information by email or online (条例第四十条)
/// is recorded as the 送达 of the reply, dated that day; the domain decides whether it counts.
/// </summary>
internal sealed class ElectronicDelivery(GongkaiDb db, RequestPolicy policy, TimeProvider clock)
{
    /// <summary>Who the log names for a delivery recorded by the applicant's download.</summary>
    public const string Actor = "申请人（网上下载）";

    /// <summary>The signed letter, or null when there is none yet; records the delivery on the first download.</summary>
    public async Task<OfficialLetter?> LetterAsync(string trackingCode, CancellationToken cancellationToken)
    {
        var code = TrackingCodes.Normalize(trackingCode);
        var record = await db.Requests.Include(r => r.Events).Include(r => r.Agency)
            .SingleOrDefaultAsync(r => r.TrackingCode == code, cancellationToken);
        if (record is null || RequestLog.Rebuild(record, policy).Value is not { LetterSignature: not null } request)
        {
            return null;
        }

        var letter = ReplyLetter.Compose(record, record.Agency?.Name ?? "", request, null);
        if (request.Status == RequestStatus.Decided
            && request.Events[0] is Registered { Information.Receiving: ReceivingMethod.Email or ReceivingMethod.Online }
            && RequestLog.Append(record, request, new Delivered(policy.Today, ServiceMethod.Electronic), Actor, clock.GetUtcNow()).IsSuccess)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A step recorded at the same moment won; the next download records the delivery.
                db.ChangeTracker.Clear();
            }
        }

        return letter;
    }

    /// <summary>The files released with a signed reply.</summary>
    public async Task<IReadOnlyList<ReleasedItem>> ReleasedAsync(string trackingCode, CancellationToken cancellationToken) =>
        await db.ReleasedFiles.AsNoTracking()
            .Where(f => f.TrackingCode == trackingCode)
            .OrderBy(f => f.Id)
            .Select(f => new ReleasedItem(f.Id, f.FileName, f.Content.Length))
            .ToListAsync(cancellationToken);

    /// <summary>One released file, once the letter it goes with is signed.</summary>
    public async Task<ReleasedFileRecord?> FileAsync(string trackingCode, int id, CancellationToken cancellationToken)
    {
        var code = TrackingCodes.Normalize(trackingCode);
        var signed = await db.RequestEvents.AnyAsync(e => e.TrackingCode == code && e.Kind == nameof(LetterSigned), cancellationToken);
        return signed
            ? await db.ReleasedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.TrackingCode == code, cancellationToken)
            : null;
    }
}
