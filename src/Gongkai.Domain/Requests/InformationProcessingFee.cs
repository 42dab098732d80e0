using System.Collections.Immutable;

namespace Gongkai.Domain.Requests;

/// <summary>计收方式 (国办函〔2020〕109号第三条): one per request, never both.</summary>
public enum FeeMethod
{
    /// <summary>按件计收 (第四条): by the applicant's cumulative applications in a calendar month.</summary>
    ByCount,

    /// <summary>按量计收 (第五条): by the pages of one application.</summary>
    ByVolume,
}

/// <summary>The names of <see cref="FeeMethod"/> as the 收费通知 prints them.</summary>
public static class FeeMethods
{
    public static string Label(this FeeMethod method) => method == FeeMethod.ByCount ? "按件计收" : "按量计收";
}

/// <summary>One band of a progressive fee: units <see cref="From"/>–<see cref="To"/> (1-based) at <see cref="UnitPrice"/> 元 each.</summary>
public sealed record FeeLine(int From, int To, decimal UnitPrice)
{
    public int Quantity => To - From + 1;

    /// <summary>The band's amount in 元.</summary>
    public decimal Amount => Quantity * UnitPrice;
}

/// <summary>
/// 信息处理费: an amount in 元 with the bands it was computed from. <see cref="EarlierInMonth"/> is, for
/// <see cref="FeeMethod.ByCount"/>, how many applications the applicant had already made that calendar month.
/// </summary>
public sealed record FeeCharge(FeeMethod Method, int Quantity, int EarlierInMonth, ImmutableArray<FeeLine> Lines)
{
    /// <summary>The amount in 元.</summary>
    public decimal Amount => Lines.Sum(l => l.Amount);
}

/// <summary>
/// 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号) fee bands, charged on the excess (超额累进, 第三条).
/// </summary>
public static class InformationProcessingFee
{
    /// <summary>The largest quantity computed; more is a caller bug, not a plausible application.</summary>
    public const int MaxQuantity = 10_000_000;

    /// <summary>
    /// 按量计收 (第五条): pages 1–30 free, 31–100 at 10元, 101–200 at 20元, 201 and above at 40元 a page, each band on
    /// the part falling in it. 2219 pages → 83,460元.
    /// </summary>
    public static FeeCharge ByVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, MaxQuantity);
        var bands = new (int From, int To, decimal Price)[] { (1, 30, 0m), (31, 100, 10m), (101, 200, 20m), (201, int.MaxValue, 40m) };
        return new FeeCharge(FeeMethod.ByVolume, pages, 0, Slice(bands, 1, pages));
    }

    /// <summary>
    /// 按件计收 (第四条): the applicant's applications in one 自然月 are numbered cumulatively; the 1st–10th are free, the
    /// 11th–30th cost 100元 each, and from the 31st each further band of 10 costs 100元 more (31–40: 200元,
    /// 41–50: 300元 …). The charge covers the <paramref name="applications"/> numbered after the
    /// <paramref name="earlierInMonth"/> already made.
    /// </summary>
    public static FeeCharge ByCount(int earlierInMonth, int applications)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(earlierInMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(applications);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)earlierInMonth + applications, MaxQuantity);
        var last = earlierInMonth + applications;
        var bands = new List<(int From, int To, decimal Price)> { (1, 10, 0m), (11, 30, 100m) };
        for (var (from, price) = (31, 200m); from <= last; from += 10, price += 100m)
        {
            bands.Add((from, from + 9, price));
        }

        return new FeeCharge(FeeMethod.ByCount, applications, earlierInMonth, Slice(bands, earlierInMonth + 1, last));
    }

    /// <summary>The fee of the <paramref name="ordinal"/>-th application of the month (the 35th: 200元; the 12th: 100元).</summary>
    public static decimal ForNthApplication(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        return ByCount(ordinal - 1, 1).Amount;
    }

    private static ImmutableArray<FeeLine> Slice(IEnumerable<(int From, int To, decimal Price)> bands, int first, int last) =>
    [
        .. bands
            .Where(b => b.From <= last && b.To >= first)
            .Select(b => new FeeLine(Math.Max(b.From, first), Math.Min(b.To, last), b.Price)),
    ];
}
