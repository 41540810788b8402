using System.CommandLine;
using System.Globalization;
using System.Reflection;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>scarguide init [DIR]</c>: a new site that builds and passes <c>check --strict</c> at once: settings with
/// placeholders marked EDIT, one author and one reviewer, a sample article, an About page, GitHub workflows that
/// check pull requests and deploy to Pages with the tool pinned in a local tool manifest, a .gitignore and a
/// README for editors. The files are in <c>Scaffold/</c> (embedded); the theme is the built-in one.
/// </summary>
internal static class InitCommand
{
    private const string ResourcePrefix = "ScarGuide.Scaffold/";

    public static Command Create()
    {
        var directory = new Argument<string>("directory") { Description = "Folder for the new site (created if missing; default: the current folder)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty, replacing files of the same name" };
        var languages = new Option<string?>("--languages") { Description = "The site's languages, the default first, e.g. en,es (a sample translation comes with Spanish)" };
        var deploy = new Option<string>("--deploy")
        {
            Description = "Where the deploy workflow publishes: pages (GitHub Pages), s3 (S3 and CloudFront) or azure (Azure Storage), both with OIDC sign-in",
            DefaultValueFactory = _ => "pages",
        };
        deploy.AcceptOnlyFromAmong("pages", "s3", "azure");
        var clock = new ClockOption();
        var command = new Command("init", "Create a new site: input/, GitHub workflows, a local tool manifest and a README.");
        command.Arguments.Add(directory);
        command.Options.Add(force);
        command.Options.Add(languages);
        command.Options.Add(deploy);
        command.Options.Add(clock.Option);
        command.SetAction(result => Run(result.GetValue(directory) ?? ".", result.GetValue(force), clock.Read(result).GetUtcNow(), result.GetValue(languages), result.GetValue(deploy) ?? "pages"));
        return command;
    }

    /// <summary>The tool's own version (what the local tool manifest pins), without any source-control suffix.</summary>
    public static string ToolVersion
    {
        get
        {
            var informational = typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational[..plus];
        }
    }

    /// <summary>The files <c>init</c> writes, by their path in the new site, sorted.</summary>
    public static IReadOnlyList<string> Paths => Resources([], "pages").Select(r => r.SitePath).ToList();

    private const string LanguageFolder = "languages/";

    /// <summary>Files that replace the Pages workflow for another host (<c>deploy/s3/…</c>, <c>deploy/azure/…</c>).</summary>
    private const string DeployFolder = "deploy/";

    /// <summary><c>deploy:</c> with one target for <c>scarguide deploy</c>, which the s3 and azure workflows run.</summary>
    private static string WithDeployTarget(string siteYml, string host) => siteYml + host switch
    {
        "s3" => """
            deploy:                                                          # `scarguide deploy` uploads only what changed (docs/deploy.md)
              targets:
                - name: production
                  url: "s3://your-bucket?region=us-east-1"                   # EDIT: the bucket (and any /prefix) and its region

            """,
        "azure" => """
            deploy:                                                          # `scarguide deploy` uploads only what changed (docs/deploy.md)
              targets:
                - name: production
                  url: "azblob://$web"                                       # EDIT: the container ($web serves a static website) and any /prefix

            """,
        _ => "",
    };

    /// <summary>
    /// <c>languages:</c> in place of <c>language: en</c>: each code with its name in its own language. The first is the
    /// default; a language other than English gets the navigation in its words where the scaffold has them.
    /// </summary>
    private static string WithLanguages(string siteYml, IReadOnlyList<string> codes)
    {
        var block = new System.Text.StringBuilder("languages:                                                      # the first is the default; the others live under /<code>/\n");
        foreach (var code in codes)
        {
            block.Append("  - code: ").Append(code).Append('\n');
            if (ScarGuide.Translation.LanguageCodes.BaseOf(code) is "ar" or "he" or "fa" or "ur") block.Append("    direction: rtl\n");
            block.Append("    name: \"").Append(NativeName(code)).Append("\"\n");
            if (string.Equals(ScarGuide.Translation.LanguageCodes.BaseOf(code), "es", StringComparison.OrdinalIgnoreCase) && code != codes[0])
                block.Append("""
                        navigation:
                          - title: "Inicio"
                            url: "/"
                          - title: "Artículos"
                            url: "/blog/"
                          - title: "Acerca de"
                            url: "/acerca-de/"

                    """);
        }
        return siteYml.Replace("language: en\n", block.ToString(), StringComparison.Ordinal);
    }

