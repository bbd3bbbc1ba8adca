using System.Net;

namespace SiteGen.Serving;

/// <summary>
/// Whether a request's <c>Host</c> names this machine's loopback: <c>localhost</c>, a <c>*.localhost</c> name (which
/// browsers resolve to loopback themselves) or a loopback address. `serve` answers nothing else: a page on some other
/// site that makes its own name resolve to 127.0.0.1 (DNS rebinding) would otherwise read the served site.
/// </summary>
public static class LoopbackHost
{
    public static bool IsLoopback(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        var name = host.TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
