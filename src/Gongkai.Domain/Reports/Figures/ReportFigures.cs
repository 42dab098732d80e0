using System.Collections.Immutable;

namespace Gongkai.Domain.Reports.Figures;

/// <summary>
/// One figure of a report (oversight.md §5) with what it rests on: a count has no denominator; a rate is
/// <see cref="Numerator"/> / <see cref="Denominator"/>, 不适用 when the denominator is 0, and not available when a cell
/// it needs was not read.
/// </summary>
/// <param name="Key">Stable key, e.g. <c>completionRate</c>.</param>
/// <param name="Name">Chinese name, e.g. 办结率.</param>
/// <param name="Numerator">The count or the numerator; null when a cell it needs is not available.</param>
/// <param name="Denominator">Null for a count or when not available; 0 makes the rate 不适用.</param>
/// <param name="IsRate">A rate (numerator over denominator) rather than a count.</param>
/// <param name="Scale">100 for a percentage, also 100 for 争议发生率 (per 100 applications).</param>
public sealed record Figure(string Key, string Name, decimal? Numerator, decimal? Denominator, bool IsRate, int Scale = 100)
{
    /// <summary>The rate scaled (62.5 for 5/8), null for a count, a zero denominator or an unread cell.</summary>
    public decimal? Value => IsRate && Numerator is { } n && Denominator is { } d && d != 0 ? n / d * Scale : null;

    /// <summary>Whether the figure is 不适用: a rate over a zero denominator.</summary>
    public bool NotApplicable => IsRate && Denominator == 0;
}

/// <summary>
/// The figures of oversight.md §5 for one report, and pooled over many: counts summed, then divided (never the mean
/// of the units' rates). A blank or unread cell makes the figure not available, never 0.
/// </summary>
public static class ReportFigures
{
    /// <summary>The figures in the order oversight.md §5 lists them: key, name, numerator and denominator in words.</summary>
    public static ImmutableArray<(string Key, string Name, string Numerator, string? Denominator)> Definitions { get; } =
    [
        ("accepted", "受理量", "表三 一、本年新收 + 二、上年结转（总计列）", null),
        ("completionRate", "办结率", "表三（七）总计", "受理量"),
        ("disclosureRate", "公开率", "表三（一）予以公开 +（二）部分公开", "表三（七）总计"),
        ("withheldRate", "不予公开率", "表三（三）1–8 之和", "表三（七）总计"),
        ("unavailableRate", "无法提供率", "表三（四）1–3 之和", "表三（七）总计"),
        ("notHeldRate", "其中：不掌握", "表三（四）1.本机关不掌握相关政府信息", "表三（七）总计"),
        ("notProcessedRate", "不予处理率", "表三（五）之和", "表三（七）总计"),
        ("otherHandlingRate", "其他处理率", "表三（六）之和", "表三（七）总计"),
        ("reconsiderationCorrectionRate", "复议纠错率", "表四 行政复议「结果纠正」", "行政复议「总计」−「尚未审结」"),
        ("litigationCorrectionRate", "诉讼纠错率", "表四 两类行政诉讼「结果纠正」之和", "两类行政诉讼「总计」−「尚未审结」之和"),
        ("disputeRate", "争议发生率（每百件）", "表四 三类「总计」之和", "表三 一、本年新收（总计列）"),
        ("normativeCleanupRate", "规范性文件清理率", "表二 行政规范性文件 本年废止件数", "上年报告 行政规范性文件 现行有效件数"),
    ];

    private const int Total = 6;

    /// <summary>The outcome groups of 表三（一）…（六）: their printed label and row key (a group's rows share the key as prefix).</summary>
    public static ImmutableArray<(string Label, string Key)> OutcomeGroups { get; } =
    [
        ("（一）予以公开", RowKeys.Disclosed), ("（二）部分公开", RowKeys.PartiallyDisclosed), ("（三）不予公开", "withheld"),
        ("（四）无法提供", "unavailable"), ("（五）不予处理", "notProcessed"), ("（六）其他处理", RowKeys.OtherHandling),
    ];

    private static readonly int Cleanup = Definitions.Select(d => d.Key).ToList().IndexOf("normativeCleanupRate");

    /// <summary>
    /// The figures of <paramref name="report"/>; <paramref name="previous"/> (last year's report of the unit) is
    /// needed for 规范性文件清理率 only, and only between two reports of the 2021 template.
    /// </summary>
    public static ImmutableArray<Figure> Of(AnnualReport report, AnnualReport? previous = null) =>
        Of(ReportDigest.Of(report), previous is null ? null : ReportDigest.Of(previous));

    /// <summary>
    /// The figures of a report from its digest; 规范性文件清理率 from this year's 本年废止 over last year's 现行有效
    /// (<paramref name="previous"/>), between two reports of the 2021 template only.
    /// </summary>
    public static ImmutableArray<Figure> Of(ReportDigest report, ReportDigest? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null || report.Template != ReportTemplate.Format2021.Code || previous.Template != ReportTemplate.Format2021.Code)
        {
            return report.Figures;
        }

