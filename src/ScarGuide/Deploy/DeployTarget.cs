using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;

namespace ScarGuide.Deploy;

/// <summary>
/// Where a site is deployed: a name and a URL (<c>s3://bucket/prefix?region=…&amp;endpoint=…&amp;path_style=true</c> or
/// <c>azblob://container/prefix?account=…</c>), from <c>deploy: { targets: [...] }</c> in site.yml or the command line.
/// </summary>
/// <param name="Compressed">What to do with <c>build --compress</c>'s <c>.br</c>/<c>.gz</c> files (<c>compressed: skip | br | gzip</c>).</param>
/// <param name="MaxDeletes">The target's own <c>max_deletes</c>, when set; <c>--max-deletes</c> wins over it.</param>
public sealed record DeployTarget(string Name, string Url, CompressedFiles Compressed = CompressedFiles.Skip, int? MaxDeletes = null)
{
    /// <summary><c>s3</c> or <c>azblob</c>.</summary>
    public string Scheme => Parse().Scheme;

    /// <summary>The URL's parts: scheme, bucket or container, prefix (ending in '/' unless empty) and query settings.</summary>
    public TargetAddress Parse() => TargetAddress.Parse(Url);

    /// <summary>Reads <c>deploy:</c> from site.yml: <c>targets:</c>, each with <c>name</c>, <c>url</c>, <c>compressed</c>, <c>max_deletes</c>.</summary>
    internal static IReadOnlyList<DeployTarget> ReadAll(YamlValues deploy)
    {
        foreach (var key in deploy.Keys().Where(k => k != "targets"))
            deploy.Diagnostics.Warning("unknown-key", deploy.File, deploy.LineOfKey(key), 1,
                $"'deploy.{key}' is not a setting ScarGuide knows.", "`deploy:` has `targets:`, a list of `- name: …` with `url: …`.");
        var targets = new List<DeployTarget>();
        foreach (var item in deploy.MapList("targets", "- name: production  url: \"s3://my-bucket?region=eu-west-1\""))
        {
            var line = item.LineOf(item.Map);
            foreach (var key in item.Keys().Where(k => k is not ("name" or "url" or "compressed" or "max_deletes")))
                item.Diagnostics.Warning("unknown-key", item.File, item.LineOfKey(key), 1,
                    $"'{key}' is not a deploy target setting ScarGuide knows.", "A target has name, url, compressed and max_deletes.");
            var name = item.String("name");
            var url = item.String("url");
            string? problem = name is null || url is null ? "A deploy target needs a 'name' and a 'url'." : TargetAddress.Problem(url);
            var compressed = item.String("compressed") switch
            {
                null or "skip" => CompressedFiles.Skip,
                "br" => CompressedFiles.Brotli,
                "gzip" => CompressedFiles.Gzip,
                _ => (CompressedFiles?)null,
            };
            if (compressed is null) problem ??= $"'compressed' must be skip, br or gzip, got '{item.String("compressed")}'.";
            if (problem is not null)
            {
                item.Diagnostics.Error("deploy-target", item.File, line, 1, problem,
                    "Write `- name: production` with `url: \"s3://BUCKET/PREFIX?region=REGION\"` or `url: \"azblob://CONTAINER/PREFIX\"`.");
                continue;
            }
            targets.Add(new DeployTarget(name!, url!, compressed!.Value, item.Int("max_deletes", 0, int.MaxValue)));
        }
        return targets;
    }
}

/// <summary>A target URL taken apart.</summary>
public sealed record TargetAddress(string Scheme, string Container, string Prefix, IReadOnlyDictionary<string, string> Settings)
{
    public string? Setting(string name) => Settings.TryGetValue(name, out var value) ? value : null;

    /// <summary>Why this is not a target URL, or null.</summary>
    public static string? Problem(string url)
    {
        try { Parse(url); return null; }
        catch (DeployException e) { return e.Message; }
    }

    public static TargetAddress Parse(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd < 0 ? "" : url[..schemeEnd];
        if (scheme is not ("s3" or "azblob"))
            throw new DeployException($"'{url}' is not a deploy target: use s3://BUCKET[/PREFIX]?region=… or azblob://CONTAINER[/PREFIX], or the name of a target in site.yml.");
        var rest = url[(schemeEnd + 3)..];
        var query = "";
        if (rest.IndexOf('?') is var q and >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);
        var slash = rest.IndexOf('/');
        var container = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        if (container.Length == 0)
            throw new DeployException($"'{url}' names no {(scheme == "s3" ? "bucket" : "container")}: write {scheme}://NAME[/PREFIX].");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            settings[key] = eq < 0 ? "true" : Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return new TargetAddress(scheme, container, prefix.Length == 0 ? "" : prefix + "/", settings);
    }
}
