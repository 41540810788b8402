using System.Text.RegularExpressions;
using ScarGuide.Bench;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Bench;

/// <summary>The benchmark harness (tools/ScarGuide.Bench) run in-process, as <c>dotnet run --project tools/ScarGuide.Bench</c> runs it.</summary>
[Collection("Console")]
public sealed class BenchCommandTests
{
    private static (int Exit, string Out) Run(string directory, params string[] args)
    {
        var (exit, output, _) = Testing.Cli.RunBench(directory, args);
        return (exit, output);
    }

    [Fact]
    public void Run_builds_generated_corpora_in_new_processes_and_reports_medians_steps_and_runtime_costs()
    {
        using var site = TestSite.Write("");
        var work = Path.Combine(site.Root, "bench-work");
        var (exit, output) = Run(site.Root, "run", "--sizes", "12,30", "--runs", "2", "--work", work, "--theme", RepoRoot.Combine("theme"));
        Assert.True(exit == 0, output);

        var peak = File.Exists("/usr/bin/time") ? @"\d+ MiB" : "n/a";
        foreach (var size in new[] { 12, 30 })
        {
            Assert.Matches($@"(?m)^\s*{size} articles: wall \d+\.\d{{3}} s \(min \d+\.\d{{3}}, max \d+\.\d{{3}}\), CPU \d+\.\d{{3}} s, peak {peak}$", output);
            Assert.Equal(size, Directory.GetFiles(Path.Combine(work, $"corpus-{size}", "articles"), "*.md").Length);
            Assert.Equal(size, Directory.GetDirectories(Path.Combine(work, $"out-{size}", "blog")).Count(d => Path.GetFileName(d) is not ("page" or "tag" or "tags" or "category" or "categories")));
        }
        // Every step of the pipeline and the commit once per size, slowest first, then the runtime's own costs.
        var stepLines = output.Split('\n').Where(l => Regex.IsMatch(l, @"^ {9}[a-z][a-z ]+ +\d+\.\d ms +\d+ MiB allocated$")).ToList();
        Assert.Equal(2 * (ScarGuide.Pipeline.SiteBuilder.Steps().Count + 1), stepLines.Count);
        Assert.Equal(2, stepLines.Count(l => l.TrimStart().StartsWith("commit ", StringComparison.Ordinal)));
        foreach (var name in new[] { "(jit)", "(gc pauses)", "(file writes)" })
            Assert.Equal(2, Regex.Matches(output, $@"(?m)^ {{9}}{Regex.Escape(name)} +\d+\.\d ms$").Count);
    }

    [Fact]
    public void Photos_give_every_generated_article_its_own_jpeg_hero_that_builds_into_pictures()
    {
        using var site = TestSite.Write("");
        Assert.Equal(0, Run(site.Root, "generate", "3", "input").Exit);
        var (exit, output) = Run(site.Root, "photos", "input", "--width", "320", "--height", "240");
        Assert.True(exit == 0, output);

        var articles = Directory.GetFiles(Path.Combine(site.Root, "input", "articles"), "*.md");
        var heroes = articles.Select(a => Regex.Match(File.ReadAllText(a), "(?m)^image: (.*)$").Groups[1].Value).ToList();
        Assert.Equal(articles.Select(a => $"/images/photos/{Path.GetFileNameWithoutExtension(a)}.jpg"), heroes);
        var bytes = heroes.Select(h => File.ReadAllBytes(Path.Combine(site.Root, "input", h.TrimStart('/')))).ToList();
        Assert.All(bytes, b => Assert.Equal((320, 240, "jpegload_buffer"), TestImages.Inspect(b)));
        Assert.Equal(3, bytes.Select(Convert.ToBase64String).Distinct().Count());

        site.Rebuild();
        var slug = Path.GetFileNameWithoutExtension(articles[0]);
        Assert.NotNull(site.Html($"blog/{slug}/index.html").QuerySelector("figure.hero picture source[type='image/avif']"));
    }

    [Fact]
    public void Generate_writes_the_corpus_and_bad_run_options_are_explained()
    {
        using var site = TestSite.Write("");
        var (exit, output) = Run(site.Root, "generate", "7", "corpus");
        Assert.Equal(0, exit);
        Assert.Contains("Generated 7 articles into corpus", output);
        Assert.Equal(7, Directory.GetFiles(Path.Combine(site.Root, "corpus", "articles")).Length);

        string Errors(params string[] args) => string.Join("\n", BenchCommandLine.Create().Parse(args).Errors.Select(e => e.Message));
        Assert.Contains("--runs must be at least 1", Errors("run", "--runs", "0"));
        Assert.Contains("'ten' is not a number of articles", Errors("run", "--sizes", "1000,ten"));
        Assert.Contains("'-5' is not a number of articles", Errors("run", "--sizes", "-5"));
        Assert.Contains("--sizes is empty", Errors("run", "--sizes", ","));
        Assert.Empty(Errors("run", "--sizes", "1000, 10000", "--runs", "3"));
    }

    [Fact]
    public void The_scarguide_tool_has_no_benchmark_commands()
    {
        var root = ScarGuide.Cli.Commands.CommandLine.Create();
        Assert.DoesNotContain(root.Subcommands, c => c.Name == "bench");
        Assert.DoesNotContain(root.Subcommands.Single(c => c.Name == "serve").Options, o => o.Name.StartsWith("--bench", StringComparison.Ordinal));
    }
}
