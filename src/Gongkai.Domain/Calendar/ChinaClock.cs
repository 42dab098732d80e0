namespace Gongkai.Domain.Calendar;

/// <summary>Today's date in China Standard Time (UTC+8, no daylight saving), read from an injected clock.</summary>
public static class ChinaClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
