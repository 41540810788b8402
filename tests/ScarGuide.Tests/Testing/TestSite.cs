using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScarGuide.Bench.Corpus;
using ScarGuide.Diagnostics;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Tests.Testing;

/// <summary>
/// A tiny site written inline, Hugo-style: <c>-- input/articles/x.md --</c> headers followed by the file's text.
/// Files not given get defaults (site.yml, authors.yml); the theme is the real one unless the test brings its own.
/// The site is built into memory with a fixed "now", and pages are queried as AngleSharp documents.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="Now"/> as a <c>--clock</c> value, for commands run through the CLI.</summary>
    public static readonly string Clock = Now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public const string DefaultSiteYml = """
        title: "Test Clinic"
        description: "A tiny site used by the tests, with enough words to be a description."
        base_url: "https://example.org/"
        posts_per_page: 10
        organization:
          name: "Test Clinic"
          logo: /images/logo.svg
        """;

    /// <summary>A site in English (the default) and Spanish, otherwise as small as the default one.</summary>
    public const string TwoLanguageSiteYml = """
        title: "Test Clinic"
        description: "A tiny site used by the tests, with enough words to be a description."
        base_url: "https://example.org/"
        languages:
          - code: en
            name: "English"
          - code: es
            name: "Español"
        """;

    public const string DefaultAuthorsYml = """
        jane:
          name: "Jane Doe"
          credentials: "MSc"
          job_title: "Health writer"
          bio: "Jane writes about skin health."
        dr-lee:
          name: "Ana Lee"
          credentials: "MD, FAAD"
          job_title: "Board-certified dermatologist"
          bio: "Dr Lee reviews every article."
        """;

    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public string Root { get; }
    public BuildResult Result { get; private set; } = null!;
    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>();
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    private TestSite(string root) => Root = root;

    /// <summary>Writes the files and builds. <paramref name="configure"/> may change options (base URL, drafts, serial...).</summary>
    public static TestSite Build(string files, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var site = Write(files);
        site.Rebuild(configure);
        return site;
    }

    /// <summary>A site whose input/ is a generated benchmark corpus of <paramref name="articles"/> articles (not built yet).</summary>
    public static TestSite Generated(int articles, int seed = CorpusGenerator.DefaultSeed)
    {
        var site = Write("");
        CorpusGenerator.Generate(Path.Combine(site.Root, "input"), articles, seed);
        return site;
    }

    /// <summary>SHA-256 of every file of the last build, by path: equal dictionaries mean byte-identical sites.</summary>
    public Dictionary<string, string> FileHashes() => Hashes(Files);

    public static Dictionary<string, string> Hashes(IReadOnlyDictionary<string, byte[]> files) =>
        files.ToDictionary(f => f.Key, f => Convert.ToHexString(SHA256.HashData(f.Value)));

    /// <summary>Writes the files without building (for tests that build several ways).</summary>
    public static TestSite Write(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        var parsed = Parse(files);
        if (!parsed.ContainsKey("input/site.yml")) parsed["input/site.yml"] = DefaultSiteYml;
        if (!parsed.ContainsKey("input/authors.yml")) parsed["input/authors.yml"] = DefaultAuthorsYml;
        foreach (var (path, text) in parsed) site.WriteFile(path, text);
        return site;
    }

    public void WriteFile(string path, string text) => WriteFile(Root, path, text);

    public void WriteBytes(string path, byte[] bytes) => WriteBytes(Root, path, bytes);

    /// <summary>Writes a file under <paramref name="root"/> (UTF-8 without a byte-order mark), making its folders.</summary>
    public static void WriteFile(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public static void WriteBytes(string root, string path, byte[] bytes)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildOptions Options(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = BuildOptions.ForRoot(Root, Now);
        if (!Directory.Exists(Path.Combine(Root, "theme"))) options = options with { ThemeDirectory = RepoRoot.Combine("theme") };
        return configure is null ? options : configure(options);
    }

    public TestSite Rebuild(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var output = new MemoryOutput();
        Result = SiteBuilder.Build(Options(configure), output);
        Files = output.Files;
        _documents.Clear();
        return this;
    }

    private static Dictionary<string, string> Parse(string text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var sb = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                if (current is not null) files[current] = sb.ToString();
                current = trimmed[3..^3].Trim();
                sb.Clear();
                continue;
            }
            if (current is not null) sb.Append(line).Append('\n');
        }
        if (current is not null) files[current] = sb.ToString();
        return files;
    }

    public bool Has(string path) => Files.ContainsKey(path);

    /// <summary>
    /// Builds with <paramref name="memory"/> (as the preview does) and without it, and asserts the same files, bytes and
    /// diagnostics: a build with memory must write exactly what a full build writes.
    /// </summary>
    public BuildResult BuildWithMemoryAndCompare(BuildMemory memory, bool serial = false)
    {
        var cachedOutput = new MemoryOutput();
        var options = Options(o => o with { Parallel = !serial });
        var cached = SiteBuilder.Build(options, cachedOutput, memory);
        var fullOutput = new MemoryOutput();
        var full = SiteBuilder.Build(options, fullOutput);

        Assert.Equal(full.Diagnostics, cached.Diagnostics);
        Assert.Equal(fullOutput.Files.Keys.Order(StringComparer.Ordinal), cachedOutput.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in fullOutput.Files)
        {
            if (!bytes.AsSpan().SequenceEqual(cachedOutput.Files[path]))
                Assert.Fail($"{path} differs from a full build.\n--- full\n{Encoding.UTF8.GetString(bytes)}\n--- incremental\n{Encoding.UTF8.GetString(cachedOutput.Files[path])}");
        }
        return cached;
    }

    /// <summary>Changes a file of the site in place; the change must change it.</summary>
    public void Edit(string path, Func<string, string> change)
    {
        var full = Path.Combine(Root, path);
        var before = File.ReadAllText(full);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(full, after);
    }

    public string Text(string path) =>
        Files.TryGetValue(path, out var bytes)
            ? Encoding.UTF8.GetString(bytes)
            : throw new Xunit.Sdk.XunitException($"No output file {path}. Files: {string.Join(", ", Files.Keys.Order().Take(40))}\nDiagnostics:\n{string.Join("\n", Diagnostics)}");

    /// <summary>The page at <paramref name="path"/> (e.g. <c>blog/x/index.html</c>) as a DOM.</summary>
    public IDocument Html(string path)
    {
        if (!_documents.TryGetValue(path, out var doc)) _documents[path] = doc = Parser.ParseDocument(Text(path));
        return doc;
    }

    /// <summary>The nodes of the JSON-LD graph of a page with the given <c>@type</c>.</summary>
    public IReadOnlyList<JsonElement> JsonLd(string path, string type)
    {
        var scripts = Html(path).QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        var root = JsonDocument.Parse(scripts[0].TextContent).RootElement;
        return root.GetProperty("@graph").EnumerateArray()
            .Where(n => n.TryGetProperty("@type", out var t) && t.GetString() == type).ToList();
    }

    public JsonElement JsonLdOne(string path, string type)
    {
        var nodes = JsonLd(path, type);
        Assert.True(nodes.Count == 1, $"Expected one {type} in {path}, found {nodes.Count}");
        return nodes[0];
    }

    public XDocument Xml(string path) => XDocument.Parse(Text(path));

    /// <summary>Asserts the build has no errors, showing them if it has.</summary>
    public TestSite AssertNoErrors()
    {
        Assert.True(!Errors.Any(), "Unexpected errors:\n" + string.Join("\n", Errors));
        return this;
    }

    public Diagnostic Single(string code)
    {
        var matches = Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"Expected one '{code}' diagnostic, found {matches.Count}:\n{string.Join("\n", Diagnostics)}");
        return matches[0];
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
