using System.Threading.Channels;

namespace ScarGuide.Bench.Preview;

/// <summary>A minimal server-sent events reader: queues each event's name and data as it arrives.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly Channel<(string Name, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpResponseMessage _response;
    private readonly Task _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = Task.Run(() => ReadAsync(body));
    }

    public static async Task<EventStream> ConnectAsync(HttpClient http, string url, CancellationToken cancellation)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellation);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync(cancellation);
        var stream = new EventStream(response, body);
        // The server writes a comment as soon as the tab is registered; after it no event can be missed.
        await stream._connected.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
        return stream;
    }

    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Drops events received so far.</summary>
    public void Clear()
    {
        while (_events.Reader.TryRead(out _)) { }
    }

    /// <summary>The next event, or a TimeoutException.</summary>
    public async Task<(string Name, string Data)> NextAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            return await _events.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"No live-reload event within {timeout.TotalSeconds:0} s.");
        }
    }

    private async Task ReadAsync(Stream body)
    {
        using var reader = new StreamReader(body);
        string? name = null;
        var data = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(':')) _connected.TrySetResult();
                else if (line.StartsWith("event:", StringComparison.Ordinal)) name = line[6..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Add(line[5..].TrimStart());
                else if (line.Length == 0 && (name is not null || data.Count > 0))
                {
                    _events.Writer.TryWrite((name ?? "message", string.Join('\n', data)));
                    name = null;
                    data.Clear();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try { await _reader; }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException) { }
        _stop.Dispose();
    }
}
