using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScarGuide.Diagnostics;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Import;

/// <summary>
/// A source written from inline text (<c>-- path --</c> sections, as in <see cref="TestSite"/>), imported through the
/// real command line into <c>site/</c>, then built with the library into memory and queried with AngleSharp.
/// </summary>
internal sealed class ImportRun : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public string Root { get; }
    public string Site => Path.Combine(Root, "site");
    public int Exit { get; private set; }
    public string Out { get; private set; } = "";
    public string Err { get; private set; } = "";
    public BuildResult Build { get; private set; } = null!;
    public IReadOnlyDictionary<string, byte[]> Files { get; private set; } = new Dictionary<string, byte[]>();

    private ImportRun(string root) => Root = root;

    /// <summary>Writes <paramref name="files"/> under a new folder (nothing is imported yet).</summary>
    public static ImportRun Write(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-import-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var run = new ImportRun(root);
        string? current = null;
        var sb = new StringBuilder();
        void Flush()
        {
            if (current is null) return;
            run.WriteFile(current, sb.ToString());
            sb.Clear();
        }
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            var t = line.Trim();
            if (t.StartsWith("-- ", StringComparison.Ordinal) && t.EndsWith(" --", StringComparison.Ordinal) && t.Length > 6)
            {
                Flush();
                current = t[3..^3].Trim();
                continue;
            }
            if (current is not null) sb.Append(line).Append('\n');
        }
        Flush();
        return run;
    }

    public void WriteFile(string path, string text) => TestSite.WriteFile(Root, path, text);

    public void WriteBytes(string path, byte[] bytes) => TestSite.WriteBytes(Root, path, bytes);

    /// <summary>Runs <c>scarguide import …</c> from the folder, with the tests' clock.</summary>
    public ImportRun Import(params string[] args)
    {
        (Exit, Out, Err) = Testing.Cli.Run(Root, ["import", .. args, "--clock", TestSite.Clock]);
        return this;
    }

    /// <summary>Asserts the import succeeded, then builds the site it wrote.</summary>
    public ImportRun Built()
    {
        Assert.True(Exit == 0, $"import failed ({Exit}):\n{Err}\n{Out}");
        var output = new MemoryOutput();
        Build = SiteBuilder.Build(BuildOptions.ForRoot(Site, TestSite.Now) with { BuiltInTheme = true }, output);
        Files = output.Files;
        var errors = Build.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, "The imported site has errors:\n" + string.Join("\n", errors));
        return this;
    }

    public IReadOnlyList<Diagnostic> Diagnostics => Build.Diagnostics;

    public bool Has(string path) => Files.ContainsKey(path);

    public string Html(string path) =>
        Files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes)
            : throw new Xunit.Sdk.XunitException($"No output file {path}. Files: {string.Join(", ", Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Order().Take(60))}");

    public IDocument Page(string path) => Parser.ParseDocument(Html(path));

    /// <summary>A file the import wrote (<c>input/articles/x.md</c>, <c>import-report.md</c>).</summary>
    public string Written(string path) => File.ReadAllText(Path.Combine(Site, path));

    public string Report => Written("import-report.md");

    /// <summary>SHA-256 of every file under the site folder, by relative path.</summary>
    public Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
