using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Requests;

/// <summary>
/// 申请回执 of an application registered by staff (paper, letter, fax, in person): the 查询码, the date of receipt and
/// the answer due, printed and handed or sent to the applicant, who follows the application online with it.
/// </summary>
public sealed class ReceiptModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public RequestFile Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var file = await LoadRequest.RunAsync(db, policy, User.AgencyId(), Code, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Case = file;
        return Page();
    }
}
