namespace ScarGuide.Assets;

/// <summary>Fingerprinted theme assets: logical name (<c>css</c>, <c>search</c>) to site path (<c>assets/site.3fa9c2d1.css</c>).</summary>
public sealed class AssetManifest(IReadOnlyDictionary<string, string> paths)
{
    public static readonly AssetManifest Empty = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Paths => paths;

    public string? this[string name] => paths.TryGetValue(name, out var p) ? p : null;
}
