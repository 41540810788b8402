using System.Net;
using System.Net.Sockets;

namespace ScarGuide.Tests.Browser;

/// <summary>
/// Serves a built site from memory on a loopback port under a sub-path (<c>/scarguide/</c>), the way GitHub Pages
/// serves a project site: <c>index.html</c> for folders, a redirect for folders asked without their slash, and the
/// site's own <c>404.html</c> (status 404) for anything else. Every request is recorded.
/// </summary>
internal sealed class StaticSiteServer : IDisposable
{
    private readonly IReadOnlyDictionary<string, byte[]> _files;
    private readonly string _basePath;
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public StaticSiteServer(IReadOnlyDictionary<string, byte[]> files, int port, string basePath)
    {
        _files = files;
        _basePath = basePath;
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    /// <summary>Paths of every request served, with their status, in order (for diagnosing failures).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Path, int Status)> Log { get; } = new();

    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            var (status, key, location) = Resolve(path);
            Log.Enqueue((path, status));
            response.StatusCode = status;
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (location is not null)
            {
                response.RedirectLocation = location;
                response.ContentLength64 = 0;
                return;
            }
            var body = key is not null && _files.TryGetValue(key, out var bytes) ? bytes : [];
            // The preview server's table: pages are served with the types the site is served with.
            response.ContentType = ScarGuide.Cli.Preview.ContentTypes.For(key ?? "index.html");
            response.ContentLength64 = body.Length;
            if (!string.Equals(context.Request.HttpMethod, "HEAD", StringComparison.OrdinalIgnoreCase))
                response.OutputStream.Write(body);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response (navigation, test finished): nothing to do.
        }
        finally
        {
            try { response.Close(); } catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException) { }
        }
    }

    /// <summary>Maps a request path to (status, file key, redirect location).</summary>
    private (int Status, string? Key, string? Location) Resolve(string path)
    {
        if (path + "/" == _basePath) return (301, null, _basePath);
        if (path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            var relative = path[_basePath.Length..];
            if (relative.Contains("..", StringComparison.Ordinal)) return (400, null, null);
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                if (_files.ContainsKey(relative + "index.html")) return (200, relative + "index.html", null);
            }
            else if (_files.ContainsKey(relative))
            {
                return (200, relative, null);
            }
            else if (_files.ContainsKey(relative + "/index.html"))
            {
                return (301, null, _basePath + relative + "/");
            }
        }
        return (404, _files.ContainsKey("404.html") ? "404.html" : null, null);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Stop(); } catch (ObjectDisposedException) { }
        _listener.Close();
        try { _loop?.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
