using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Judging;

/// <summary>The review states a finding can be in: not reviewed, or one of <see cref="ReviewDecision"/>.</summary>
internal static class ReviewStates
{
    public const string None = "none";

    public static IEnumerable<(string Key, string Label)> All =>
        [(None, "未审核"), .. Enum.GetValues<ReviewDecision>().Select(d => (d.ToString(), d.Label()))];

    public static string Key(FindingReview? review) => review?.Decision.ToString() ?? None;

    public static string Label(FindingReview? review) => review?.Decision.Label() ?? "未审核";
}

/// <summary>A stored report as the problem list names it: its unit and year, without its reading.</summary>
internal sealed record ReportRef(int ReportId, int AgencyId, string Unit, AgencyLevel Level, string? DivisionCode, string TreePath, int Year);

/// <summary>
/// One problem of the list: a finding of a stored report (its own or against the year before), its unit, where in the
/// report (表三「（七）总计」行「自然人」列, a table, or the whole report) and its review.
/// </summary>
internal sealed record Problem(ReportRef Report, Finding Finding, bool AcrossYears, FindingReview? Review, string Place)
{
    public string RuleName => ReportRules.FindingName(Finding.Code);

    public static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "存疑",
        _ => "提示",
    };
}

/// <summary>What the list shows: a subtree (default the scope's), years, and filters by rule, severity, level and review state.</summary>
internal sealed record ProblemQuery(int? Root, int From, int To, string? Rule, string? Severity, AgencyLevel? Level, string? Review)
{
    /// <summary>Default severities: errors and warnings; <c>all</c> adds the infos.</summary>
    public bool Shows(Severity severity) => Severity switch
    {
        "error" => severity == Domain.Reports.Severity.Error,
        "warning" => severity == Domain.Reports.Severity.Warning,
        "info" => severity == Domain.Reports.Severity.Info,
        "all" => true,
        _ => severity != Domain.Reports.Severity.Info,
    };
}

/// <summary>The list, the rules that occur in it before filtering by rule (for the filter), and how many units it names.</summary>
internal sealed record ProblemView(IReadOnlyList<Problem> Problems, IReadOnlyList<(string Code, string Name, int Count)> Rules, int Reports, int Units);

/// <summary>
/// 问题清单: every finding of every stored report of a subtree and years — the reader's and the rules' as stored with
/// the report, and the checks against the same unit's report of the year before — with its review.
/// </summary>
internal static class ProblemList
{
    public static async Task<ProblemView?> BuildAsync(GongkaiDb db, FindingCache cache, OversightScope scope, ProblemQuery query, CancellationToken cancellationToken)
    {
        var units = scope.Units(db);
        if (query.Root is { } root && root != scope.AgencyId)
        {
            var path = await units.Where(u => u.Id == root).Select(u => u.TreePath).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (path is null)
            {
                return null;
            }

            units = units.Where(u => u.TreePath.StartsWith(path));
        }

        if (query.Level is { } level)
        {
            units = units.Where(u => u.Level == level);
        }

        var shown = await JudgedReports.LoadAsync(db, cache, units, query.From, query.To, cancellationToken).ConfigureAwait(false);
        var ids = shown.Select(x => x.Report.ReportId).ToList();
        var reviews = (await db.FindingReviews.AsNoTracking().Where(r => ids.Contains(r.ReportId))
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => (r.ReportId, r.FindingKey));
        var all = new List<Problem>();
        foreach (var x in shown)
        {
            foreach (var f in x.Findings)
            {
                all.Add(new Problem(x.Report, f.Finding, f.AcrossYears, reviews.GetValueOrDefault((x.Report.ReportId, f.Finding.Key)), f.Place));
            }
        }

        var bySeverityAndReview = all.Where(p => query.Shows(p.Finding.Severity) && (string.IsNullOrEmpty(query.Review) || ReviewStates.Key(p.Review) == query.Review)).ToList();
        var rules = bySeverityAndReview.GroupBy(p => p.Finding.Code).Select(g => (g.Key, ReportRules.FindingName(g.Key), g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var problems = bySeverityAndReview.Where(p => string.IsNullOrEmpty(query.Rule) || p.Finding.Code == query.Rule)
            .OrderBy(p => p.Report.TreePath, StringComparer.Ordinal).ThenBy(p => p.Report.Year).ThenByDescending(p => p.Finding.Severity)
            .ToList();
        return new ProblemView(problems, rules, ids.Count, problems.Select(p => p.Report.AgencyId).Distinct().Count());
    }
}