    // The tool runs with invariant globalization (no ICU), so CultureInfo knows no language names: the common ones
    // are listed here, and any other code stands for itself until the site names it.
    private static readonly Dictionary<string, string> NativeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Español", ["fr"] = "Français", ["de"] = "Deutsch", ["pt"] = "Português", ["it"] = "Italiano",
        ["nl"] = "Nederlands", ["pl"] = "Polski", ["ar"] = "العربية", ["he"] = "עברית", ["zh"] = "中文", ["ja"] = "日本語",
        ["ko"] = "한국어", ["ru"] = "Русский", ["uk"] = "Українська", ["tr"] = "Türkçe", ["vi"] = "Tiếng Việt", ["hi"] = "हिन्दी",
    };

    private static string NativeName(string code) => NativeNames.GetValueOrDefault(ScarGuide.Translation.LanguageCodes.BaseOf(code)) ?? code;

    internal static int Run(string directory, bool force, DateTimeOffset now, string? languageList = null, string host = "pages")
    {
        var codes = (languageList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (codes.FirstOrDefault(c => !ScarGuide.Translation.LanguageCodes.IsValid(c)) is { } bad
            || codes.Count != codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() && (bad = "(a code given twice)") is not null)
        {
            Console.Error.WriteLine($"error: --languages: '{bad}' is not a list of language codes.");
            Console.Error.WriteLine("  fix: list BCP 47 codes, the default first, e.g. `--languages en,es`.");
            return 1;
        }
        var root = Path.GetFullPath(directory);
        if (File.Exists(root))
        {
            Console.Error.WriteLine($"error: {directory} is a file, not a folder.");
            Console.Error.WriteLine("  fix: name a new or empty folder, e.g. `scarguide init my-site`.");
            return 1;
        }
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !force)
        {
            Console.Error.WriteLine($"error: {Shown(root)} is not empty, and init would mix a new site into what is there.");
            Console.Error.WriteLine("  fix: name a new or empty folder (`scarguide init my-site`), or pass --force to write anyway (files of the same name are replaced).");
            return 1;
        }

        var date = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (resource, sitePath) in Resources(codes.Skip(1), host))
        {
            var target = Path.Combine(root, sitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            // Placeholders: today's date (so the sample review is current), the tool version to pin, the site title.
            var text = reader.ReadToEnd()
                .Replace("@@DATE@@", date, StringComparison.Ordinal)
                .Replace("@@VERSION@@", ToolVersion, StringComparison.Ordinal)
                .Replace("@@TITLE@@", "Your Clinic", StringComparison.Ordinal);
            if (sitePath == "input/site.yml" && codes.Count > 1) text = WithLanguages(text, codes);
            if (sitePath == "input/site.yml") text = WithDeployTarget(text, host);
            File.WriteAllText(target, text);
            Console.Out.WriteLine($"  {sitePath}");
        }
        var shown = Shown(root);
        Console.Out.WriteLine($"Created a new site in {shown}/. Next:");
        if (shown != ".") Console.Out.WriteLine($"  cd {shown}");
        Console.Out.WriteLine("  edit every line marked EDIT in input/site.yml and the people in input/authors.yml");
        Console.Out.WriteLine("  scarguide serve --open     (a live preview)");
        Console.Out.WriteLine("  scarguide build            (the site in output/)");
        return 0;
    }

    /// <summary>
    /// The files of a one-language site as <c>init</c> writes them, by site path, with the tool version filled in and
    /// <c>@@DATE@@</c>/<c>@@TITLE@@</c> left for the caller (<c>import</c>, which dates them from the source).
    /// </summary>
    internal static SortedDictionary<string, string> ScaffoldTexts()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (resource, sitePath) in Resources([], "pages"))
        {
            using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files[sitePath] = reader.ReadToEnd().Replace("@@VERSION@@", ToolVersion, StringComparison.Ordinal);
        }
        return files;
    }

    // Resource names keep the scaffold's paths; "_github/" and "_config/" and "_gitignore" stand for the dot-names
    // that build tools tend to skip.
    /// <summary>
    /// The scaffold's files, with the sample translations (<c>languages/es/…</c>) of the <paramref name="translations"/>
    /// asked for, and the <paramref name="host"/>'s workflow in place of the Pages one.
    /// </summary>
    private static IEnumerable<(string Resource, string SitePath)> Resources(IEnumerable<string> translations, string host)
    {
        var folders = translations.Select(c => LanguageFolder + ScarGuide.Translation.LanguageCodes.BaseOf(c).ToLowerInvariant() + "/").ToList();
        var hostFolder = DeployFolder + host + "/";
        var all = typeof(InitCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n =>
            {
                var path = n[ResourcePrefix.Length..].Replace('\\', '/');
                if (path.StartsWith('_')) path = "." + path[1..];
                return (Resource: n, SitePath: path);
            })
            .Where(r => !r.SitePath.StartsWith(LanguageFolder, StringComparison.Ordinal) || folders.Any(f => r.SitePath.StartsWith(f, StringComparison.Ordinal)))
            .Where(r => !r.SitePath.StartsWith(DeployFolder, StringComparison.Ordinal) || r.SitePath.StartsWith(hostFolder, StringComparison.Ordinal))
            .Select(r => r.SitePath.StartsWith(LanguageFolder, StringComparison.Ordinal) || r.SitePath.StartsWith(DeployFolder, StringComparison.Ordinal)
                ? (r.Resource, r.SitePath[(r.SitePath.IndexOf('/', r.SitePath.IndexOf('/') + 1) + 1)..]) : r)
            .Select(r => r.Item2.StartsWith('_') ? (r.Resource, "." + r.Item2[1..]) : r)
            .ToList();
        // A host's file replaces the scaffold's file of the same path (its deploy workflow replaces the Pages one).
        var replaced = all.Where(r => r.Resource.StartsWith(ResourcePrefix + hostFolder, StringComparison.Ordinal)).Select(r => r.Item2).ToHashSet(StringComparer.Ordinal);
        return all.Where(r => !replaced.Contains(r.Item2) || r.Resource.StartsWith(ResourcePrefix + hostFolder, StringComparison.Ordinal))
            .OrderBy(r => r.Item2, StringComparer.Ordinal);
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path.Replace('\\', '/') : relative;
    }
}
