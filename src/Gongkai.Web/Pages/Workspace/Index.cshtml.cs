using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace;

/// <summary>工作台: the signed-in member's agency's requests, the most urgent first.</summary>
public sealed class IndexModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ListRequests.Page Result { get; private set; } = null!;

    public DateOnly Today => policy.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await ListRequests.RunAsync(db, policy, User.AgencyId(), Status, Q, PageNumber, cancellationToken);

    public string Link(string? status, int page = 1) =>
        Url.Page("/Workspace/Index", new { status, q = string.IsNullOrWhiteSpace(Q) ? null : Q, p = page == 1 ? (int?)null : page })!;
}
