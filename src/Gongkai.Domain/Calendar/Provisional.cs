using System.Collections.Immutable;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// 暂定: a date counted through years whose State Council holiday notice is not published yet, on the statutory
/// holidays alone (<see cref="StatutoryHolidays"/>). Dates are derived, never stored, so they change by themselves
/// once the notice is loaded.
/// </summary>
public sealed class Provisional : IEquatable<Provisional>
{
    /// <summary>The mark shown beside a provisional date.</summary>
    public const string Label = "暂定";

    public Provisional(IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        Years = [.. years.Distinct().Order()];
        ArgumentOutOfRangeException.ThrowIfZero(Years.Length, nameof(years));
    }

    /// <summary>The years counted without a notice, in order.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Why the date is provisional: 2027年放假安排尚未公布，按《全国年节及纪念日放假办法》暂定，不含调休，公布后自动更新.</summary>
    public string Reason =>
        $"{string.Join("、", Years.Select(y => $"{y}年"))}放假安排尚未公布，按《全国年节及纪念日放假办法》暂定，不含调休，公布后自动更新";

    public bool Equals(Provisional? other) => other is not null && Years.SequenceEqual(other.Years);

    public override bool Equals(object? obj) => Equals(obj as Provisional);

    public override int GetHashCode() => Years.Aggregate(17, (h, y) => (h * 31) + y);

    public override string ToString() => Reason;
}
