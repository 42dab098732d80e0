using Gongkai.Data;
using Gongkai.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>
/// Saves a change to an agency's 年度报告草稿 when the editor saw its current <see cref="AnnualReportDraft.Version"/>:
/// a second editor who saved in between wins, and this one is told so in Chinese and nothing is overwritten.
/// </summary>
internal static class SaveDraft
{
    public static string Conflict(int year) =>
        $"{year}年度报告已被其他人修改，您的修改未保存。请刷新页面，在最新内容上重新修改。";

    /// <summary>
    /// Applies <paramref name="change"/> to the draft at <paramref name="version"/> (0 when none existed): the saved
    /// draft, or <see cref="FailureKind.Conflict"/> when someone else saved first.
    /// </summary>
    public static async Task<Result<AnnualReportDraft>> RunAsync(
        GongkaiDb db, int agencyId, int year, int version, Action<AnnualReportDraft> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(change);
        var draft = await db.AnnualReportDrafts.SingleOrDefaultAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken);
        if ((draft?.Version ?? 0) != version)
        {
            return Result.Fail<AnnualReportDraft>(Conflict(year), FailureKind.Conflict);
        }

        if (draft is null)
        {
            draft = new AnnualReportDraft { AgencyId = agencyId, Year = year };
            db.AnnualReportDrafts.Add(draft);
        }
        else
        {
            db.Entry(draft).Property(d => d.Version).OriginalValue = version;
        }

        change(draft);
        draft.Version = version + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok(draft);
        }
        catch (DbUpdateException)
        {
            // A concurrent save changed the version, or created the draft first (primary key).
            return Result.Fail<AnnualReportDraft>(Conflict(year), FailureKind.Conflict);
        }
    }
}
