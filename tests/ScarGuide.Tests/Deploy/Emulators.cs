using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ScarGuide.Tests.Deploy;

/// <summary>
/// A storage emulator from the npm registry (Azurite, s3rver), found through an environment variable naming its bin
/// script or in the cache folder .ci/run installs into (<c>~/.cache/scarguide/emulators</c>), started on a free
/// loopback port with a data folder of its own, and stopped (with its folder) when disposed.
/// </summary>
internal sealed class Emulator : IDisposable
{
    private readonly Process _process;
    private readonly string _data;

    public int Port { get; }

    private Emulator(Process process, string data, int port) => (_process, _data, Port) = (process, data, port);

    /// <summary>The installed bin script of <paramref name="name"/> (<c>azurite-blob</c>, <c>s3rver</c>), or null.</summary>
    public static string? Find(string name, string variable)
    {
        var fromEnv = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(fromEnv)) return File.Exists(fromEnv) ? fromEnv : null;
        var cached = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "scarguide", "emulators", "node_modules", ".bin", name);
        return File.Exists(cached) && Node is not null ? cached : null;
    }

    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "node")).FirstOrDefault(File.Exists);

    public static string? Azurite => Find("azurite-blob", "SCARGUIDE_AZURITE");

    public static string? S3rver => Find("s3rver", "SCARGUIDE_S3RVER");

    /// <summary>Starts the script under node with these arguments; <c>{port}</c> and <c>{data}</c> are filled in.</summary>
    public static Emulator Start(string script, params string[] args) => StartWith(null, script, args);

    /// <summary>The same, with <c>NODE_OPTIONS</c> for the emulator's node.</summary>
    public static Emulator StartWith(string? nodeOptions, string script, params string[] args)
    {
        var data = Path.Combine(Path.GetTempPath(), "scarguide-emulator-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(data);
        var port = FreePort();
        var start = new ProcessStartInfo(Node ?? "node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data };
        if (nodeOptions is not null) start.Environment["NODE_OPTIONS"] = nodeOptions;
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg.Replace("{port}", port.ToString()).Replace("{data}", data));
        var process = Process.Start(start)!;
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null && said.Count < 50) said.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null && said.Count < 50) said.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var emulator = new Emulator(process, data, port);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited) break;
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return emulator;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        var exited = process.HasExited ? $" (it exited with {process.ExitCode})" : "";
        emulator.Dispose();
        throw new InvalidOperationException($"{Path.GetFileName(script)} did not listen on 127.0.0.1:{port} within 30 s{exited}:\n{string.Join('\n', said)}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A fact that needs s3rver; skipped only when it is not installed (.ci/run installs it).</summary>
public sealed class S3rverFactAttribute : FactAttribute
{
    public S3rverFactAttribute()
    {
        if (Emulator.S3rver is null)
            Skip = "s3rver was not found: install it with `npm install s3rver` into ~/.cache/scarguide/emulators, or set SCARGUIDE_S3RVER to its bin script (.ci/run does this); node must be on PATH.";
    }
}

/// <summary>A fact that needs Azurite; skipped only when it is not installed (.ci/run installs it).</summary>
public sealed class AzuriteFactAttribute : FactAttribute
{
    public AzuriteFactAttribute()
    {
        if (Emulator.Azurite is null)
            Skip = "Azurite was not found: install it with `npm install azurite` into ~/.cache/scarguide/emulators, or set SCARGUIDE_AZURITE to its azurite-blob script (.ci/run does this); node must be on PATH.";
    }
}

/// <summary>One s3rver for a test class: loopback only, its own data folder, the fixed S3RVER/S3RVER key pair.</summary>
public sealed class S3rverFixture : IDisposable
{
    public const string Key = "S3RVER";
    private Emulator? _emulator;

    // s3rver's continuation tokens (listings of more than 1,000 objects) use DES, which OpenSSL 3 keeps in its legacy provider.
    public int Port => (_emulator ??= Emulator.StartWith("--openssl-legacy-provider", Emulator.S3rver!, "-d", "{data}", "-a", "127.0.0.1", "-p", "{port}", "--silent")).Port;

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public void Dispose() => _emulator?.Dispose();
}

/// <summary>One Azurite (blob service only) for a test class: loopback only, its own data folder, no telemetry.</summary>
public sealed class AzuriteFixture : IDisposable
{
    /// <summary>Azurite's well-known development account key (public, in Microsoft's documentation).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private Emulator? _emulator;

    public int Port => (_emulator ??= Emulator.Start(Emulator.Azurite!, "--blobHost", "127.0.0.1", "--blobPort", "{port}", "--location", "{data}",
        "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose")).Port;

    public string ConnectionString(string key = AccountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public void Dispose() => _emulator?.Dispose();
}
