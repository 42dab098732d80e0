namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The platform's limits against guessing and oversized requests, all in one place, read from the <c>Gongkai:</c>
/// settings with these defaults (listed in the README).
/// </summary>
public sealed record PlatformLimits
{
    /// <summary>Failed verifications (查询码 with the phone's last four digits) of one code before it is refused.</summary>
    public int TrackingFailuresPerCode { get; init; } = 5;

    /// <summary>Failed tracking look-ups from one client address before it is refused.</summary>
    public int TrackingFailuresPerAddress { get; init; } = 20;

    /// <summary>The period failed look-ups are counted over.</summary>
    public TimeSpan TrackingWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins from one client address before each further attempt must wait.</summary>
    public int SignInFreeFailures { get; init; } = 5;

    /// <summary>The period failed sign-ins are counted over.</summary>
    public TimeSpan SignInWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait between attempts from one address (the wait doubles from one second per failure).</summary>
    public TimeSpan SignInMaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A JSON body of the portal's API.</summary>
    public const long PortalApiBodyBytes = 256 * 1024;

    /// <summary>
    /// The apply form with its attachment: well above the attachment's 5 MB, so that a file too large is read and
    /// refused with the form kept as typed.
    /// </summary>
    public const long ApplyFormBytes = 50L * 1024 * 1024;

    /// <summary>Any other request (Kestrel's default), unless the endpoint sets its own.</summary>
    public const long DefaultBodyBytes = 30_000_000;

    public static PlatformLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new PlatformLimits();
        var limits = new PlatformLimits
        {
            TrackingFailuresPerCode = configuration.GetValue("Gongkai:TrackingFailuresPerCode", defaults.TrackingFailuresPerCode),
            TrackingFailuresPerAddress = configuration.GetValue("Gongkai:TrackingFailuresPerAddress", defaults.TrackingFailuresPerAddress),
            TrackingWindow = TimeSpan.FromMinutes(configuration.GetValue("Gongkai:TrackingWindowMinutes", defaults.TrackingWindow.TotalMinutes)),
            SignInFreeFailures = configuration.GetValue("Gongkai:SignInFreeFailures", defaults.SignInFreeFailures),
            SignInWindow = TimeSpan.FromMinutes(configuration.GetValue("Gongkai:SignInWindowMinutes", defaults.SignInWindow.TotalMinutes)),
            SignInMaxDelay = TimeSpan.FromSeconds(configuration.GetValue("Gongkai:SignInMaxDelaySeconds", defaults.SignInMaxDelay.TotalSeconds)),
        };
        return limits.TrackingFailuresPerCode < 1 || limits.TrackingFailuresPerAddress < 1 || limits.SignInFreeFailures < 1
            || limits.TrackingWindow <= TimeSpan.Zero || limits.SignInWindow <= TimeSpan.Zero || limits.SignInMaxDelay < TimeSpan.Zero
            ? throw new InvalidOperationException("The Gongkai: tracking and sign-in limits must be positive.")
            : limits;
    }
}
