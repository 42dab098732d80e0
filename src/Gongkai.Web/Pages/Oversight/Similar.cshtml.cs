using Gongkai.Data;
using Gongkai.Domain.Reports.Similarity;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Judging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>雷同报告: near-duplicate reports of different units of the scope in one year (X09), and one pair side by side.</summary>
public sealed class SimilarModel(GongkaiDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? B { get; set; }

    public int ShownYear => Year ?? clock.GetUtcNow().Year - 1;

    internal IReadOnlyList<PeerCopy> Pairs { get; private set; } = [];

    public int Reports { get; private set; }

    public int Boilerplate { get; private set; }

    /// <summary>The pair asked for by <see cref="A"/> and <see cref="B"/>, with each part's reuse in both directions.</summary>
    internal (PeerCopy Pair, IReadOnlyList<PartReuse> Parts)? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await OversightScope.ForAsync(db, User, cancellationToken);
        (Pairs, Reports, Boilerplate) = await PeerCopies.RunAsync(db, scope, ShownYear, cancellationToken);
        if (A is { } a && B is { } b)
        {
            var pair = Pairs.FirstOrDefault(p => (p.First.ReportId == a && p.Second.ReportId == b) || (p.First.ReportId == b && p.Second.ReportId == a));
            if (pair is null)
            {
                return NotFound();
            }

            Shown = (pair, TextReuse.Compare(pair.First.Reading, pair.Second.Reading));
        }

        return Page();
    }
}
