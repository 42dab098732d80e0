using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Domain.Reports;

/// <summary>
/// What an indicator of a scoring sheet deducts for, each counted from a check of the unit's report (oversight.md §3:
/// evaluators deduct for a report not published on time, parts missing, text "与往年或与其他单位雷同", wrong figures, and
/// per reconsideration or lawsuit lost).
/// </summary>
public enum ScoringCheck
{
    /// <summary>Published after the deadline of 条例第四十九条 (one case).</summary>
    Late,

    /// <summary>Each of parts 一 to 六 missing (<see cref="NarrativePartsRule"/>).</summary>
    PartsMissing,

    /// <summary>Parts 一/五/六 copied from last year's report (X08, <see cref="CopiedTextRule"/>; one case).</summary>
    CopiedFromLastYear,

    /// <summary>Each error the rules find in the tables and text, less those a reviewer verified as right.</summary>
    RuleErrors,

    /// <summary>Each reconsideration or lawsuit decided against the unit (表四 结果纠正).</summary>
    LostAppeals,
}

/// <summary>Chinese labels of <see cref="ScoringCheck"/>.</summary>
public static class ScoringChecks
{
    public static string Label(this ScoringCheck check) => check switch
    {
        ScoringCheck.Late => "逾期发布",
        ScoringCheck.PartsMissing => "内容缺项（每缺一部分）",
        ScoringCheck.CopiedFromLastYear => "与上年报告雷同",
        ScoringCheck.RuleErrors => "数据错误（每处）",
        ScoringCheck.LostAppeals => "复议、诉讼被纠错（每件）",
        _ => throw new ArgumentOutOfRangeException(nameof(check)),
    };

    public static bool TryParse(string? text, out ScoringCheck check) => Enum.TryParse(text, ignoreCase: false, out check) && Enum.IsDefined(check);
}

/// <summary>One 指标 of a scoring sheet: its block (一级指标), name, 分值, and what it deducts for and how much per case.</summary>
public sealed record Indicator(string Block, string Name, decimal Points, ScoringCheck Check, decimal PerCase);

/// <summary>The 等次 by percentage of the sheet's points: 优秀, 良好, 合格, else 不合格 (90/80/60 by default, oversight.md §3).</summary>
public sealed record GradeCutoffs(decimal Excellent, decimal Good, decimal Pass)
{
    public static GradeCutoffs Default { get; } = new(90, 80, 60);

    public string Grade(decimal percent) =>
        percent >= Excellent ? "优秀" : percent >= Good ? "良好" : percent >= Pass ? "合格" : "不合格";
}

/// <summary>
/// A configurable indicator sheet (考评指标): a supervising office sets its own 指标, 分值 and deductions; the default
/// follows the county sheet of oversight.md §3 (the annual report's 5-point deductions, 3 points per 纠错).
/// </summary>
public sealed record ScoringSheet(ImmutableArray<Indicator> Indicators, GradeCutoffs Cutoffs)
{
    public decimal Points => Indicators.Sum(i => i.Points);

    public static ScoringSheet Default { get; } = new(
    [
        new("年度报告", "按期发布", 5, ScoringCheck.Late, 5),
        new("年度报告", "内容完整", 5, ScoringCheck.PartsMissing, 5),
        new("年度报告", "不与往年雷同", 5, ScoringCheck.CopiedFromLastYear, 5),
        new("年度报告", "数据准确、勾稽关系正确", 5, ScoringCheck.RuleErrors, 1),
        new("依申请公开", "复议、诉讼未被纠错", 10, ScoringCheck.LostAppeals, 3),
    ], GradeCutoffs.Default);

    /// <summary>The sheet's problems, each in Chinese naming the row (1-based); empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Indicators.IsEmpty)
        {
            problems.Add("考评表至少需要一个指标");
        }

        for (var i = 0; i < Indicators.Length; i++)
        {
            var x = Indicators[i];
            var where = $"第{i + 1}个指标";
            if (string.IsNullOrWhiteSpace(x.Block) || string.IsNullOrWhiteSpace(x.Name))
            {
                problems.Add($"{where}：一级指标和指标名称都要填写");
            }

            if (x.Points is <= 0 or > 100)
            {
                problems.Add($"{where}「{x.Name}」：分值应在 0 到 100 之间（不含 0）");
            }

            if (x.PerCase <= 0 || x.PerCase > x.Points)
            {
                problems.Add($"{where}「{x.Name}」：每次扣分应大于 0 且不超过分值");
            }
        }

