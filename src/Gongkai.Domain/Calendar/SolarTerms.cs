namespace Gongkai.Domain.Calendar;

/// <summary>
/// The day of the solar term 清明 in China Standard Time: the moment the sun's apparent ecliptic longitude reaches
/// 15°, by the low-precision solar theory of Meeus, 《Astronomical Algorithms》 ch. 25 (about 0.01°, a quarter of an
/// hour), with ΔT from Espenak and Meeus's polynomials. 清明 1900–2100 falls between 4 and 6 April.
/// </summary>
internal static class SolarTerms
{
    private const double J2000 = 2451545.0;
    private static readonly DateTime J2000Utc = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    public static DateOnly Qingming(int year) => DayInChina(year, 4, 4, 15.0);

    /// <summary>The China Standard Time day the sun reaches <paramref name="longitude"/> near the given guess.</summary>
    internal static DateOnly DayInChina(int year, int month, int day, double longitude)
    {
        var jde = J2000 + (new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc) - J2000Utc).TotalDays;
        for (var i = 0; i < 20; i++)
        {
            var step = Normalize(longitude - ApparentLongitude(jde)) / 0.985647;
            jde += step;
            if (Math.Abs(step) < 1e-7)
            {
                break;
            }
        }

        var utc = J2000Utc.AddDays(jde - J2000).AddSeconds(-DeltaT(year));
        return DateOnly.FromDateTime(utc.AddHours(8));
    }

    /// <summary>The sun's apparent longitude in degrees at a Julian Ephemeris Day (Meeus 25.2–25.8).</summary>
    internal static double ApparentLongitude(double jde)
    {
        var t = (jde - J2000) / 36525.0;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = Radians(125.04 - (1934.136 * t));
        return Normalize(l0 + c - 0.00569 - (0.00478 * Math.Sin(omega)));
    }

    /// <summary>TT − UT in seconds (Espenak and Meeus, 2005–2050 and 2050–2150).</summary>
    private static double DeltaT(int year)
    {
        var y = year + 0.5;
        if (y < 2050)
        {
            var t = y - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        var u = (y - 1820) / 100;
        return -20 + (32 * u * u) - (0.5628 * (2150 - y));
    }

    // An angle in (−180°, 180°], so that a difference of longitudes is the short way round.
    private static double Normalize(double degrees)
    {
        var d = degrees % 360.0;
        return d > 180 ? d - 360 : d <= -180 ? d + 360 : d;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
