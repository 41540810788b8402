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
        var (exit, output, _) = Testing.Cli.Run(directory, args);
        return (exit, output);
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

    /// <summary>Twelve articles with two warnings each (an unknown key, an http:// link), and one with an error that nothing links to.</summary>
    private static TestSite NoisySite()
    {
        var files = Enumerable.Range(1, 12).Select(i =>
            $"-- input/articles/a{i:00}.md --\n{Md($"A{i}", $"See [the study](http://example.com/study) and [the next one](a{i % 12 + 1:00}.md).\n", "descripton: \"typo\"")}");
        return TestSite.Write(string.Join("\n", files) + $"\n-- input/articles/z.md --\n{Md("Z", "Text.\n", "title:")}");
    }

    [Fact]
    public void Build_prints_errors_in_full_then_the_first_twenty_warnings_and_a_count_by_kind()
    {
        using var site = NoisySite();
        var (exit, output) = Run(site.Root, "build", "--theme", RepoRoot.Combine("theme"), "--clock", TestSite.Clock);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, exit);
        Assert.Equal(20, lines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.StartsWith("input/articles/z.md:1:1: error: The required field 'title'", lines[0]);
        Assert.Contains("25 warnings: 12 insecure-link, 12 unknown-key, 1 orphan; the first 20 are above. Run `scarguide check` for all of them.", lines);
    }

    [Fact]
    public void Build_verbose_and_check_in_every_format_print_every_warning()
    {
        using var site = NoisySite();
        var theme = RepoRoot.Combine("theme");

        // One clock for all four: which reviews are overdue must not depend on the day the suite runs.
        var (_, verbose) = Run(site.Root, "build", "--verbose", "--theme", theme, "--clock", TestSite.Clock);
        var (_, check) = Run(site.Root, "check", "--theme", theme, "--clock", TestSite.Clock);
        var (_, github) = Run(site.Root, "check", "--format", "github", "--theme", theme, "--clock", TestSite.Clock);
        var (_, json) = Run(site.Root, "check", "--format", "json", "--theme", theme, "--clock", TestSite.Clock);

        Assert.Equal(25, verbose.Split('\n').Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Run `scarguide check`", verbose);
        Assert.Equal(25, check.Split('\n').Count(l => l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.Equal(25, github.Split('\n').Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Equal(25, JsonDocument.Parse(json).RootElement.EnumerateArray().Count(i => i.GetProperty("severity").GetString() == "warning"));
    }

    [Fact]
    public void Build_timings_list_every_step_with_its_allocations_and_the_runtime_costs()
    {
        using var site = TestSite.Write($"-- input/articles/a.md --\n{Md("A", "Text.\n")}");
        var (exit, output) = Run(site.Root, "build", "--theme", RepoRoot.Combine("theme"), "--timings");
        Assert.Equal(0, exit);
        var steps = output.Split('\n').Where(l => l.StartsWith("step ", StringComparison.Ordinal)).ToList();
        // Every step, then putting the new site in place.
        Assert.Equal(ScarGuide.Pipeline.SiteBuilder.Steps().Count + 1, steps.Count);
        Assert.StartsWith("step commit ", steps[^1]);
        Assert.All(steps, l => Assert.Matches(@"^step [a-z ]+ \d+\.\d ms \d+\.\d MiB allocated \d+\.\d ms cpu$", l));
        Assert.Matches(@"(?m)^process \d+\.\d ms since start, build \d+\.\d ms$", output);
        Assert.Matches(@"(?m)^runtime jit \d+ methods \d+\.\d ms$", output);
        Assert.Matches(@"(?m)^runtime gc \d+ collections \d+\.\d ms \(gen1 \d+, gen2 \d+\)$", output);
        var files = Directory.GetFiles(Path.Combine(site.Root, "output"), "*", SearchOption.AllDirectories).Length;
        Assert.Matches($@"(?m)^runtime write {files} files \d+\.\d ms \(all threads\)$", output);
    }

    [Theory]
    [InlineData("--timings=json")]
    [InlineData("--timings", "json")]
    public void Build_timings_as_json_are_one_document_on_standard_output_with_the_report_on_standard_error(params string[] timings)
    {
        using var site = TestSite.Write($"""
            -- input/articles/a.md --
            {Md("A", "Text.\n")}
            -- input/articles/b.md --
            {Md("B", "Text.\n", "descripton: \"typo\"")}
            """);
        var (exit, output, error) = Testing.Cli.Run(site.Root, ["build", "--theme", RepoRoot.Combine("theme"), .. timings]);
        Assert.Equal(0, exit);
        Assert.Contains("Built ", error);
        Assert.Contains("warning: 'descripton'", error);

        var json = JsonDocument.Parse(output).RootElement;
        Assert.True(json.GetProperty("succeeded").GetBoolean());
        Assert.True(json.GetProperty("totalMilliseconds").GetDouble() > 0);
        Assert.Contains($"Built {json.GetProperty("pages").GetInt32()} pages", error);
        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.Equal(0, json.GetProperty("errors").GetInt32());
        Assert.Equal(error.Split('\n').Count(l => l.Contains(": warning: ", StringComparison.Ordinal)), json.GetProperty("warnings").GetInt32());
        var steps = json.GetProperty("steps").EnumerateArray().ToList();
        // Then putting the new site in place, which a build to a folder times too.
        Assert.Equal([.. ScarGuide.Pipeline.SiteBuilder.Steps().Select(s => s.Name), "commit"], steps.Select(s => s.GetProperty("name").GetString()));
        Assert.All(steps, s => Assert.True(s.GetProperty("milliseconds").GetDouble() >= 0 && s.GetProperty("allocatedBytes").GetInt64() >= 0
            && s.GetProperty("cpuMilliseconds").GetDouble() >= 0));
        Assert.True(steps.Sum(s => s.GetProperty("cpuMilliseconds").GetDouble()) > 0);
        Assert.True(json.GetProperty("processMilliseconds").GetDouble() >= json.GetProperty("totalMilliseconds").GetDouble());
        var runtime = json.GetProperty("runtime");
        Assert.True(runtime.GetProperty("jitMethods").GetInt64() > 0);
        Assert.True(runtime.GetProperty("gcPauseMilliseconds").GetDouble() >= 0);
        var files = Directory.GetFiles(Path.Combine(site.Root, "output"), "*", SearchOption.AllDirectories).Length;
        Assert.Equal(files, runtime.GetProperty("filesWritten").GetInt64());
        // What the bench reads back is what was written.
        Assert.Equal(steps.Count, ScarGuide.Cli.Reporting.BuildTimings.Parse(output).Steps.Count);
    }

    [Fact]
    public void Build_timings_in_an_unknown_format_are_explained()
    {
        var errors = CommandLine.Create().Parse(["build", "--timings", "yaml"]).Errors.Select(e => e.Message).ToList();
        Assert.Contains(errors, e => e.Contains("yaml", StringComparison.Ordinal) && e.Contains("json", StringComparison.Ordinal));
    }

    private static readonly string Clock = TestSite.Clock;

    [Fact]
    public void New_writes_a_draft_that_builds_cleanly_and_refuses_to_overwrite()
    {
        using var site = TestSite.Write("");
        // `new` dates the draft by the same clock the build below runs by (TestSite.Now), not by the machine's.
        var (exit, _) = Run(site.Root, "new", "Laser Resurfacing: What to Expect", "--clock", Clock);
        Assert.Equal(0, exit);
        var path = Path.Combine(site.Root, "input", "articles", "laser-resurfacing-what-to-expect.md");
        Assert.Contains("draft: true", File.ReadAllText(path));
        Assert.Contains("date: 2026-11-24\n", File.ReadAllText(path));
        Assert.Equal(1, Run(site.Root, "new", "Laser Resurfacing: What to Expect").Exit);

        // Fill in the author key the template leaves for the editor, then build with drafts.
        File.WriteAllText(path, File.ReadAllText(path).Replace("your-key-in-authors-yml", "jane"));
        site.Rebuild(o => o with { IncludeDrafts = true });
        Assert.True(!site.Errors.Any(), string.Join("\n", site.Errors));
        Assert.Equal(2, site.Html("blog/laser-resurfacing-what-to-expect/index.html").QuerySelectorAll("#faq details").Length);
    }

    [Fact]
    public void New_names_the_file_after_a_long_title_cut_at_a_word()
    {
        using var site = TestSite.Write("");
        var title = "What to expect in the first two weeks after fractional CO2 laser resurfacing for acne scars";
        Assert.Equal(0, Run(site.Root, "new", title, "--clock", Clock).Exit);
        var file = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "input", "articles"))));
        Assert.Equal("what-to-expect-in-the-first-two-weeks-after-fractional-co2-laser-resurfacing-for.md", file);
    }

    [Fact]
    public void The_clock_option_decides_what_is_scheduled_and_what_is_overdue()
    {
        using var site = TestSite.Write($"""
            -- input/articles/a.md --
            {Md("A", "Text.\n", "date: 2026-03-14", "reviewed: 2026-03-14")}
            -- input/articles/later.md --
            {Md("Later", "Text.\n", "date: 2027-06-01", "reviewed: 2027-06-01")}
            """);
        var theme = RepoRoot.Combine("theme");
        var page = Path.Combine(site.Root, "output", "blog", "later", "index.html");

        var (before, beforeOutput) = Run(site.Root, "build", "--theme", theme, "--clock", "2027-05-31T23:59:59Z");
        Assert.Equal(0, before);
        Assert.False(File.Exists(page), "an article dated after the clock is scheduled, not published");
        Assert.Contains("1 drafts or scheduled articles held back", beforeOutput);
        Assert.Contains("days overdue", Run(site.Root, "check", "--theme", theme, "--clock", "2027-05-31").Out);

        Assert.Equal(0, Run(site.Root, "build", "--theme", theme, "--clock", "2027-06-01T00:00:00Z").Exit);
        Assert.True(File.Exists(page));
        Assert.DoesNotContain("days overdue", Run(site.Root, "check", "--theme", theme, "--clock", "2027-01-01").Out);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("related")]
    public void A_clock_that_is_not_a_time_is_explained(string command)
    {
        var args = command is "new" or "related" ? new[] { command, "x", "--clock", "next tuesday" } : [command, "--clock", "next tuesday"];
        var errors = CommandLine.Create().Parse(args).Errors.Select(e => e.Message).ToList();
        Assert.Contains("--clock expects a date and time like 2027-06-01T12:00:00Z (or a date like 2027-06-01), not 'next tuesday'.", errors);
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
