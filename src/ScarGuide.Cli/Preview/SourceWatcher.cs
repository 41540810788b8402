using System.Threading.Channels;

namespace ScarGuide.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and reports changed paths in batches: a batch closes after a quiet period
/// with no further events (editors save in bursts: truncate, write, rename), or after at most a second of
/// continuous events so a stream of saves still rebuilds.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    /// <summary>Reported when the watcher lost events (its buffer overflowed): everything may have changed.</summary>
    public const string Everything = "*";

    private static readonly TimeSpan MaxBatch = TimeSpan.FromSeconds(1);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeSpan _quiet;
    private readonly List<string> _problems = [];

    public SourceWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _quiet = quiet;
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Post(e.OldFullPath);
                Post(e.FullPath);
            };
            watcher.Error += (_, _) => _events.Writer.TryWrite(Everything);
            try
            {
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (IOException ex)
            {
                // Typically the system's limit on inotify instances; the preview still serves, without rebuilding.
                watcher.Dispose();
                _problems.Add($"cannot watch {folder} for changes: {ex.Message}");
            }
        }
    }

    /// <summary>Folders that could not be watched, and why.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Waits for the next batch of changed full paths (or <see cref="Everything"/>).</summary>
    public async Task<IReadOnlySet<string>> NextBatchAsync(CancellationToken cancellation)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _events.Reader.ReadAsync(cancellation) };
        // Elapsed time, not the wall clock: a clock change (NTP, a faked clock) must not end or stretch a batch.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < MaxBatch)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(_quiet);
            try
            {
                batch.Add(await _events.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                break;
            }
        }
        while (_events.Reader.TryRead(out var more)) batch.Add(more);
        return batch;
    }

    // Dot-files (editor swap files, .git) are never read by the build, so they never start one.
    private void Post(string path)
    {
        if (!Path.GetFileName(path).StartsWith('.')) _events.Writer.TryWrite(path);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _events.Writer.TryComplete();
    }
}
