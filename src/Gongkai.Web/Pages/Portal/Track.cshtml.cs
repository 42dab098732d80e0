using Gongkai.Data;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// 申请查询: tracking code and the last four digits of the phone, posted (never in the address). A wrong code and a
/// wrong pair of digits get the same "未找到" answer.
/// </summary>
public sealed class TrackModel(GongkaiDb db, Gongkai.Domain.Requests.RequestPolicy policy) : PageModel
{
    [BindProperty]
    public string? TrackingCode { get; set; }

    [BindProperty]
    public string? PhoneLastFour { get; set; }

    internal TrackedApplication? Found { get; private set; }

    public bool NothingFound { get; private set; }

    public string? InputError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var digits = (PhoneLastFour ?? "").Trim();
        if (string.IsNullOrWhiteSpace(TrackingCode) || digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            InputError = "请输入查询码和申请时所留联系电话的后四位数字。";
            return Page();
        }

        Found = await new TrackApplication(db, policy).HandleAsync(TrackingCode, digits, requireVerify: true, cancellationToken);
        NothingFound = Found is null;
        PhoneLastFour = null;
        return Page();
    }

    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
