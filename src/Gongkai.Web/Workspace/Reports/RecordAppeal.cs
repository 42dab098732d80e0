using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>A 行政复议 or 行政诉讼 brought over one of the agency's requests (条例第五十一条), as the form gives it.</summary>
internal sealed record FileAppealCommand(string? TrackingCode, AppealKind Kind, DateOnly FiledOn);

/// <summary>Its result once the 复议机关 or court decided.</summary>
internal sealed record ConcludeAppealCommand(int Id, AppealResult Result, DateOnly ConcludedOn, int Version);

/// <summary>
/// Records appeals for 表四 through the domain's <see cref="Appeal"/>, so that what it refuses (a result before the
/// filing, a second result) comes back in Chinese and nothing is saved.
/// </summary>
internal static class RecordAppeal
{
    public static string KindLabel(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "行政复议",
        AppealKind.LitigationWithoutReconsideration => "行政诉讼（未经复议直接起诉）",
        AppealKind.LitigationAfterReconsideration => "行政诉讼（复议后起诉）",
        _ => kind.ToString(),
    };

    /// <summary>表四's column label of a result.</summary>
    public static string ResultLabel(AppealResult result) => result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        AppealResult.Other => "其他结果",
        _ => result.ToString(),
    };

    /// <summary>The appeal as recorded, or why not.</summary>
    public static async Task<Result<AppealRecord>> FileAsync(GongkaiDb db, int agencyId, DateOnly today, FileAppealCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Kind))
        {
            return Result.Fail<AppealRecord>("请选择救济途径（行政复议或行政诉讼）。");
        }

        var code = TrackingCodes.Normalize(command.TrackingCode);
        var request = await db.Requests.AsNoTracking()
            .Where(r => r.TrackingCode == code && r.AgencyId == agencyId)
            .Select(r => new { r.TrackingCode, r.ReceivedOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return Result.Fail<AppealRecord>(code.Length == 0 ? "请填写申请的查询码。" : $"查询码“{code}”不是本机关的政府信息公开申请。");
        }

        if (command.FiledOn > today)
        {
            return Result.Fail<AppealRecord>($"受理日期{ChineseDates.Format(command.FiledOn)}晚于今天，不能登记。");
        }

        if (command.FiledOn < request.ReceivedOn)
        {
            return Result.Fail<AppealRecord>($"受理日期{ChineseDates.Format(command.FiledOn)}早于该申请的收到日期{ChineseDates.Format(request.ReceivedOn)}。");
        }

        var appeal = Appeal.File(request.TrackingCode, command.Kind, command.FiledOn);
        var record = new AppealRecord { TrackingCode = appeal.RequestId, AgencyId = agencyId, Kind = appeal.Kind, FiledOn = appeal.FiledOn, Version = 1 };
        db.Appeals.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(record);
    }

    /// <summary>The appeal as concluded, or why not (the domain's refusal, a stale form, a date in the future).</summary>
    public static async Task<Result<AppealRecord>> ConcludeAsync(GongkaiDb db, int agencyId, DateOnly today, ConcludeAppealCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        var record = await db.Appeals.SingleOrDefaultAsync(a => a.Id == command.Id && a.AgencyId == agencyId, cancellationToken);
        if (record is null)
        {
            return Result.Fail<AppealRecord>("没有找到该复议或诉讼记录。", FailureKind.NotFound);
        }

        if (!Enum.IsDefined(command.Result))
        {
            return Result.Fail<AppealRecord>("请选择审理结果。");
        }

        if (command.ConcludedOn > today)
        {
            return Result.Fail<AppealRecord>($"审结日期{ChineseDates.Format(command.ConcludedOn)}晚于今天，不能登记。");
        }

        var concluded = AnnualReportQuery.ToAppeal(record).Conclude(command.Result, command.ConcludedOn);
        if (concluded.Value is not { } appeal)
        {
            return Result.Fail<AppealRecord>(concluded.Error + "。");
        }

        if (record.Version != command.Version)
        {
            return Result.Fail<AppealRecord>("该记录已被其他人修改，请刷新页面后重试。", FailureKind.Conflict);
        }

        db.Entry(record).Property(a => a.Version).OriginalValue = command.Version;
        record.Result = appeal.Result;
        record.ConcludedOn = appeal.ConcludedOn;
        record.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail<AppealRecord>("该记录已被其他人修改，请刷新页面后重试。", FailureKind.Conflict);
        }
    }
}
