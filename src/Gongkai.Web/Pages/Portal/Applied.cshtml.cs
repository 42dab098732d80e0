using System.Globalization;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>申请已提交: the receipt of the application just submitted, read once from TempData.</summary>
public sealed class AppliedModel(Gongkai.Domain.Requests.RequestPolicy policy) : PageModel
{
    internal const string ReceiptKey = "portal.receipt";
    internal const string AgencyKey = "portal.agency";
    internal const string MailKey = "portal.mail";

    /// <summary>Whether the 查询码 went out by email, or why not.</summary>
    public string? Mail { get; private set; }

    public string? TrackingCode { get; private set; }

    public string Agency { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>答复期限; null when the holiday data of its year is missing.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Set when <see cref="DueOn"/> is 暂定, on the calendar as it stands when the receipt is shown.</summary>
    public Gongkai.Domain.Calendar.Provisional? DueProvisional { get; private set; }

    // One value "code|received|due": TempData would turn a lone date string back into a DateTime.
    internal static string Pack(ApplicationReceipt receipt) =>
        string.Join('|', receipt.TrackingCode, Iso(receipt.ReceivedOn), receipt.DueOn is { } due ? Iso(due) : "");

    public void OnGet()
    {
        Agency = TempData[AgencyKey] as string ?? "";
        Mail = TempData[MailKey] as string;
        if (TempData[ReceiptKey] is string packed && packed.Split('|') is [var code, var received, var due])
        {
            TrackingCode = code;
            ReceivedOn = DateOnly.ParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            DueOn = due.Length > 0 ? DateOnly.ParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            DueProvisional = Gongkai.Web.Workspace.Requests.DueDate.ProvisionalOf(ReceivedOn, DueOn, policy);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => Domain.Calendar.ChineseDates.Format(d);
}
