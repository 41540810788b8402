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
        var clock = new ClockOption();
        var command = new Command("init", "Create a new site: input/, GitHub workflows, a local tool manifest and a README.");
        command.Arguments.Add(directory);
        command.Options.Add(force);
        command.Options.Add(clock.Option);
        command.SetAction(result => Run(result.GetValue(directory) ?? ".", result.GetValue(force), clock.Read(result).GetUtcNow()));
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
    public static IReadOnlyList<string> Paths => Resources().Select(r => r.SitePath).ToList();

    internal static int Run(string directory, bool force, DateTimeOffset now)
    {
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
        foreach (var (resource, sitePath) in Resources())
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

    // Resource names keep the scaffold's paths; "_github/" and "_config/" and "_gitignore" stand for the dot-names
    // that build tools tend to skip.
    private static IEnumerable<(string Resource, string SitePath)> Resources() =>
        typeof(InitCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n =>
            {
                var path = n[ResourcePrefix.Length..].Replace('\\', '/');
                if (path.StartsWith('_')) path = "." + path[1..];
                return (n, path);
            })
            .OrderBy(r => r.Item2, StringComparer.Ordinal);

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path.Replace('\\', '/') : relative;
    }
}
