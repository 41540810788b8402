using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using ScarGuide.Cli.Preview;

namespace ScarGuide.Cli.Commands;

/// <summary><c>scarguide serve</c>: builds into memory, serves on loopback, rebuilds on change and reloads open tabs.</summary>
internal static partial class ExtraCommands
{
    static partial void AddServe(List<Command> commands)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on, and the one name besides localhost the preview answers to; anything but loopback exposes the preview to the network", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the preview in the default browser" };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535.");
        });

        var command = new Command("serve", "Preview the site: build into memory, serve it locally, rebuild and reload on every change.");
        site.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(open);
        command.SetAction(async (result, cancellation) =>
        {
            var clock = site.Clock.Read(result);
            var options = site.Read(result, clock);
            var address = result.GetValue(host)!;
            if (!IsLoopback(address))
                Console.WriteLine($"warning: listening on {address}: anyone who can reach this computer can read the preview.");

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, clock, address, result.GetValue(port), cancellation, build => Print(build, clock));
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"error: cannot listen on {address}:{result.GetValue(port)}: {ex.Message} Try another --port.");
                return 1;
            }
            catch (OperationCanceledException)
            {
                return 0;
            }

            await using (server)
            {
                foreach (var problem in server.WatchProblems) Console.WriteLine($"warning: {problem}; restart serve to see changes.");
                Console.WriteLine($"Serving {server.Url} (Ctrl+C to stop)");
                if (result.GetValue(open)) OpenBrowser(server.Url);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                }
                Console.WriteLine("Stopping the preview.");
            }
            return 0;
        });
        commands.Add(command);
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    private static void Print(RebuildSummary build, TimeProvider clock)
    {
        var time = clock.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var what = build.Build == 1 ? "Built" : build.Changed.Count == 0 ? "Rebuilt" : $"{Describe(build.Changed)} changed: rebuilt";
        if (build.Succeeded)
        {
            var pages = build.PagesRendered == build.PagesTotal ? $"all {build.PagesTotal:N0} pages rendered" : $"{build.PagesRendered:N0} of {build.PagesTotal:N0} pages rendered";
            Console.WriteLine($"[{time}] {what} in {build.Elapsed.TotalMilliseconds:N0} ms: {pages}, "
                + $"{build.BodiesRendered:N0} Markdown {(build.BodiesRendered == 1 ? "file" : "files")} rendered, {build.Warnings:N0} warnings.");
            return;
        }
        Console.WriteLine($"[{time}] {what} in {build.Elapsed.TotalMilliseconds:N0} ms: FAILED with {build.Errors.Count} {(build.Errors.Count == 1 ? "error" : "errors")}; still serving the last good build.");
        foreach (var error in build.Errors.Take(20)) Console.WriteLine("  " + error);
    }

    private static string Describe(IReadOnlyList<string> changed) =>
        changed.Count == 1 ? changed[0] : $"{changed[0]} and {changed.Count - 1} more";

    private static void OpenBrowser(string url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Console.WriteLine($"Could not open a browser ({ex.Message}); open {url} yourself.");
        }
    }
}
