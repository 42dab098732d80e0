using System.Collections.Immutable;
using System.Globalization;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// 全体公民放假的节日: the holidays 《全国年节及纪念日放假办法》 grants every citizen, as revised by 国务院令第795号
/// (in force 2025-01-01). They are the provisional calendar (暂定) of a year whose State Council notice is not yet
/// published: the notice later adds the 调休 (days off moved next to a holiday, weekend days worked in exchange) and
/// places the 补假 of 第六条, which this rule does not guess.
/// </summary>
/// <remarks>
/// 调休 moves days off without changing their number, so a period counted on the statutory days alone ends on or
/// before the date the notice will give in most years: the provisional date errs on the early side.
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The first year of the revised 放假办法 (国务院令第795号, in force 2025-01-01).</summary>
    public const int FirstYear = 2025;

    /// <summary>The last year the framework's Chinese lunisolar calendar covers (it ends 2101-01-28).</summary>
    public const int LastYear = 2100;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>Whether the rule can give the year's holidays: 2025 to 2100.</summary>
    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The year's statutory holidays, without 调休 or 补假 (worked days always empty).</summary>
    public static ImmutableArray<HolidayArrangement> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        // 放假办法第二条（2024年修订）：
        // （一）元旦，放假1天（1月1日）；（二）春节，放假4天（农历除夕、正月初一至初三）；（三）清明节，放假1天（农历清明当日）；
        // （四）劳动节，放假2天（5月1日、2日）；（五）端午节，放假1天（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；
        // （七）国庆节，放假3天（10月1日至3日）。
        var newYear = LunarDate(year, 1, 1);
        return
        [
            Holiday("元旦", new DateOnly(year, 1, 1), 1),
            Holiday("春节", newYear.AddDays(-1), 4),
            Holiday("清明节", SolarTerms.Qingming(year), 1),
            Holiday("劳动节", new DateOnly(year, 5, 1), 2),
            Holiday("端午节", LunarDate(year, 5, 5), 1),
            Holiday("中秋节", LunarDate(year, 8, 15), 1),
            Holiday("国庆节", new DateOnly(year, 10, 1), 3),
        ];
    }

    private static HolidayArrangement Holiday(string name, DateOnly first, int days) =>
        new(name, [.. Enumerable.Range(0, days).Select(first.AddDays)], []);

    /// <summary>
    /// The Gregorian day of a lunar date of the lunar year that starts in <paramref name="year"/>. A leap month
    /// (闰月) takes the next month number in the framework's calendar, so months from it on are shifted by one.
    /// </summary>
    private static DateOnly LunarDate(int year, int month, int day)
    {
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
