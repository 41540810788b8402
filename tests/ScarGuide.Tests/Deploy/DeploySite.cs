using ScarGuide.Cli.Preview;
using ScarGuide.Deploy;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Deploy;

/// <summary>A small built site with a photo, written to an output folder as `scarguide build` would, to deploy from.</summary>
internal sealed class DeploySite : IDisposable
{
    private readonly TestSite _site;

    public string Output => Path.Combine(_site.Root, "output");

    public IReadOnlyDictionary<string, byte[]> Files => _site.Files;

    private readonly bool _compress;

    private DeploySite(TestSite site, bool compress) => (_site, _compress) = (site, compress);

    /// <param name="compress">Build as <c>build --compress</c> does, with <c>.br</c> and <c>.gz</c> copies.</param>
    public static DeploySite Build(bool compress = false)
    {
        var site = TestSite.Write($"""
            -- input/articles/healing-scars.md --
            {Articles.Md("Healing scars", "How a scar heals, week by week.\n", "image: /images/hero.jpg", "image_alt: \"A healed scar on a forearm\"", "tags: [\"healing\"]")}
            -- input/articles/acne-scars.md --
            {Articles.Md("Acne scars", "Rolling, boxcar and ice-pick scars.\n", "tags: [\"acne\"]")}
            -- input/articles/keloids.md --
            {Articles.Md("Keloids", "Raised scars that grow past the wound.\n", "tags: [\"keloid\"]")}
            """);
        site.WriteBytes("input/images/hero.jpg", TestImages.Jpeg(900, 600));
        site.WriteFile("input/images/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>\n");
        var deploy = new DeploySite(site, compress);
        deploy.Rebuild();
        return deploy;
    }

    public void Edit(string path, Func<string, string> change) => _site.WriteFile(path, change(File.ReadAllText(Path.Combine(_site.Root, path))));

    public void Remove(string path) => File.Delete(Path.Combine(_site.Root, path));

    /// <summary>Builds again and replaces the output folder with the result.</summary>
    public void Rebuild()
    {
        _site.Rebuild(_compress ? o => o with { Compress = true } : null).AssertNoErrors();
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        foreach (var (path, bytes) in _site.Files)
        {
            var full = Path.Combine(Output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>What a deploy of the output folder uploads: every file but the other hosts' own, with its MD5.</summary>
    public Dictionary<string, string> Expected() =>
        LocalSite.Read(Output, ContentTypes.For).ToDictionary(f => f.Key, f => f.Md5);

    public void Dispose() => _site.Dispose();
}

/// <summary>A store in memory, for plan tests; can fail after a number of uploads, as a network failure half-way would.</summary>
internal sealed class MemoryStore : IRemoteStore
{
    private readonly Dictionary<string, (byte[] Bytes, string Md5, ObjectHeaders Headers)> _objects = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _uploads;

    public int? FailAfterUploads { get; set; }

    public List<string> Log { get; } = [];

    public string Description => "memory://site/";

    public IReadOnlyDictionary<string, (byte[] Bytes, string Md5, ObjectHeaders Headers)> Objects => _objects;

    public Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancel)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<RemoteObject>>([.. _objects.Select(o => new RemoteObject(o.Key, o.Value.Bytes.Length, o.Value.Md5))]);
    }

    public Task UploadAsync(string key, byte[] content, string md5, ObjectHeaders headers, CancellationToken cancel)
    {
        lock (_lock)
        {
            if (FailAfterUploads is { } limit && _uploads >= limit) throw new DeployException("memory://site/ could not be reached (the test cut the network).");
            _uploads++;
            _objects[key] = (content, md5, headers);
            Log.Add("put " + key);
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancel)
    {
        lock (_lock)
            foreach (var key in keys)
            {
                _objects.Remove(key);
                Log.Add("delete " + key);
            }
        return Task.CompletedTask;
    }
}
