using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain.Reports;
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

/// <summary>One problem of the list: a finding of a stored report (its own or against the year before), its unit and review.</summary>
internal sealed record Problem(StoredReading Report, Finding Finding, bool AcrossYears, FindingReview? Review)
{
    public string RuleName => FindingNames.Of(Finding.Code);

    /// <summary>Where in the report: 表三「（七）总计」行「自然人」列, a table, or the whole report.</summary>
    public string Place => Finding.Table is { } id && Report.Reading.Table(id) is { } table
        ? Finding.Row is { } row ? table.Spec.CellName(row, Finding.Column) : table.Spec.PrintedName
        : Finding.Code.StartsWith("acrossYears.", StringComparison.Ordinal) || AcrossYears ? "与上年报告比对" : "全文";

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
    public static async Task<ProblemView?> BuildAsync(GongkaiDb db, OversightScope scope, ProblemQuery query, CancellationToken cancellationToken)
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

        var readings = await StoredReadings.LoadAsync(db, units, query.From - 1, query.To, cancellationToken).ConfigureAwait(false);
        var byUnitYear = readings.ToDictionary(r => (r.AgencyId, r.Year));
        var shown = readings.Where(r => r.Year >= query.From).ToList();
        var ids = shown.Select(r => r.ReportId).ToList();
        var reviews = (await db.FindingReviews.AsNoTracking().Where(r => ids.Contains(r.ReportId))
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => (r.ReportId, r.FindingKey));
        var all = new List<Problem>();
        foreach (var r in shown)
        {
            foreach (var f in r.Reading.Findings)
            {
                all.Add(new Problem(r, f, false, reviews.GetValueOrDefault((r.ReportId, f.Key))));
            }

            foreach (var f in StoredReadings.AcrossYears(r, StoredReadings.PreviousOf(byUnitYear, r)))
            {
                all.Add(new Problem(r, f, true, reviews.GetValueOrDefault((r.ReportId, f.Key))));
            }
        }

        var bySeverityAndReview = all.Where(p => query.Shows(p.Finding.Severity) && (string.IsNullOrEmpty(query.Review) || ReviewStates.Key(p.Review) == query.Review)).ToList();
        var rules = bySeverityAndReview.GroupBy(p => p.Finding.Code).Select(g => (g.Key, FindingNames.Of(g.Key), g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var problems = bySeverityAndReview.Where(p => string.IsNullOrEmpty(query.Rule) || p.Finding.Code == query.Rule)
            .OrderBy(p => p.Report.TreePath, StringComparer.Ordinal).ThenBy(p => p.Report.Year).ThenByDescending(p => p.Finding.Severity)
            .ToList();
        return new ProblemView(problems, rules, ids.Count, problems.Select(p => p.Report.AgencyId).Distinct().Count());
    }
}
