using System.Collections.Immutable;

namespace Gongkai.Domain.Reports;

/// <summary>
/// The values of one table of a report, row by row in the template's order. A row that the report does not print
/// is <c>null</c>; a cell that could not be read is <c>null</c>. Counts are whole numbers held as decimals so that
/// 万元 amounts fit the same shape.
/// </summary>
public sealed class ReportTable
{
    private readonly ImmutableArray<ImmutableArray<decimal?>?> _rows;

    private ReportTable(TableSpec spec, ImmutableArray<ImmutableArray<decimal?>?> rows)
    {
        Spec = spec;
        _rows = rows;
    }

    public TableSpec Spec { get; }

    public TableId Id => Spec.Id;

    /// <summary>The row's cells, or null when the report lacks the row.</summary>
    public ImmutableArray<decimal?>? this[string rowKey]
    {
        get
        {
            var i = Spec.IndexOf(rowKey);
            return i < 0 ? null : _rows[i];
        }
    }

    /// <summary>Rows in template order, paired with their spec.</summary>
    public IEnumerable<(RowSpec Spec, ImmutableArray<decimal?>? Values)> Rows =>
        Spec.Rows.Select((r, i) => (r, _rows[i]));

    public decimal? Cell(string rowKey, int column) =>
        this[rowKey] is { } row && column < row.Length ? row[column] : null;

    /// <summary>Builds a table; rows not given are absent (null). Rows of the wrong width are a caller bug.</summary>
    public static ReportTable Create(TableSpec spec, IReadOnlyDictionary<string, IReadOnlyList<decimal?>?> rows)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var key in rows.Keys)
        {
            if (spec.IndexOf(key) < 0)
            {
                throw new ArgumentException($"Row '{key}' is not in {spec.Id} of this template.", nameof(rows));
            }
        }

        var built = spec.Rows.Select(r =>
        {
            if (!rows.TryGetValue(r.Key, out var values) || values is null)
            {
                return (ImmutableArray<decimal?>?)null;
            }

            if (values.Count != r.Columns.Length)
            {
                throw new ArgumentException($"Row '{r.Key}' needs {r.Columns.Length} cells, got {values.Count}.", nameof(rows));
            }

            return [.. values];
        }).ToImmutableArray();
        return new ReportTable(spec, built);
    }

    /// <summary>A table with every row present and every cell zero: the shape a report built from cases starts from.</summary>
    public static ReportTable Zero(TableSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Create(spec, spec.Rows.ToDictionary(r => r.Key, r => (IReadOnlyList<decimal?>?)Enumerable.Repeat<decimal?>(0m, r.Columns.Length).ToArray()));
    }

    /// <summary>A copy with one row replaced (or removed with null).</summary>
    public ReportTable With(string rowKey, IReadOnlyList<decimal?>? values)
    {
        var i = Spec.IndexOf(rowKey);
        if (i < 0)
        {
            throw new ArgumentException($"Row '{rowKey}' is not in {Spec.Id} of this template.", nameof(rowKey));
        }

        if (values is not null && values.Count != Spec.Rows[i].Columns.Length)
        {
            throw new ArgumentException($"Row '{rowKey}' needs {Spec.Rows[i].Columns.Length} cells, got {values.Count}.", nameof(values));
        }

        return new ReportTable(Spec, _rows.SetItem(i, values is null ? null : [.. values]));
    }

    public bool ValueEquals(ReportTable? other)
    {
        if (other is null || other.Spec != Spec)
        {
            return false;
        }

        for (var i = 0; i < _rows.Length; i++)
        {
            var a = _rows[i];
            var b = other._rows[i];
            if (a is null != b is null || (a is { } x && b is { } y && !x.SequenceEqual(y)))
            {
                return false;
            }
        }

        return true;
    }
}
