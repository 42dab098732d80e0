using System.Text.Json.Nodes;
using Gongkai.Domain.Reports;

namespace Gongkai.Testing;

/// <summary>How a truth row (report-json.md keys, <c>*.truth.json</c>) was given.</summary>
public enum TruthRowKind
{
    /// <summary>An array of cells as printed; a <c>null</c> cell is one a careful reader could not determine.</summary>
    Cells,

    /// <summary><c>null</c>: the printed report has no such row (or table); nothing may be read for it.</summary>
    Absent,

    /// <summary>A string (<c>"AMBIGUOUS: …"</c>): the printed row admits several readings; it must carry a warning.</summary>
    Ambiguous,
}

/// <summary>One truth row against the row as read.</summary>
/// <param name="Table">The table.</param>
/// <param name="Row">The row's JSON key; <c>null</c> when the truth is about the whole table.</param>
/// <param name="Kind">How the truth gives the row.</param>
/// <param name="Truth">The truth cells (<see cref="TruthRowKind.Cells"/> only).</param>
/// <param name="Read">The cells as read; <c>null</c> when the reader has no such row or table.</param>
/// <param name="Warned">Whether a warning or error finding points at this row (or, for a whole table, at the table).</param>
/// <param name="Note">The truth's text for <see cref="TruthRowKind.Ambiguous"/>.</param>
public sealed record TruthRow(
    TableId Table, string? Row, TruthRowKind Kind, IReadOnlyList<decimal?> Truth, IReadOnlyList<decimal?>? Read, bool Warned, string? Note)
{
    /// <summary>Whether a warning or error about the whole table (no row named) covers this row too.</summary>
    public bool TableWarned { get; init; }

    /// <summary>Whether the cells read equal the truth exactly, unknown cells included.</summary>
    public bool ExactlyEqual => Read is not null && Truth.SequenceEqual(Read);
}

/// <summary>
/// Compares a read report with a truth file cell by cell. The golden tests and the accuracy bench both use it, so a
/// cell counts the same everywhere.
/// </summary>
public sealed class TruthComparison
{
    private TruthComparison(List<string> headerMismatches, List<TruthRow> rows)
    {
        HeaderMismatches = headerMismatches;
        Rows = rows;
    }

    /// <summary>Template, year and agency that differ from the truth, as "template 2021, truth 2019".</summary>
    public IReadOnlyList<string> HeaderMismatches { get; }

    public IReadOnlyList<TruthRow> Rows { get; }

    public bool TemplateRight { get; private init; }

    public static TruthComparison Of(AnnualReport report, JsonObject truth)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(truth);
        var header = new List<string>();
        var templateRight = true;
        if (truth["template"]?.GetValue<string>() is { } template && template != report.Template.Code)
        {
            header.Add($"template {report.Template.Code}, truth {template}");
            templateRight = false;
        }

        if (truth["year"]?.GetValue<int>() is { } year && year != report.Year)
        {
            header.Add($"year {report.Year}, truth {year}");
        }

        if (truth["agency"]?.GetValue<string>() is { } agency && agency != report.Agency)
        {
            header.Add($"agency {report.Agency}, truth {agency}");
        }

        var rows = new List<TruthRow>();
        foreach (var id in Enum.GetValues<TableId>())
        {
            var actual = report.Table(id);
            switch (truth[id.JsonKey()])
            {
                case null:
                    rows.Add(new TruthRow(id, null, TruthRowKind.Absent, [], actual is null ? null : [], Warned(report, id, null), null));
                    break;
                case JsonValue ambiguous:
                    rows.Add(new TruthRow(id, null, TruthRowKind.Ambiguous, [], actual is null ? null : [], Warned(report, id, null), ambiguous.ToString()));
                    break;
                case JsonObject truthRows:
                    foreach (var (key, value) in truthRows)
                    {
                        var read = actual is not null && actual.Spec.IndexOf(key) >= 0 ? actual[key] : null;
                        IReadOnlyList<decimal?>? cells = read is { } r ? [.. r] : null;
                        // 表四 is printed as one run of fifteen cells and read as one: its reading findings name the
                        // table, and flag every cell of it.
                        var warned = Warned(report, id, key)
                            || (id == TableId.ReviewLitigation && report.Findings.Any(f => f.Table == id && f.Row is null
                                && f.Severity >= Severity.Warning && f.Code.StartsWith("parse.", StringComparison.Ordinal)));
                        var tableWarned = report.Findings.Any(f => f.Table == id && f.Row is null && f.Severity >= Severity.Warning);
                        rows.Add((value switch
                        {
                            null => new TruthRow(id, key, TruthRowKind.Absent, [], cells, warned, null),
                            JsonValue note => new TruthRow(id, key, TruthRowKind.Ambiguous, [], cells, warned, note.ToString()),
                            JsonArray array => new TruthRow(id, key, TruthRowKind.Cells, [.. array.Select(c => c?.GetValue<decimal>())], cells, warned, null),
                            _ => throw new InvalidDataException($"{id.JsonKey()}.{key}: a truth row is an array, a string or null"),
                        }) with { TableWarned = tableWarned });
                    }

                    break;
            }
        }

        return new TruthComparison(header, rows) { TemplateRight = templateRight };
    }

    private static bool Warned(AnnualReport report, TableId table, string? row) =>
        report.Findings.Any(f => f.Table == table && (row is null || f.Row == row) && f.Severity >= Severity.Warning);
}
