using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Workspace.Requests;

/// <summary>
/// The letters of a request, ready to print: 答复告知书 (default), 补正通知书 (<c>?kind=correction</c>) and
/// 延期答复告知书 (<c>?kind=extension</c>).
/// </summary>
public sealed class LetterModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public RequestFile Case { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>The provision the decision rests on; only reply letters cite one on its own line.</summary>
    public string? Basis { get; private set; }

    /// <summary>Only a decision can be appealed (条例第五十一条).</summary>
    public bool ShowRemedy { get; private set; }

    public DateOnly Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var file = await LoadRequest.RunAsync(db, policy, User.AgencyId(), Code, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Case = file;
        var events = file.Timeline.Select(t => t.Event).ToList();
        switch (Kind)
        {
            case "correction" when events.OfType<CorrectionRequested>().LastOrDefault() is { } notice:
                (Title, Body, Date) = ("补正通知书", ReplyLetter.Correction(notice), notice.On);
                break;
            case "extension" when events.OfType<ExtensionApproved>().LastOrDefault() is { } extension:
                (Title, Body, Date) = ("延期答复告知书", ReplyLetter.Extension(extension, file.Record.AnswerDue), extension.On);
                break;
            case null or "" or "reply" when events.OfType<Decided>().LastOrDefault() is { } decided:
                (Title, Body, Date) = ("政府信息公开申请答复告知书", "经审查，现答复如下：" + ReplyLetter.Decision(decided.Outcome), decided.On);
                Basis = "《中华人民共和国政府信息公开条例》" + decided.Outcome.LegalBasis().Replace("条例", "", StringComparison.Ordinal);
                ShowRemedy = true;
                break;
            default:
                return NotFound();
        }

        return Page();
    }
}
