using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The citizen's address, which the submission, tracking and sign-in limits are keyed on. Behind a reverse proxy
/// the connecting address is the proxy's, so <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are honoured, but
/// only from the proxies and networks listed in <c>Gongkai:KnownProxies</c> (addresses or CIDR networks, separated by
/// commas or semicolons); from anyone else they are ignored, so a client cannot choose its own address.
/// </summary>
internal static class ClientAddress
{
    public const string KnownProxiesSetting = "Gongkai:KnownProxies";

    /// <summary>The address a limit counts: after the forwarded headers are applied, the client's.</summary>
    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : "unknown";
    }

    /// <summary>The forwarded-headers options for the configured proxies; none trusted when the setting is empty.</summary>
    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.ForwardLimit = 1;
        foreach (var entry in (configuration[KnownProxiesSetting] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            }
            else
            {
                options.KnownProxies.Add(IPAddress.Parse(entry));
            }
        }
    }

    /// <summary>Whether any proxy is configured: without one, the forwarded headers are not read at all.</summary>
    public static bool AnyProxy(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration?[KnownProxiesSetting]);
}
