using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>申请已提交: the receipt of the application just submitted, read once from TempData.</summary>
public sealed class AppliedModel : PageModel
{
    internal const string CodeKey = "portal.trackingCode";
    internal const string ReceivedKey = "portal.receivedOn";
    internal const string DueKey = "portal.dueOn";
    internal const string AgencyKey = "portal.agency";

    public string? TrackingCode { get; private set; }

    public string Agency { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>答复期限; null when the holiday data of its year is missing.</summary>
    public DateOnly? DueOn { get; private set; }

    public void OnGet()
    {
        TrackingCode = TempData[CodeKey] as string;
        Agency = TempData[AgencyKey] as string ?? "";
        if (TempData[ReceivedKey] is string received)
        {
            ReceivedOn = DateOnly.ParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        DueOn = TempData[DueKey] is string { Length: > 0 } due ? DateOnly.ParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    public static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
