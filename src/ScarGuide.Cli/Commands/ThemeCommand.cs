using System.CommandLine;
using ScarGuide.Templating;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>scarguide theme list</c> and <c>scarguide theme eject [file…]</c>: the built-in theme's files, and copies of them
/// in the site's <c>theme/</c> folder to start an override (a copied file replaces the built-in one).
/// </summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var command = new Command("theme", "Show the built-in theme's files or copy them into theme/ to change them.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Eject());
        return command;
    }

    private static Option<string> FolderOption() =>
        new("--theme") { Description = "The site's theme folder, whose files override the built-in ones", DefaultValueFactory = _ => "theme" };

    private static Command List()
    {
        var folder = FolderOption();
        var command = new Command("list", "List the built-in theme's files; those the site's theme/ overrides are marked.");
        command.Options.Add(folder);
        command.SetAction(result =>
        {
            var root = result.GetValue(folder)!;
            foreach (var path in ThemeFiles.BuiltInPaths)
            {
                var overridden = File.Exists(Path.Combine(root, path));
                Console.Out.WriteLine(overridden ? $"{path}  (overridden by {Shown(Path.Combine(root, path))})" : path);
            }
            return 0;
        });
        return command;
    }

    private static Command Eject()
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Built-in files or folders to copy, e.g. partials/footer.liquid or assets/css (none: the whole theme)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var folder = FolderOption();
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist in the theme folder" };
        var command = new Command("eject", "Copy built-in theme files into theme/, where editing them overrides the built-in ones.");
        command.Arguments.Add(files);
        command.Options.Add(folder);
        command.Options.Add(force);
        command.SetAction(result => Run(result.GetValue(files) ?? [], result.GetValue(folder)!, result.GetValue(force)));
        return command;
    }

    /// <summary>Copies the named built-in files (or all) under <paramref name="root"/>; returns the exit code.</summary>
    internal static int Run(IReadOnlyList<string> requested, string root, bool force)
    {
        var chosen = new List<string>();
        foreach (var raw in requested)
        {
            // Accept what a user may type: "theme/partials/footer.liquid", "partials\footer.liquid", "partials/".
            var name = raw.Replace('\\', '/').Trim('/');
            if (name.StartsWith("theme/", StringComparison.Ordinal)) name = name["theme/".Length..];
            var matches = ThemeFiles.BuiltInPaths.Where(p => p == name || p.StartsWith(name + "/", StringComparison.Ordinal)).ToList();
            if (matches.Count == 0)
            {
                Console.Error.WriteLine($"error: the built-in theme has no file or folder '{raw}'.");
                Console.Error.WriteLine("  fix: run `scarguide theme list` for its files, e.g. partials/footer.liquid, layouts/article.liquid or assets/css.");
                return 1;
            }
            chosen.AddRange(matches);
        }
        if (requested.Count == 0) chosen.AddRange(ThemeFiles.BuiltInPaths);

        var copied = 0;
        var kept = new List<string>();
        foreach (var path in chosen.Distinct(StringComparer.Ordinal))
        {
            var target = Path.Combine(root, path);
            if (File.Exists(target) && !force)
            {
                kept.Add(Shown(target));
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllBytes(target, ThemeFiles.BuiltInOnly().Find(path)!.ReadBytes());
            Console.Out.WriteLine($"Copied {Shown(target)}");
            copied++;
        }
        foreach (var path in kept)
            Console.Out.WriteLine($"Kept {path}: it already exists (pass --force to replace it with the built-in file).");
        Console.Out.WriteLine(copied == 0
            ? "Nothing copied."
            : $"{copied} file{(copied == 1 ? "" : "s")} copied. Edit them: each file in {Shown(root)}/ replaces the built-in file at the same path.");
        return 0;
    }

    private static string Shown(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path)).Replace('\\', '/');
}
