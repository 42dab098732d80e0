namespace Gongkai.Domain.Reports.Figures;

/// <summary>
/// How rates are ranked and compared (oversight.md §5): by the Wilson lower bound of a 95 % interval, units with a
/// denominator under <see cref="MinimumDenominator"/> not ranked at all, and outliers among peers by robust z.
/// </summary>
public static class RateStatistics
{
    /// <summary>Below 30 decided cases a unit's rate says too little to rank it.</summary>
    public const int MinimumDenominator = 30;

    /// <summary>|z| above 3 is an outlier among peers of the same unit type and year.</summary>
    public const double OutlierZ = 3;

    private const double Z95 = 1.959963984540054;

    /// <summary>The lower bound of the Wilson score interval (95 %) of <paramref name="successes"/> out of <paramref name="n"/>; null when n is 0.</summary>
    public static double? WilsonLowerBound(decimal successes, decimal n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, successes);
        if (n == 0)
        {
            return null;
        }

        var total = (double)n;
        var p = (double)successes / total;
        var z2 = Z95 * Z95;
        var centre = p + z2 / (2 * total);
        var spread = Z95 * Math.Sqrt(p * (1 - p) / total + z2 / (4 * total * total));
        return Math.Max(0, (centre - spread) / (1 + z2 / total));
    }

    /// <summary>
    /// Robust z of each value against the others: (x − median) / (1.4826 · MAD). Null for every value when there are
    /// fewer than 3 values or the MAD is 0 (half the peers the same: no spread to measure against).
    /// </summary>
    public static double?[] RobustZ(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double?[values.Count];
        if (values.Count < 3)
        {
            return result;
        }

        var median = Median(values);
        var mad = Median([.. values.Select(v => Math.Abs(v - median))]);
        if (mad == 0)
        {
            return result;
        }

        for (var i = 0; i < values.Count; i++)
        {
            result[i] = (values[i] - median) / (1.4826 * mad);
        }

        return result;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
