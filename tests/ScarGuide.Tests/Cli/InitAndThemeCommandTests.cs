using AngleSharp.Html.Parser;
using ScarGuide.Cli.Commands;
using ScarGuide.Templating;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Cli;

/// <summary><c>scarguide init</c> and <c>scarguide theme</c>: a new site from nothing, and overrides of the built-in theme.</summary>
[Collection("Console")]
public sealed class InitAndThemeCommandTests
{
    private static (int Exit, string Out, string Error) Run(string directory, params string[] args)
    {
        var (previousOut, previousError) = (Console.Out, Console.Error);
        var previousDir = Directory.GetCurrentDirectory();
        var (writer, errors) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(writer);
            Console.SetError(errors);
            Directory.SetCurrentDirectory(directory);
            var exit = CommandLine.Create().Parse(args).Invoke();
            return (exit, writer.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            Directory.SetCurrentDirectory(previousDir);
        }
    }

    private static string NewFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-init-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return root;
    }

    [Fact]
    public void Init_makes_a_site_that_passes_the_strict_check_and_builds_through_the_cli_process()
    {
        var parent = NewFolder();
        try
        {
            // One clock for init's dates and the checks after it, whatever day the suite runs on.
            var clock = TestSite.Clock;
            var (exit, output, _) = Run(parent, "init", "clinic", "--clock", clock);
            Assert.Equal(0, exit);
            var root = Path.Combine(parent, "clinic");
            foreach (var path in new[] { "input/site.yml", "input/authors.yml", "input/pages/about.md", "input/articles/caring-for-a-healing-scar.md",
                         ".github/workflows/check.yml", ".github/workflows/deploy.yml", ".config/dotnet-tools.json", ".gitignore", "README.md" })
            {
                Assert.True(File.Exists(Path.Combine(root, path)), path);
                Assert.Contains("  " + path, output);
            }
            Assert.False(Directory.Exists(Path.Combine(root, "theme")), "the site uses the built-in theme");
            Assert.Contains("# EDIT", File.ReadAllText(Path.Combine(root, "input", "site.yml")));
            Assert.Contains($"\"version\": \"{InitCommand.ToolVersion}\"", File.ReadAllText(Path.Combine(root, ".config", "dotnet-tools.json")));
            foreach (var workflow in new[] { "check.yml", "deploy.yml" })
            {
                var text = File.ReadAllText(Path.Combine(root, ".github", "workflows", workflow));
                Assert.Contains("dotnet tool restore", text);
                Assert.Contains("dotnet scarguide ", text);
                // Valid YAML; every job times out; every action is pinned to a version tag (as this repository's own).
                var yaml = new YamlDotNet.RepresentationModel.YamlStream();
                yaml.Load(new StringReader(text));
                var jobs = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
                Assert.All(jobs.Children.Values.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>(), job => Assert.True(job.Children.ContainsKey("timeout-minutes"), workflow));
                Assert.All(System.Text.RegularExpressions.Regex.Matches(text, @"uses: (\S+)").Select(m => m.Groups[1].Value), u => Assert.Matches(@"^[a-z-]+/[a-z-]+@v\d+$", u));
            }
            Assert.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", File.ReadAllText(Path.Combine(root, ".github", "workflows", "deploy.yml")));
            Assert.Contains("check --strict --format github", File.ReadAllText(Path.Combine(root, ".github", "workflows", "check.yml")));
            Assert.Contains("output/", File.ReadAllLines(Path.Combine(root, ".gitignore")));

            var check = CliProcess.Scarguide(root, "check", "--strict", "--clock", clock);
            Assert.True(check.Exit == 0, check.ToString());
            Assert.Contains("0 errors, 0 warnings", check.Out);
            var build = CliProcess.Scarguide(root, "build", "--clock", clock);
            Assert.True(build.Exit == 0, build.ToString());

            var parser = new HtmlParser();
            var article = parser.ParseDocument(File.ReadAllText(Path.Combine(root, "output", "blog", "caring-for-a-healing-scar", "index.html")));
            Assert.Equal("Caring for a Healing Scar: The First Months", article.QuerySelector("h1")?.TextContent.Trim());
            Assert.Contains("Sam Example", article.Body!.TextContent);
            Assert.Contains("consult a dermatologist", article.QuerySelector("main")!.TextContent);
            Assert.Equal(2, article.QuerySelectorAll("#faq details").Length);
            var about = parser.ParseDocument(File.ReadAllText(Path.Combine(root, "output", "about", "index.html")));
            Assert.NotNull(about.QuerySelector("main a[href$='/blog/caring-for-a-healing-scar/']"));
            var home = parser.ParseDocument(File.ReadAllText(Path.Combine(root, "output", "index.html")));
            Assert.NotNull(home.QuerySelector("link[rel=stylesheet][href*='assets/site.']"));
            Assert.True(File.Exists(Path.Combine(root, "output", "assets", "favicon.svg")), "built-in theme assets are copied");
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void The_article_init_writes_has_a_hero_image_with_alt_text_in_its_page_and_structured_data()
    {
        var root = NewFolder();
        try
        {
            Assert.Equal(0, Run(root, "init", "--clock", TestSite.Clock).Exit);
            var (exit, output, _) = Run(root, "build", "--clock", TestSite.Clock);
            Assert.True(exit == 0, output);

            var article = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "output", "blog", "caring-for-a-healing-scar", "index.html")));
            var graph = System.Text.Json.JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent)
                .RootElement.GetProperty("@graph").EnumerateArray();
            var posting = Assert.Single(graph, n => n.GetProperty("@type").GetString() == "BlogPosting");
            var image = Assert.Single(posting.GetProperty("image").EnumerateArray()).GetString();
            var hero = article.QuerySelector("main img[src$='images/healing-scar.svg']");

            Assert.EndsWith("/images/healing-scar.svg", image);
            Assert.NotNull(hero);
            Assert.False(string.IsNullOrWhiteSpace(hero.GetAttribute("alt")));
            Assert.True(File.Exists(Path.Combine(root, "output", "images", "healing-scar.svg")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Init_with_languages_writes_a_two_language_site_that_passes_the_strict_check()
    {
        var root = NewFolder();
        try
        {
            Assert.Equal(0, Run(root, "init", "--languages", "en,es", "--clock", TestSite.Clock).Exit);
            Assert.True(File.Exists(Path.Combine(root, "input/articles/caring-for-a-healing-scar.es.md")));
            Assert.True(File.Exists(Path.Combine(root, "input/pages/about.es.md")));
            Assert.False(Directory.Exists(Path.Combine(root, "languages")));
            var siteYml = File.ReadAllText(Path.Combine(root, "input/site.yml"));
            Assert.Contains("  - code: es\n    name: \"Español\"", siteYml);
            Assert.DoesNotContain("language: en\n", siteYml);
            var (exit, output, error) = Run(root, "check", "--strict", "--clock", TestSite.Clock);
            Assert.True(exit == 0, output + error);
            Assert.Equal(0, Run(root, "build", "--clock", TestSite.Clock).Exit);
            var article = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "output/es/blog/como-cuidar-una-cicatriz-nueva/index.html")));
            Assert.Equal("es", article.DocumentElement.GetAttribute("lang"));
            Assert.Equal(3, article.QuerySelectorAll("link[hreflang]").Length);
            Assert.NotNull(article.QuerySelector("main img[src$='images/healing-scar.svg']"));

            // Without --languages, a site in one language as before: no Spanish files.
            var single = NewFolder();
            Assert.Equal(0, Run(single, "init", "--clock", TestSite.Clock).Exit);
            Assert.False(File.Exists(Path.Combine(single, "input/articles/caring-for-a-healing-scar.es.md")));
            Directory.Delete(single, recursive: true);

            Assert.Equal(1, Run(NewFolder(), "init", "--languages", "en,e s").Exit);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        var root = NewFolder();
        try
        {
            File.WriteAllText(Path.Combine(root, "notes.txt"), "mine");
            var (exit, _, error) = Run(root, "init");
            Assert.Equal(1, exit);
            Assert.Contains("is not empty", error);
            Assert.Contains("--force", error);
            Assert.False(File.Exists(Path.Combine(root, "input", "site.yml")));

            Assert.Equal(0, Run(root, "init", "--force").Exit);
            Assert.True(File.Exists(Path.Combine(root, "input", "site.yml")));
            Assert.Equal("mine", File.ReadAllText(Path.Combine(root, "notes.txt")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Theme_eject_copies_built_in_files_into_theme_and_the_copy_then_wins()
    {
        using var site = TestSite.Write("");
        var (exit, output, _) = Run(site.Root, "theme", "eject", "partials/footer.liquid", "theme/assets/css");
        Assert.Equal(0, exit);
        var copied = Directory.EnumerateFiles(Path.Combine(site.Root, "theme"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site.Root, "theme"), f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ThemeFiles.BuiltInPaths.Where(p => p == "partials/footer.liquid" || p.StartsWith("assets/css/", StringComparison.Ordinal)), copied);
        Assert.Equal(File.ReadAllBytes(RepoRoot.Combine("theme", "partials", "footer.liquid")), File.ReadAllBytes(Path.Combine(site.Root, "theme", "partials", "footer.liquid")));
        Assert.Contains("Copied theme/partials/footer.liquid", output);

        // An edited copy is kept unless --force, and it overrides the built-in file in the next build.
        File.WriteAllText(Path.Combine(site.Root, "theme", "partials", "footer.liquid"), "<footer class=\"mine\">{{ site.title }}</footer>");
        (exit, output, _) = Run(site.Root, "theme", "eject", "partials/footer.liquid");
        Assert.Equal(0, exit);
        Assert.Contains("Kept theme/partials/footer.liquid", output);
        Assert.Contains("class=\"mine\"", File.ReadAllText(Path.Combine(site.Root, "theme", "partials", "footer.liquid")));
        site.WriteFile("input/articles/a.md", Articles.Md("A", "Text.\n"));
        Assert.Equal(0, Run(site.Root, "build").Exit);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Root, "output", "index.html")));
        Assert.Equal("Test Clinic", home.QuerySelector("footer.mine")?.TextContent);
        Assert.NotNull(home.QuerySelector("header"));

        var listed = Run(site.Root, "theme", "list").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ThemeFiles.BuiltInPaths.Count, listed.Length);
        Assert.Contains("partials/footer.liquid  (overridden by theme/partials/footer.liquid)", listed);
        Assert.Contains("layouts/base.liquid", listed);
    }

    [Fact]
    public void Theme_eject_names_the_list_command_for_an_unknown_file()
    {
        using var site = TestSite.Write("");
        var (exit, _, error) = Run(site.Root, "theme", "eject", "partials/fotter.liquid");
        Assert.Equal(1, exit);
        Assert.Contains("no file or folder 'partials/fotter.liquid'", error);
        Assert.Contains("scarguide theme list", error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
    }
}
