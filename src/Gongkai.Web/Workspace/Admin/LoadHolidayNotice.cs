using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Infrastructure;

namespace Gongkai.Web.Workspace.Admin;

/// <summary>
/// 载入放假安排: an administrator loads a year's State Council holiday notice without a new release, from the data
/// file or from dates typed on the page. A notice that does not read is refused with every problem and its line; one
/// that does is stored (replacing the year's earlier one, the audit log keeping both), and the platform's calendar
/// and the stored answer dates follow at once.
/// </summary>
internal static class LoadHolidayNotice
{
    /// <summary>The largest data file read: the 2019–2026 files are under 2 KB.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>Stores the notice read and answers it, or answers why it is refused.</summary>
    public static async Task<Result<HolidayNotice>> RunAsync(
        GongkaiDb db, PlatformCalendar calendar, Result<HolidayNotice> reading, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Value is not { } notice)
        {
            return reading;
        }

        await HolidayNotices.StoreAsync(db, notice, actor, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await calendar.ReloadAsync(db, notice.Year, cancellationToken);
        return reading;
    }

    /// <summary>Reads an uploaded file as UTF-8 text, or says why it cannot be read.</summary>
    public static async Task<Result<HolidayNotice>> ReadFileAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Result.Fail<HolidayNotice>("请选择放假安排数据文件（JSON，格式同内置的年度数据文件）");
        }

        if (file.Length > MaxFileBytes)
        {
            return Result.Fail<HolidayNotice>($"文件「{file.FileName}」超过{MaxFileBytes / 1024}KB，不是放假安排数据文件");
        }

        using var reader = new StreamReader(file.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return HolidayNoticeReader.FromJson(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Result.Fail<HolidayNotice>($"文件「{file.FileName}」不是UTF-8编码的文本，请另存为UTF-8后再上传");
        }
    }
}
