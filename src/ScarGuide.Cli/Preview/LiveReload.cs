using System.Net;
using System.Text;
using System.Threading.Channels;
using ScarGuide.Diagnostics;

namespace ScarGuide.Cli.Preview;

/// <summary>
/// Server-sent events to every open preview tab: <c>reload</c> after a rebuild, <c>css</c> (data: the new stylesheet
/// href) when only CSS changed. Each tab has its own small queue; a tab too slow to read drops old events.
/// </summary>
internal sealed class LiveReload
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    public int ClientCount
    {
        get { lock (_lock) return _clients.Count; }
    }

    /// <summary>Registers a tab; its channel completes when the server stops.</summary>
    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock) _clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_lock) _clients.Remove(channel);
    }

    public void Reload(int build) => Send(Event("reload", build.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public void Css(string href) => Send(Event("css", href));

    /// <summary>A comment line that keeps idle connections (and proxies) from timing out.</summary>
    public void Ping() => Send(": ping\n\n");

    public void Close()
    {
        lock (_lock)
        {
            foreach (var client in _clients) client.Writer.TryComplete();
            _clients.Clear();
        }
    }

    private void Send(string message)
    {
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    private static string Event(string name, string data) => $"event: {name}\ndata: {data.Replace("\n", "", StringComparison.Ordinal)}\n\n";

    /// <summary>
    /// The script every preview page loads. It finds the events URL next to itself, reloads on <c>reload</c>,
    /// and on <c>css</c> points the page's stylesheet links at the new fingerprinted file without reloading.
    /// </summary>
    public const string Script = """
        (function () {
          "use strict";
          var here = document.currentScript && document.currentScript.src;
          if (!here || !window.EventSource) return;
          var events = new EventSource(new URL("events", here).href);
          events.addEventListener("reload", function () { location.reload(); });
          // The bundle's name is stem.hash.css: swap the link whose stem matches, keep the page and its scroll position.
          var stem = function (href) { var path = new URL(href, location.href).pathname; return path.slice(0, path.indexOf(".", path.lastIndexOf("/"))); };
          events.addEventListener("css", function (e) {
            var links = document.querySelectorAll("link[rel=stylesheet]");
            for (var i = 0; i < links.length; i++) {
              if (stem(links[i].href) === stem(e.data)) links[i].href = e.data;
            }
          });
        })();

        """;

    /// <summary>Styles the error overlay; a file, not inline, because the pages' CSP allows only 'self' styles.</summary>
    public const string OverlayCss = """
        .scarguide-error{position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;margin:0;padding:2rem;
          background:rgba(24,24,27,.94);color:#fafafa;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        .scarguide-error h1{margin:0 0 1rem;font-size:1.25rem;color:#fca5a5}
        .scarguide-error ol{margin:0;padding-left:1.5rem}
        .scarguide-error li{margin:0 0 .75rem}
        .scarguide-error .where{color:#fde68a}
        .scarguide-error .fix{display:block;color:#a5b4fc}
        .scarguide-error p{color:#d4d4d8}

        """;

    /// <summary>The overlay listing the failed build's errors as <c>file:line: message</c>; everything is HTML-escaped.</summary>
    public static string Overlay(IReadOnlyList<Diagnostic> errors, string basePath)
    {
        var html = new StringBuilder();
        html.Append("<link rel=\"stylesheet\" href=\"").Append(basePath).Append(RequestTarget.InternalPrefix).Append("overlay.css\">");
        html.Append("<section class=\"scarguide-error\" role=\"alert\" id=\"scarguide-error\"><h1>The last change broke the build (")
            .Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors").Append(')').Append("</h1><ol>");
        foreach (var d in errors.Take(100))
        {
            var where = d.Line > 0 ? $"{d.File}:{d.Line}" : d.File;
            html.Append("<li><span class=\"where\">").Append(WebUtility.HtmlEncode(where)).Append("</span>: ")
                .Append(WebUtility.HtmlEncode(d.Message));
            if (d.Fix is not null) html.Append("<span class=\"fix\">").Append(WebUtility.HtmlEncode(d.Fix)).Append("</span>");
            html.Append("</li>");
        }
        html.Append("</ol><p>The page below is the last good build. This message goes away when the next build succeeds.</p></section>");
        return html.ToString();
    }

    /// <summary>A whole page for when no build has succeeded yet, so there is no page to lay the overlay over.</summary>
    public static string ErrorPage(IReadOnlyList<Diagnostic> errors, string basePath) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed | ScarGuide preview</title>\n</head>\n<body>\n"
        + Overlay(errors, basePath) + "\n</body>\n</html>\n";
}
