using Gongkai.Data;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>
/// 申请查询: tracking code and the last four digits of the phone, posted (never in the address). A wrong code and a
/// wrong pair of digits get the same "未找到" answer.
/// </summary>
public sealed class TrackModel(GongkaiDb db, Gongkai.Domain.Requests.RequestPolicy policy, Gongkai.Web.Infrastructure.PlatformLimits limits, TimeProvider clock) : PageModel
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
        if (Gongkai.Web.Infrastructure.TextInput.HasControlCharacter(TrackingCode))
        {
            InputError = Gongkai.Web.Infrastructure.TextInput.ControlCharacterMessage("查询码");
            TrackingCode = null;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(TrackingCode) || digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            InputError = "请输入查询码和申请时所留联系电话的后四位数字。";
            return Page();
        }

        var result = await new TrackApplication(db, policy, limits, clock).HandleAsync(
            TrackingCode, digits, requireVerify: true, Gongkai.Web.Infrastructure.ClientAddress.Of(HttpContext), cancellationToken);
        Found = result.Found;
        InputError = result.Refused;
        NothingFound = Found is null && InputError is null;
        if (result.TooMany)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        PhoneLastFour = null;
        return Page();
    }

    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