        var d = Definitions[Cleanup];
        return report.Figures.SetItem(Cleanup, Make(d.Key, d.Name, report.NormativeRepealed, previous.NormativeInForce, isRate: true));
    }

    /// <summary>The figures that need nothing but the report itself (规范性文件清理率 left not available).</summary>
    internal static ImmutableArray<Figure> Own(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t3 = report.Applications;
        var t4 = report.ReviewLitigation;
        decimal? Cell3(string row) => t3?[row] is { } v && Total < v.Length ? v[Total] : null;
        decimal? Sum3(string prefix)
        {
            if (t3 is null)
            {
                return null;
            }

            var rows = t3.Spec.Rows.Where(r => r.Key == prefix || r.Key.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList();
            return rows.Count == 0 ? null : Add(rows.Select(r => Cell3(r.Key)));
        }

        decimal? Cell4(string row, int column) => t4?[row] is { } v && column < v.Length ? v[column] : null;
        decimal? Decided(string row) => Cell4(row, 4) - Cell4(row, 3);

        var accepted = Add([Cell3(RowKeys.NewlyReceived), Cell3(RowKeys.CarriedOver)]);
        var outcome = Cell3(RowKeys.OutcomeTotal);
        string[] litigation = [RowKeys.LitigationWithoutReconsideration, RowKeys.LitigationAfterReconsideration];
        decimal?[] values =
        [
            accepted, null,
            outcome, accepted,
            Add([Cell3(RowKeys.Disclosed), Cell3(RowKeys.PartiallyDisclosed)]), outcome,
            Sum3("withheld"), outcome,
            Sum3("unavailable"), outcome,
            Cell3(RowKeys.UnavailableNotHeld), outcome,
            Sum3("notProcessed"), outcome,
            Sum3(RowKeys.OtherHandling), outcome,
            Cell4(RowKeys.Reconsideration, 1), Decided(RowKeys.Reconsideration),
            Add(litigation.Select(r => Cell4(r, 1))), Add(litigation.Select(Decided)),
            Add(new[] { RowKeys.Reconsideration, litigation[0], litigation[1] }.Select(r => Cell4(r, 4))), Cell3(RowKeys.NewlyReceived),
            null, null,
        ];
        return FromValues(values);
    }

    /// <summary>The figures from their numerators and denominators in the order of <see cref="Definitions"/> (two values a figure).</summary>
    public static ImmutableArray<Figure> FromValues(IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != 2 * Definitions.Length)
        {
            throw new ArgumentException($"Expected {2 * Definitions.Length} values, got {values.Count}.", nameof(values));
        }

        var figures = ImmutableArray.CreateBuilder<Figure>(Definitions.Length);
        for (var i = 0; i < Definitions.Length; i++)
        {
            var d = Definitions[i];
            figures.Add(Make(d.Key, d.Name, values[2 * i], values[2 * i + 1], d.Denominator is not null));
        }

        return figures.MoveToImmutable();
    }

    /// <summary>The sum of an outcome group of 表三 in the 总计 column (blank cells count 0); 0 without 表三.</summary>
    internal static decimal OutcomeCount(AnnualReport report, string key) =>
        report.Applications is not { } t ? 0
        : t.Spec.Rows.Where(r => r.Key == key || r.Key.StartsWith(key + ".", StringComparison.Ordinal)).Sum(r => t.Cell(r.Key, Total) ?? 0);

    /// <summary>
    /// The figures of many reports pooled: each figure's numerators summed and its denominators summed, over the
    /// reports where both are available (a report with an unread cell leaves that figure, not the others).
    /// </summary>
    public static ImmutableArray<Figure> Pool(IEnumerable<ImmutableArray<Figure>> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var numerators = new decimal[Definitions.Length];
        var denominators = new decimal[Definitions.Length];
        var usable = new int[Definitions.Length];
        foreach (var report in reports)
        {
            for (var i = 0; i < Definitions.Length; i++)
            {
                var f = report[i];
                if (f.Numerator is { } n && (!f.IsRate || f.Denominator is not null))
                {
                    numerators[i] += n;
                    denominators[i] += f.Denominator ?? 0;
                    usable[i]++;
                }
            }
        }

        var pooled = ImmutableArray.CreateBuilder<Figure>(Definitions.Length);
        for (var i = 0; i < Definitions.Length; i++)
        {
            var d = Definitions[i];
            var isRate = d.Denominator is not null;
            pooled.Add(usable[i] == 0
                ? Make(d.Key, d.Name, null, null, isRate)
                : Make(d.Key, d.Name, numerators[i], isRate ? denominators[i] : null, isRate));
        }

        return pooled.MoveToImmutable();
    }

    private static Figure Make(string key, string name, decimal? numerator, decimal? denominator, bool isRate) =>
        new(key, name, isRate && denominator is null ? null : numerator, denominator, isRate);

    private static decimal? Add(IEnumerable<decimal?> values)
    {
        var sum = 0m;
        foreach (var v in values)
        {
            if (v is not { } x)
            {
                return null;
            }

            sum += x;
        }

        return sum;
    }
}
