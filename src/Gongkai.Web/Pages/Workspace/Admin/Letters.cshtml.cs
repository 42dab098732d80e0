using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Workspace.Admin;

/// <summary>
/// 告知书设置 (管理员): the 文号 prefix of the agency's letters and the 行政复议机关 and 人民法院 the remedy sentence names.
/// Letters already signed keep what they were signed with.
/// </summary>
public sealed class LettersModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? NumberPrefix { get; set; }

    [BindProperty]
    public string? ReviewBody { get; set; }

    [BindProperty]
    public string? Court { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    /// <summary>The 文号 the next signed letter takes this year.</summary>
    public string? NextNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await db.LetterSettings.AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == User.AgencyId(), cancellationToken) is { } stored)
        {
            (NumberPrefix, ReviewBody, Court) = (stored.NumberPrefix, stored.ReviewBody, stored.Court);
        }

        await NextAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var settings = new LetterSettings((NumberPrefix ?? "").Trim(), (ReviewBody ?? "").Trim(), (Court ?? "").Trim());
        Error = new[] { (NumberPrefix, "文号前缀"), (ReviewBody, "行政复议机关"), (Court, "人民法院") }
            .Where(f => TextInput.HasControlCharacter(f.Item1) || (f.Item1?.Contains('\n', StringComparison.Ordinal) ?? false))
            .Select(f => TextInput.ControlCharacterMessage(f.Item2))
            .FirstOrDefault() ?? settings.Check();
        if (Error is not null)
        {
            await NextAsync(cancellationToken);
            return Page();
        }

        var agencyId = User.AgencyId();
        var stored = await db.LetterSettings.SingleOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        if (stored is null)
        {
            stored = new LetterSettingsRecord { AgencyId = agencyId, NumberPrefix = "", ReviewBody = "", Court = "", UpdatedBy = "" };
            db.LetterSettings.Add(stored);
        }

        stored.NumberPrefix = settings.NumberPrefix;
        stored.ReviewBody = settings.ReviewBody;
        stored.Court = settings.Court;
        stored.UpdatedAt = clock.GetUtcNow();
        stored.UpdatedBy = User.Identity?.Name ?? "";
        await db.SaveChangesAsync(cancellationToken);
        Saved = "告知书设置已保存";
        return RedirectToPage();
    }

    private async Task NextAsync(CancellationToken cancellationToken)
    {
        var year = Domain.Calendar.ChinaClock.Today(clock).Year;
        var last = await LetterNumbers.LastAsync(db, User.AgencyId(), year, cancellationToken);
        NextNumber = string.IsNullOrWhiteSpace(NumberPrefix) ? null : DocumentNumbers.Format(NumberPrefix, year, last + 1);
    }
}
