using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using ScarGuide.Bench.Corpus;
using ScarGuide.Cli.Preview;
using ScarGuide.Pipeline;

namespace ScarGuide.Bench.Preview;

/// <summary>
/// <c>serve N</c>: generates an N-article corpus in a temporary folder, serves it on loopback and
/// measures what an editor feels: edit → reload event (median, p90), a template edit's full re-render, and the
/// requests per second <c>wrk</c> gets for a page while an article is saved every 500 ms. Bounded in time; cleans up.
/// </summary>
internal static partial class ServeBenchmark
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string themeDirectory, int articles, int edits, TextWriter log, CancellationToken cancellation)
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-serve-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var generate = Stopwatch.StartNew();
            CorpusGenerator.Generate(Path.Combine(root, "input"), articles);
            // The site's theme folder, or (an installed tool run anywhere) a copy of the built-in theme to edit.
            if (Directory.Exists(themeDirectory)) CopyFolder(themeDirectory, Path.Combine(root, "theme"));
            else foreach (var file in ScarGuide.Templating.ThemeFiles.BuiltInOnly().Files) WriteFile(Path.Combine(root, "theme", file.RelativePath), file.ReadBytes());
            log.WriteLine($"corpus: {articles} articles generated in {generate.Elapsed.TotalSeconds:0.0} s ({Environment.ProcessorCount} cores)");

            var builds = Channel.CreateUnbounded<RebuildSummary>();
            var options = BuildOptions.ForRoot(root, DateTimeOffset.UtcNow);
            await using var server = await PreviewServer.StartAsync(options, TimeProvider.System, "127.0.0.1", 0, cancellation, b => builds.Writer.TryWrite(b));
            var first = await builds.Reader.ReadAsync(cancellation);
            log.WriteLine($"first build: {first.Elapsed.TotalMilliseconds:N0} ms, {first.PagesTotal:N0} pages, {(first.Succeeded ? "ok" : "FAILED")}");
            if (!first.Succeeded) return 1;

            using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
            await using var events = await EventStream.ConnectAsync(http, server.Url + "__scarguide/events", cancellation);

            var article = Directory.GetFiles(Path.Combine(root, "input", "articles"), "*.md").Order(StringComparer.Ordinal).First();
            var slug = Path.GetFileNameWithoutExtension(article);
            var page = $"blog/{slug}/";
            var original = await File.ReadAllTextAsync(article, cancellation);

            // --- article edits ---------------------------------------------------------------------------------
            var latencies = new List<double>();
            var rebuilds = new List<RebuildSummary>();
            const int warmup = 5;
            for (var i = 0; i < warmup + edits; i++)
            {
                var marker = $"Benchmark edit number {i}.";
                var (latency, build) = await TimeEditAsync(article, original + "\n" + marker + "\n", events, builds, cancellation);
                var html = await http.GetStringAsync(page, cancellation);
                if (!html.Contains(marker, StringComparison.Ordinal)) throw new InvalidOperationException($"edit {i} was not served");
                if (i >= warmup)
                {
                    latencies.Add(latency);
                    rebuilds.Add(build);
                }
                await Task.Delay(150, cancellation);
            }
            log.WriteLine($"article edit -> reload event: median {Percentile(latencies, 50):0.0} ms, p90 {Percentile(latencies, 90):0.0} ms, "
                + $"min {latencies.Min():0.0} ms over {edits} edits (quiet period {PreviewServer.DefaultQuietPeriod.TotalMilliseconds:0} ms included)");
            log.WriteLine($"  rebuild itself: median {Percentile(rebuilds.Select(b => b.Elapsed.TotalMilliseconds).ToList(), 50):0.0} ms, "
                + $"pages rendered median {Percentile(rebuilds.Select(b => (double)b.PagesRendered).ToList(), 50):0} of {first.PagesTotal:N0}");

            log.WriteLine("  steps (median ms): " + string.Join(", ", rebuilds[0].Steps.Select((step, i) =>
                $"{step.Name} {Percentile(rebuilds.Select(b => b.Steps[i].Elapsed.TotalMilliseconds).ToList(), 50):0.0}")));

            // --- template edits --------------------------------------------------------------------------------
            var partial = Directory.GetFiles(Path.Combine(root, "theme", "partials"), "footer.liquid").FirstOrDefault()
                ?? Directory.GetFiles(Path.Combine(root, "theme", "partials"), "*.liquid").Order(StringComparer.Ordinal).First();
            var partialText = await File.ReadAllTextAsync(partial, cancellation);
            var templateLatencies = new List<double>();
            var templateBuilds = new List<RebuildSummary>();
            for (var i = 0; i < 4; i++)
            {
                var (latency, build) = await TimeEditAsync(partial, partialText + $"<!-- benchmark {i} -->\n", events, builds, cancellation);
                if (i == 0) continue; // the first one compiles the template paths of every layout
                templateLatencies.Add(latency);
                templateBuilds.Add(build);
            }
            log.WriteLine($"template edit -> reload event: median {Percentile(templateLatencies, 50):0} ms "
                + $"(rebuild median {Percentile(templateBuilds.Select(b => b.Elapsed.TotalMilliseconds).ToList(), 50):0} ms, "
                + $"{templateBuilds[^1].PagesRendered:N0} of {templateBuilds[^1].PagesTotal:N0} pages rendered)");

            // --- stylesheet edits: swapped in open tabs by a css event, no reload ------------------------------
            var stylesheet = Directory.Exists(Path.Combine(root, "theme", "assets"))
                ? Directory.GetFiles(Path.Combine(root, "theme", "assets"), "*.css", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (stylesheet is not null)
            {
                var css = await File.ReadAllTextAsync(stylesheet, cancellation);
                var cssLatencies = new List<double>();
                for (var i = 0; i < 4; i++)
                {
                    var (latency, _) = await TimeEditAsync(stylesheet, css + $"\n.benchmark-{i} {{ color: #000; }}\n", events, builds, cancellation);
                    if (i > 0) cssLatencies.Add(latency);
                }
                log.WriteLine($"stylesheet edit -> css event: median {Percentile(cssLatencies, 50):0} ms (every page re-rendered: they link the new fingerprint)");
            }

            // --- requests per second while rebuilding -----------------------------------------------------------
            await RunWrkAsync(server.Url + page, article, original, builds, log, cancellation);
            return 0;
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
        }
    }

    private static async Task<(double Milliseconds, RebuildSummary Build)> TimeEditAsync(string file, string text, EventStream events,
        Channel<RebuildSummary> builds, CancellationToken cancellation)
    {
        while (builds.Reader.TryRead(out _)) { }
        events.Clear();
        var start = Stopwatch.GetTimestamp();
        await File.WriteAllTextAsync(file, text, cancellation);
        await events.NextAsync(EventTimeout, cancellation);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(EventTimeout);
        var build = await builds.Reader.ReadAsync(timeout.Token);
        return (elapsed, build);
    }

    private static async Task RunWrkAsync(string url, string article, string original, Channel<RebuildSummary> builds, TextWriter log,
        CancellationToken cancellation)
    {
        var wrk = FindOnPath("wrk");
        if (wrk is null)
        {
            log.WriteLine("wrk: not installed (apt-get install -y wrk); skipped the requests-per-second run");
            return;
        }

        while (builds.Reader.TryRead(out _)) { }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var touches = 0;
        var toucher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await File.WriteAllTextAsync(article, original + $"\nTouched {touches++} while serving.\n", CancellationToken.None);
                try { await Task.Delay(500, stop.Token); }
                catch (OperationCanceledException) { }
            }
        }, CancellationToken.None);

        var info = new ProcessStartInfo(wrk, ["-t2", "-c32", "-d10s", "--timeout", "5s", "--latency", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        await stop.CancelAsync();
        await toucher;

        var rebuilt = new List<RebuildSummary>();
        while (builds.Reader.TryRead(out var b)) rebuilt.Add(b);
        log.WriteLine($"wrk -t2 -c32 -d10s {url} while an article is saved every 500 ms ({touches} saves, {rebuilt.Count} rebuilds, "
            + $"rebuild median {Percentile(rebuilt.Select(b => b.Elapsed.TotalMilliseconds).ToList(), 50):0} ms):");
        foreach (var line in output.Split('\n').Where(l => l.Length > 0)) log.WriteLine("  " + line.TrimEnd());
        var rate = RequestsPerSecond().Match(output);
        if (rate.Success) log.WriteLine($"requests/second while rebuilding: {rate.Groups[1].Value}");
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    private static double Percentile(List<double> values, int percentile)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static void WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
