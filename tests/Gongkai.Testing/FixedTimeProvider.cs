namespace Gongkai.Testing;

/// <summary>A clock stopped at one instant: tests say what "now" is instead of reading the machine's clock.</summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _now;

    public FixedTimeProvider(DateTimeOffset now) => _now = now;

    /// <summary>Noon, China Standard Time, on the given day.</summary>
    public static FixedTimeProvider At(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
