using System.Net;

namespace ScarGuide.Cli.Preview;

/// <summary>
/// The names the preview answers to. A page on any web site can make a visitor's browser ask its own name, which the
/// attacker's DNS then points at 127.0.0.1 (DNS rebinding); the request reaches the preview with that foreign name in
/// its Host header and the browser lets the page read the answer. Answering only loopback names and the address
/// <c>serve --host</c> named closes that door.
/// </summary>
internal sealed class AllowedHosts
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    private readonly string[] _names;
    private readonly bool _anyAddress;

    /// <param name="listenHost">What <c>--host</c> said (<c>127.0.0.1</c> by default).</param>
    public AllowedHosts(string listenHost)
    {
        var named = Normalize(listenHost);
        _names = Loopback.Contains(named, StringComparer.OrdinalIgnoreCase) ? Loopback : [.. Loopback, named];
        // Listening on every address (0.0.0.0, ::) means other devices reach the preview by this computer's addresses,
        // which serve cannot list. An address is safe to accept: a rebinding attack always arrives with a name.
        _anyAddress = IPAddress.TryParse(listenHost.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any));
    }

    /// <summary>The names that are always allowed and the one <c>--host</c> added, for the refusal's message.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Whether a request whose Host header is <paramref name="hostHeader"/> (with or without a port) may be answered.</summary>
    public bool Allows(string? hostHeader)
    {
        var host = WithoutPort(hostHeader ?? "");
        if (host.Length == 0) return false;
        if (_names.Contains(host, StringComparer.OrdinalIgnoreCase)) return true;
        return _anyAddress && IPAddress.TryParse(host.Trim('[', ']'), out _) && (host.StartsWith('[') || !host.Contains(':'));
    }

    private static string WithoutPort(string host)
    {
        host = host.Trim();
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']');
            return end < 0 ? "" : host[..(end + 1)];
        }
        var colon = host.IndexOf(':');
        return colon < 0 ? host : host[..colon];
    }

    /// <summary>An IPv6 address as it appears in a Host header, in brackets; names and IPv4 addresses as they are.</summary>
    private static string Normalize(string listenHost) =>
        listenHost.Contains(':') && !listenHost.StartsWith('[') ? $"[{listenHost}]" : listenHost;
}
