using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Admin;

/// <summary>节假日安排: which years the calendar holds and from where; loading a notice by file or by typed dates (管理员).</summary>
public sealed class HolidaysModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    /// <summary>One year of the calendar as the page lists it.</summary>
    public sealed record YearRow(int Year, string Source, string Citation, string? LoadedBy, DateTimeOffset? LoadedAt, bool Provisional);

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Loaded { get; set; }

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public DateOnly? Issued { get; set; }

    [BindProperty]
    public string? NoticeUrl { get; set; }

    [BindProperty]
    public string? Lines { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Year = ChinaClock.Today(clock).Year + 1;
        await ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var reading = await LoadHolidayNotice.ReadFileAsync(file, cancellationToken);
        return await LoadAsync(reading, cancellationToken);
    }

    public Task<IActionResult> OnPostEnterAsync(CancellationToken cancellationToken) =>
        LoadAsync(HolidayNoticeReader.FromLines(Year, Number, Issued, NoticeUrl, Lines), cancellationToken);

    private async Task<IActionResult> LoadAsync(Result<HolidayNotice> reading, CancellationToken cancellationToken)
    {
        var calendar = HttpContext.RequestServices.GetRequiredService<PlatformCalendar>();
        var loaded = await LoadHolidayNotice.RunAsync(db, calendar, reading, User.Identity?.Name ?? "", clock.GetUtcNow(), cancellationToken);
        Errors = loaded.Messages;
        if (loaded.Value is { } notice)
        {
            Loaded = $"已载入{notice.Year}年放假安排（{notice.Citation}），期限已按新的安排重新计算。";
            return RedirectToPage();
        }

        await ListAsync(cancellationToken);
        return Page();
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var schedule = HttpContext.RequestServices.GetRequiredService<PlatformCalendar>().Current.Schedule;
        var stored = await db.HolidayNotices.AsNoTracking().ToDictionaryAsync(n => n.Year, cancellationToken);
        var last = Math.Max(ChinaClock.Today(clock).Year + 1, schedule.Notices[^1].Year);
        Years = [.. Enumerable.Range(schedule.Notices[0].Year, last - schedule.Notices[0].Year + 1).Reverse().Select(y =>
            stored.TryGetValue(y, out var s) ? new YearRow(y, "管理员载入", s.Citation, s.LoadedBy, s.LoadedAt, false)
            : schedule.NoticeFor(y) is { } n ? new YearRow(y, "系统内置", n.Citation, null, null, false)
            : schedule.IsProvisional(y) ? new YearRow(y, "暂定", "尚未公布：按《全国年节及纪念日放假办法》暂定，不含调休", null, null, true)
            : new YearRow(y, "缺失", "无法计算", null, null, false))];
    }
}