        if (!(Cutoffs.Excellent > Cutoffs.Good && Cutoffs.Good > Cutoffs.Pass && Cutoffs.Pass > 0 && Cutoffs.Excellent <= 100))
        {
            problems.Add("等次分界应满足 100 ≥ 优秀 > 良好 > 合格 > 0");
        }

        return problems;
    }

    /// <summary>A unit's 考评 for a year: every 指标 with its deduction and 失分原因, the total and the 等次.</summary>
    public ScoreCard Score(ScoringEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var lines = Indicators.Select(i =>
        {
            if (!evidence.Published)
            {
                return new ScoreLine(i, i.Points, "未发布年度报告");
            }

            var (cases, reason) = evidence.Cases(i.Check);
            var deduction = Math.Min(i.Points, cases * i.PerCase);
            return new ScoreLine(i, deduction, deduction > 0 ? reason : null);
        }).ToImmutableArray();
        var total = Points - lines.Sum(l => l.Deduction);
        var percent = Points == 0 ? 0 : Math.Round(total * 100 / Points, 1);
        return new ScoreCard(lines, total, percent, Cutoffs.Grade(percent));
    }
}

/// <summary>One 指标 of a unit's score: what was deducted and why.</summary>
public sealed record ScoreLine(Indicator Indicator, decimal Deduction, string? Reason);

/// <summary>A unit's score: its lines, total points, percentage of the sheet's points and 等次.</summary>
public sealed record ScoreCard(ImmutableArray<ScoreLine> Lines, decimal Total, decimal Percent, string Grade);

/// <summary>
/// What the checks found in a unit's report of a year, counted for scoring. Built from the report (the current
/// reading), the findings a reviewer verified as right (left out), whether it was late, and last year's report.
/// </summary>
public sealed record ScoringEvidence(bool Published, ImmutableDictionary<ScoringCheck, (int Cases, string Reason)> Found)
{
    public static ScoringEvidence NotPublished { get; } = new(false, ImmutableDictionary<ScoringCheck, (int, string)>.Empty);

    public (int Cases, string Reason) Cases(ScoringCheck check) => Found.GetValueOrDefault(check, (0, ""));

    public static ScoringEvidence From(AnnualReport report, IReadOnlySet<string> verified, string? late, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(verified);
        var found = ImmutableDictionary.CreateBuilder<ScoringCheck, (int, string)>();
        var findings = report.Findings.Where(f => !verified.Contains(f.Key)).ToList();
        if (late is not null)
        {
            found[ScoringCheck.Late] = (1, late);
        }

        var missing = findings.Where(f => f.Code == new NarrativePartsRule().Code && f.Message.StartsWith("缺少", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            found[ScoringCheck.PartsMissing] = (missing.Count, string.Join("；", missing.Select(f => f.Message)));
        }

        var copied = new CopiedTextRule().Check(report, previous).Where(f => f.Severity >= Severity.Warning).ToList();
        if (copied.Count > 0)
        {
            found[ScoringCheck.CopiedFromLastYear] = (1, copied[0].Message);
        }

        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            found[ScoringCheck.RuleErrors] = (errors.Count, $"{errors.Count}处：{errors[0].Message}{(errors.Count > 1 ? "等" : "")}");
        }

        if (report.ReviewLitigation is { } t4)
        {
            var corrected = ReportTemplate.ResultColumns.IndexOf(ReportTemplate.ResultColumns.Single(c => c.Label == "结果纠正"));
            var lost = t4.Rows.Where(r => r.Values is { } v && v[corrected] is > 0).Sum(r => (int)r.Values!.Value[corrected]!.Value);
            if (lost > 0)
            {
                found[ScoringCheck.LostAppeals] = (lost, string.Create(CultureInfo.InvariantCulture, $"表四「结果纠正」共{lost}件"));
            }
        }

        return new ScoringEvidence(true, found.ToImmutable());
    }
}
