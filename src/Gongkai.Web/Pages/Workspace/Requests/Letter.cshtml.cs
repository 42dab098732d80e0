using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Requests;

/// <summary>答复告知书: the reply letter of a decided request, ready to print.</summary>
public sealed class LetterModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public RequestFile Case { get; private set; } = null!;

    public Decided Decision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var file = await LoadRequest.RunAsync(db, policy, User.AgencyId(), Code, cancellationToken);
        if (file?.Timeline.Select(t => t.Event).OfType<Decided>().LastOrDefault() is not { } decided)
        {
            return NotFound();
        }

        Case = file;
        Decision = decided;
        return Page();
    }
}
