using System.CommandLine;
using System.Diagnostics;
using ScarGuide.Diagnostics;
using ScarGuide.Import;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>scarguide import wordpress|jekyll|hugo SOURCE --output DIR</c>: a complete site (init's files plus the imported
/// articles, pages, people and images) and <c>DIR/import-report.md</c>, which lists what needs an editor, including
/// what <c>check</c> says about the new site.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Bring an existing site in: WordPress (an export file), Jekyll or Hugo (a site folder).");
        command.Subcommands.Add(Source("wordpress", "EXPORT.xml", "A WordPress export (Tools › Export, WXR) into a new site", uploads: true));
        command.Subcommands.Add(Source("jekyll", "SOURCE", "A Jekyll site folder (_config.yml, _posts/, pages) into a new site", uploads: false));
        command.Subcommands.Add(Source("hugo", "SOURCE", "A Hugo site folder (config, content/) into a new site", uploads: false));
        return command;
    }

    private static Command Source(string name, string argument, string description, bool uploads)
    {
        var source = new Argument<string>(argument.ToLowerInvariant()) { Description = name == "wordpress" ? "The export file" : "The site folder" };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the new site (new or empty, unless --merge)", Required = true };
        var merge = new Option<bool>("--merge") { Description = "Add to the site in --output; never replaces a file (conflicts go to the report)" };
        var uploadsOption = new Option<string?>("--uploads") { Description = "A copy of the old site's wp-content/uploads folder, to copy images from" };
        var clock = new ClockOption();
        var command = new Command(name, description);
        command.Arguments.Add(source);
        command.Options.Add(output);
        if (uploads) command.Options.Add(uploadsOption);
        command.Options.Add(merge);
        command.Options.Add(clock.Option);
        command.SetAction(result => Run(name, result.GetValue(source)!, result.GetValue(output)!, uploads ? result.GetValue(uploadsOption) : null,
            result.GetValue(merge), clock.Read(result).GetUtcNow()));
        return command;
    }

    internal static int Run(string kind, string source, string output, string? uploads, bool merge, DateTimeOffset now)
    {
        var timer = Stopwatch.StartNew();
        var root = Path.GetFullPath(output);
        var shownSource = source.Replace('\\', '/');
        if (kind == "wordpress" ? !File.Exists(source) : !Directory.Exists(source))
        {
            Console.Error.WriteLine($"error: {shownSource} does not exist" + (kind == "wordpress" ? " (name the export file from Tools › Export)." : " (name the site's folder)."));
            return 1;
        }
        if (uploads is not null && !Directory.Exists(uploads))
        {
            Console.Error.WriteLine($"error: --uploads {uploads} is not a folder.");
            Console.Error.WriteLine("  fix: copy the old site's wp-content/uploads folder here and name it, or leave --uploads out.");
            return 1;
        }
        if (!merge && Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            Console.Error.WriteLine($"error: {output} is not empty, and an import writes a whole new site.");
            Console.Error.WriteLine("  fix: name a new or empty folder, or pass --merge to add to the site there (no file is replaced).");
            return 1;
        }
        var progress = Progress();
        ImportResult import;
        try
        {
            import = kind switch
            {
                "wordpress" => new WordPressImporter(uploads, progress).Read(source, Path.GetFileName(source)),
                "jekyll" => new JekyllImporter(progress).Read(source, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(source)))),
                _ => new HugoImporter(progress).Read(source, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(source)))),
            };
            if (!Console.IsOutputRedirected) Console.Out.Write("\r" + new string(' ', 40) + "\r");
            SiteWriter.Write(import, InitCommand.ScaffoldTexts(), root, merge);
        }
        catch (ImportException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }

        // What check says about the new site goes into the report, per file.
        var build = SiteBuilder.Build(BuildOptions.ForRoot(root, now) with { BuiltInTheme = true }, new NullOutput());
        var checks = build.Diagnostics.GroupBy(d => d.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => $"{(d.IsError ? "error" : "warning")} ({d.Code}): {d.Message}").Distinct().ToList(), StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(root, "import-report.md"), import.Report.Render(checks), new System.Text.UTF8Encoding(false));

        var articles = import.Items.Count(i => i.Kind == ImportedKind.Article);
        Console.Out.WriteLine($"Imported {articles} article{(articles == 1 ? "" : "s")} ({import.Items.Count(i => i.Kind == ImportedKind.Article && i.Draft)} drafts), "
            + $"{import.Items.Count - articles} page{(import.Items.Count - articles == 1 ? "" : "s")}, {import.People.Count} people and {import.Files.Count} images into {Shown(root)}/ in {timer.Elapsed.TotalSeconds:0.0} s.");
        Console.Out.WriteLine($"check: {build.ErrorCount} error{(build.ErrorCount == 1 ? "" : "s")}, {build.WarningCount} warning{(build.WarningCount == 1 ? "" : "s")}. Read {Shown(root)}/import-report.md for what needs an editor.");
        return 0;
    }

    /// <summary>A progress line on a terminal for large sources; nothing when output goes to a file or a test.</summary>
    private static Action<int, int>? Progress()
    {
        if (Console.IsOutputRedirected) return null;
        var last = Stopwatch.StartNew();
        return (done, total) =>
        {
            if (total < 200 || (done != total && last.ElapsedMilliseconds < 200)) return;
            last.Restart();
            Console.Out.Write($"\r  converting {done}/{total}…");
        };
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path.Replace('\\', '/') : relative;
    }
}
