using System.Text.Json;
using ScarGuide.Cli.Commands;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Cli;

/// <summary>Runs the real command tree in-process, capturing what it prints.</summary>
[Collection("Console")]
public sealed class CliTests
{
    private static (int Exit, string Out) Run(string directory, params string[] args)
    {
        var previousOut = Console.Out;
        var previousDir = Directory.GetCurrentDirectory();
        var writer = new StringWriter();
        try
        {
            Console.SetOut(writer);
            Directory.SetCurrentDirectory(directory);
            var exit = CommandLine.Create().Parse(args).Invoke();
            return (exit, writer.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Directory.SetCurrentDirectory(previousDir);
        }
    }

    private static TestSite BrokenSite() => TestSite.Write($"""
        -- theme/layouts/base.liquid --
        x
        -- input/articles/a.md --
        {Md("A, with: commas", "Text.\n", "date: next week")}
        -- input/articles/b.md --
        {Md("B", "Text.\n", "descripton: \"typo\"")}
        """);

    [Fact]
    public void Check_in_github_format_prints_workflow_commands_and_fails_on_errors()
    {
        using var site = BrokenSite();
        var (exit, output) = Run(site.Root, "check", "--format", "github", "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("::error file=input/articles/a.md,line=4,col=7,title=wrong-type::'date' must be a date", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::warning file=input/articles/b.md,line=9,col=1,title=unknown-key::", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.StartsWith("::")), l => Assert.Matches(@"^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[a-z0-9-]+::.+$", l));
    }

    [Fact]
    public void Check_in_json_format_lists_every_diagnostic()
    {
        using var site = BrokenSite();
        var (exit, output) = Run(site.Root, "check", "--format", "json", "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(1, exit);
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("code").GetString() == "wrong-type" && i.GetProperty("line").GetInt32() == 4);
        Assert.Contains(items, i => i.GetProperty("severity").GetString() == "warning");
    }

    [Fact]
    public void Strict_check_fails_on_warnings_only()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("A", "Text.\n", "descripton: \"typo\"")}");
        Assert.Equal(0, Run(site.Root, "check", "--theme", RepoRoot.Combine("theme")).Exit);
        var (exit, output) = Run(site.Root, "check", "--strict", "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(1, exit);
        Assert.Contains("input/articles/a.md:9:1: warning: 'descripton'", output);
    }

    [Fact]
    public void Build_writes_the_site_and_exits_non_zero_on_errors()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        var (exit, output) = Run(site.Root, "build", "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(0, exit);
        Assert.Contains("1 article", output);
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "blog", "a", "index.html")));

        site.WriteFile("input/articles/a.md", Md("A", "Text.\n", "title:"));
        var (failed, message) = Run(site.Root, "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(1, failed);
        Assert.Contains("input/articles/a.md:1:1: error: The required field 'title'", message);
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "blog", "a", "index.html")), "previous output must survive");
    }

    [Fact]
    public void Build_timings_list_every_step_with_its_allocations_and_the_runtime_costs()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        var (exit, output) = Run(site.Root, "build", "--theme", RepoRoot.Combine("theme"), "--timings");
        Assert.Equal(0, exit);
        var steps = output.Split('\n').Where(l => l.StartsWith("step ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ScarGuide.Pipeline.SiteBuilder.Steps().Count, steps.Count);
        Assert.All(steps, l => Assert.Matches(@"^step [a-z ]+ \d+\.\d ms \d+\.\d MiB allocated$", l));
        Assert.Matches(@"(?m)^runtime jit \d+ methods \d+\.\d ms$", output);
        Assert.Matches(@"(?m)^runtime gc \d+ collections \d+\.\d ms \(gen1 \d+, gen2 \d+\)$", output);
        var files = Directory.GetFiles(Path.Combine(site.Root, "output"), "*", SearchOption.AllDirectories).Length;
        Assert.Matches($@"(?m)^runtime write {files} files \d+\.\d ms \(all threads\)$", output);
    }

    [Fact]
    public void New_writes_a_draft_that_builds_cleanly_and_refuses_to_overwrite()
    {
        using var site = TestSite.Write("");
        var (exit, _) = Run(site.Root, "new", "Laser Resurfacing: What to Expect");
        Assert.Equal(0, exit);
        var path = Path.Combine(site.Root, "input", "articles", "laser-resurfacing-what-to-expect.md");
        Assert.Contains("draft: true", File.ReadAllText(path));
        Assert.Equal(1, Run(site.Root, "new", "Laser Resurfacing: What to Expect").Exit);

        // Fill in the author key the template leaves for the editor, then build with drafts.
        File.WriteAllText(path, File.ReadAllText(path).Replace("your-key-in-authors-yml", "jane"));
        site.Rebuild(o => o with { IncludeDrafts = true });
        Assert.True(!site.Errors.Any(), string.Join("\n", site.Errors));
        Assert.Equal(2, site.Html("blog/laser-resurfacing-what-to-expect/index.html").QuerySelectorAll("#faq details").Length);
    }

    [Fact]
    public void Related_explains_scores()
    {
        using var site = TestSite.Write($"""
            -- input/articles/a.md --
            {Md("Microneedling for acne scars", "Collagen microneedling acne scars.\n", "tags: [\"acne scars\", \"collagen\"]")}
            -- input/articles/b.md --
            {Md("Acne scar types", "Acne scars collagen rolling boxcar microneedling.\n", "tags: [\"acne scars\"]", "date: 2026-02-02")}
            -- input/articles/c.md --
            {Md("Sun protection", "Daily skin care: sunscreen and moisturiser.\n", "tags: [\"sun\"]", "date: 2026-02-03", "categories: [\"Aftercare\"]")}
            -- input/articles/d.md --
            {Md("Burn care", "Skin care after burns: moisturiser and pressure garments.\n", "tags: [\"burns\"]", "date: 2026-02-04", "categories: [\"Burns\"]")}
            -- input/articles/e.md --
            {Md("Keloid injections", "Skin care around keloids: sunscreen and steroid injections.\n", "tags: [\"keloids\"]", "date: 2026-02-05", "categories: [\"Keloids\"]")}
            """);
        var (exit, output) = Run(site.Root, "related", "a", "--theme", RepoRoot.Combine("theme"));
        Assert.Equal(0, exit);
        Assert.True(output.Contains("b: tags acne scars"), output);
        Assert.Contains("text similarity", output);
    }
}

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;
