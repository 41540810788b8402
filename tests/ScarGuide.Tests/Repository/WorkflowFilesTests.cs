using System.Text.RegularExpressions;
using ScarGuide.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.Tests.Repository;

/// <summary>Guards the GitHub automation: what CI runs, how Pages deploys, who reviews what.</summary>
public sealed class WorkflowFilesTests
{
    private static YamlMappingNode Ci => LoadMapping(".github", "workflows", "ci.yml");
    private static YamlMappingNode Pages => LoadMapping(".github", "workflows", "pages.yml");

    // ---------------------------------------------------------------- ci.yml

    [Fact]
    public void Ci_runs_on_pull_requests_and_on_pushes_to_main()
    {
        var triggers = Triggers(Ci);

        Assert.Contains("pull_request", triggers.Keys);
        var push = Assert.IsType<YamlMappingNode>(triggers["push"]);
        Assert.Contains("main", Strings(Required(push, "branches")));
    }

    [Fact]
    public void Ci_grants_only_read_access_to_the_repository()
    {
        var permissions = Assert.IsType<YamlMappingNode>(Required(Ci, "permissions"));

        var granted = Assert.Single(permissions.Children);
        Assert.Equal("contents", Scalar(granted.Key));
        Assert.Equal("read", Scalar(granted.Value));
        foreach (var (name, job) in Jobs(Ci))
        {
            if (Optional(job, "permissions") is not YamlMappingNode jobPermissions) continue;
            foreach (var (scope, level) in jobPermissions.Children)
                Assert.True(Scalar(level) is "read" or "none", $"job '{name}' grants {Scalar(scope)}: {Scalar(level)}");
        }
    }

    [Fact]
    public void Ci_runs_the_whole_test_suite_of_the_solution()
    {
        Assert.Contains(Steps(Ci), step => Run(step).Contains("dotnet test ScarGuide.sln", StringComparison.Ordinal));
    }

    [Fact]
    public void Ci_makes_chromium_available_to_the_browser_tests_before_running_them()
    {
        var steps = Steps(Ci);
        var chromium = steps.FindIndex(s => Run(s).Contains("chromium", StringComparison.Ordinal)
                                           && Run(s).Contains("SCARGUIDE_CHROMIUM", StringComparison.Ordinal)
                                           && Run(s).Contains("GITHUB_ENV", StringComparison.Ordinal));
        var tests = steps.FindIndex(s => Run(s).Contains("dotnet test", StringComparison.Ordinal));

        Assert.True(chromium >= 0, "no step installs Chromium and exports SCARGUIDE_CHROMIUM");
        Assert.True(chromium < tests, "Chromium must be installed before the tests run");
    }

    [Fact]
    public void Ci_keeps_test_results_even_when_tests_fail()
    {
        var upload = Assert.Single(Steps(Ci), s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal)
                                                   && With(s, "path") == "TestResults");

        Assert.Contains("always()", Scalar(Required(upload, "if")), StringComparison.Ordinal);
        Assert.Contains(Steps(Ci), s => Run(s).Contains("--results-directory TestResults", StringComparison.Ordinal));
    }

    [Fact]
    public void Ci_reports_content_problems_as_github_annotations()
    {
        Assert.Contains(Steps(Ci), step => Regex.IsMatch(Run(step), @"--\s+check\b[^\n]*--format github"));
    }

    [Fact]
    public void Ci_uploads_the_built_site_as_the_site_preview_artifact()
    {
        var steps = Steps(Ci);
        var build = steps.FindIndex(s => Regex.IsMatch(Run(s), @"--\s+build\b"));
        var upload = steps.FindIndex(s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal)
                                          && With(s, "name") == "site-preview");

        Assert.True(build >= 0, "no step builds the site");
        Assert.True(upload > build, "the site-preview upload must come after the build");
        Assert.Equal("output", With(steps[upload], "path"));
        Assert.Equal("14", With(steps[upload], "retention-days"));
    }

    [Fact]
    public void Ci_builds_pull_requests_for_a_local_preview_address()
    {
        var build = Assert.Single(Steps(Ci), s => Regex.IsMatch(Run(s), @"--\s+build\b"));
        var text = Run(build) + " " + string.Join(" ", Env(build).Values);

        Assert.Contains("--base-url", Run(build), StringComparison.Ordinal);
        Assert.Contains("pull_request", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost:8080/", text, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------- pages.yml

    [Fact]
    public void Pages_deploys_on_pushes_to_main_and_on_demand()
    {
        var triggers = Triggers(Pages);

        Assert.Contains("workflow_dispatch", triggers.Keys);
        var push = Assert.IsType<YamlMappingNode>(triggers["push"]);
        Assert.Equal(["main"], Strings(Required(push, "branches")));
    }

    [Fact]
    public void Pages_asks_for_exactly_the_permissions_a_pages_deployment_needs()
    {
        var permissions = Assert.IsType<YamlMappingNode>(Required(Pages, "permissions"));
        var granted = permissions.Children.ToDictionary(p => Scalar(p.Key), p => Scalar(p.Value));

        Assert.Equal(
            new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" },
            granted);
    }

    [Fact]
    public void Pages_deployments_queue_up_instead_of_cancelling_each_other()
    {
        var concurrency = Assert.IsType<YamlMappingNode>(Required(Pages, "concurrency"));

        Assert.Equal("pages", Scalar(Required(concurrency, "group")));
        Assert.Equal("false", Scalar(Required(concurrency, "cancel-in-progress")));
    }

    [Fact]
    public void Pages_configures_pages_then_builds_with_its_base_url_then_uploads_the_output()
    {
        var steps = Steps(Job(Pages, "build"));
        var configure = steps.FindIndex(s => Uses(s).StartsWith("actions/configure-pages@", StringComparison.Ordinal));
        var build = steps.FindIndex(s => Regex.IsMatch(Run(s), @"--\s+build\b"));
        var upload = steps.FindIndex(s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));

        Assert.True(configure >= 0, "the build job does not run actions/configure-pages");
        Assert.True(configure < build && build < upload, $"expected configure-pages < build < upload-pages-artifact, got {configure}, {build}, {upload}");
        var id = Scalar(Required(steps[configure], "id"));
        Assert.Contains($"--base-url \"${{{{ steps.{id}.outputs.base_url }}}}/\"", Run(steps[build]), StringComparison.Ordinal);
        Assert.Equal("output", With(steps[upload], "path"));
    }

    [Fact]
    public void Pages_deploy_job_waits_for_the_build_and_deploys_to_the_github_pages_environment()
    {
        var deploy = Job(Pages, "deploy");

        Assert.Contains("build", Strings(Required(deploy, "needs")));
        var environment = Assert.IsType<YamlMappingNode>(Required(deploy, "environment"));
        Assert.Equal("github-pages", Scalar(Required(environment, "name")));
        var step = Assert.Single(Steps(deploy), s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        var id = Scalar(Required(step, "id"));
        Assert.Equal($"${{{{ steps.{id}.outputs.page_url }}}}", Scalar(Required(environment, "url")));
        Assert.DoesNotContain(Steps(Job(Pages, "build")), s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    // ------------------------------------------------------- every workflow

    [Fact]
    public void Every_action_in_every_workflow_is_pinned_to_a_version_tag()
    {
        var uses = WorkflowFiles()
            .SelectMany(file => Jobs(LoadMapping(file))
                .SelectMany(job => Steps(job.Job).Select(Uses).Append(Optional(job.Job, "uses") is { } u ? Scalar(u) : ""))
                .Where(u => u.Length > 0 && !u.StartsWith("./", StringComparison.Ordinal))
                .Select(u => (File: Path.GetFileName(file), Uses: u)))
            .ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@v\d+(\.\d+){0,2}$", u.Uses));
    }

    [Fact]
    public void Every_workflow_times_out_instead_of_hanging()
    {
        Assert.All(
            WorkflowFiles().SelectMany(file => Jobs(LoadMapping(file)).Select(j => (File: Path.GetFileName(file), j.Name, j.Job))),
            j => Assert.True(Optional(j.Job, "timeout-minutes") is not null, $"{j.File}: job '{j.Name}' has no timeout-minutes"));
    }

    // ------------------------------------------------------ dependabot.yml

    [Fact]
    public void Dependabot_keeps_nuget_packages_and_github_actions_up_to_date()
    {
        var dependabot = LoadMapping(".github", "dependabot.yml");
        var updates = Assert.IsType<YamlSequenceNode>(Required(dependabot, "updates")).Cast<YamlMappingNode>().ToList();

        Assert.Equal("2", Scalar(Required(dependabot, "version")));
        foreach (var ecosystem in new[] { "nuget", "github-actions" })
        {
            var update = Assert.Single(updates, u => Scalar(Required(u, "package-ecosystem")) == ecosystem);
            Assert.Equal("/", Scalar(Required(update, "directory")));
            Assert.Equal("weekly", Scalar(Required(Assert.IsType<YamlMappingNode>(Required(update, "schedule")), "interval")));
            Assert.NotEmpty(Assert.IsType<YamlMappingNode>(Required(update, "groups")).Children);
        }
    }

    // ---------------------------------------------------------- CODEOWNERS

    [Theory]
    [InlineData("input/articles/acne-scars.md")]
    [InlineData("input/site.yml")]
    [InlineData("input/images/keloid.svg")]
    public void Codeowners_sends_content_changes_to_the_medical_reviewers(string path)
    {
        Assert.Equal(["@scarguide/medical-reviewers"], Owners(path));
    }

    [Theory]
    [InlineData("src/ScarGuide/Pipeline/Build.cs")]
    [InlineData("theme/layouts/article.liquid")]
    [InlineData("tests/ScarGuide.Tests/Repository/WorkflowFilesTests.cs")]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData("ScarGuide.sln")]
    [InlineData("docs/content-guide.md")]
    public void Codeowners_sends_everything_else_to_the_maintainers(string path)
    {
        Assert.Equal(["@scarguide/maintainers"], Owners(path));
    }

    [Theory]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData(".github/workflows/pages.yml")]
    [InlineData("src/ScarGuide.Cli/Scaffold/_github/workflows/deploy.yml")]
    public void Workflows_that_build_keep_the_encoded_photos_between_runs(string file)
    {
        var steps = Steps(LoadMapping(file.Split('/')));
        var cache = steps.FindIndex(s => Uses(s).StartsWith("actions/cache@", StringComparison.Ordinal) && With(s, "path") == ".cache/images");
        var build = steps.FindIndex(s => Regex.IsMatch(Run(s), @"(--|scarguide)\s+build\b"));
        Assert.True(cache >= 0, $"{file}: no actions/cache step keeps .cache/images");
        Assert.True(cache < build, $"{file}: the photo cache must be restored before the build");
        Assert.Contains("images-", With(steps[cache], "restore-keys"));
    }

    // ------------------------------------------------------------- helpers

    private static YamlMappingNode LoadMapping(params string[] parts)
    {
        var path = RepoRoot.Combine(parts);
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var document = Assert.Single(stream.Documents);
        return Assert.IsType<YamlMappingNode>(document.RootNode);
    }

    private static IEnumerable<string> WorkflowFiles()
    {
        var directory = RepoRoot.Combine(".github", "workflows");
        return Directory.EnumerateFiles(directory, "*.yml")
            .Concat(Directory.EnumerateFiles(directory, "*.yaml"))
            .Order(StringComparer.Ordinal);
    }

    private static YamlNode? Optional(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlNode Required(YamlMappingNode mapping, string key) =>
        Optional(mapping, key) ?? throw new Xunit.Sdk.XunitException($"missing key '{key}' at line {mapping.Start.Line}");

    private static string Scalar(YamlNode node) => Assert.IsType<YamlScalarNode>(node).Value ?? "";

    /// <summary>A scalar or a sequence of scalars, as both `needs: build` and `needs: [build]` are valid.</summary>
    private static List<string> Strings(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.Select(Scalar).ToList(),
        _ => throw new Xunit.Sdk.XunitException($"expected a string or a list at line {node.Start.Line}"),
    };

    /// <summary>The `on:` block as event name → settings; `on: push` and `on: [push, pull_request]` are valid too.</summary>
    private static Dictionary<string, YamlNode?> Triggers(YamlMappingNode workflow)
    {
        var on = Required(workflow, "on");
        return on is YamlMappingNode events
            ? events.Children.ToDictionary(e => Scalar(e.Key), e => (YamlNode?)e.Value)
            : Strings(on).ToDictionary(e => e, _ => (YamlNode?)null);
    }

    private static IEnumerable<(string Name, YamlMappingNode Job)> Jobs(YamlMappingNode workflow) =>
        Assert.IsType<YamlMappingNode>(Required(workflow, "jobs")).Children
            .Select(j => (Scalar(j.Key), Assert.IsType<YamlMappingNode>(j.Value)));

    private static YamlMappingNode Job(YamlMappingNode workflow, string name) =>
        Assert.Single(Jobs(workflow), j => j.Name == name).Job;

    /// <summary>All steps of a job, or of every job of a workflow, in file order.</summary>
    private static List<YamlMappingNode> Steps(YamlMappingNode workflowOrJob) =>
        Optional(workflowOrJob, "jobs") is not null
            ? Jobs(workflowOrJob).SelectMany(j => Steps(j.Job)).ToList()
            : Optional(workflowOrJob, "steps") is YamlSequenceNode steps ? steps.Children.Cast<YamlMappingNode>().ToList() : [];

    private static string Run(YamlMappingNode step) => Optional(step, "run") is { } run ? Scalar(run) : "";

    private static string Uses(YamlMappingNode step) => Optional(step, "uses") is { } uses ? Scalar(uses) : "";

    private static string? With(YamlMappingNode step, string input) =>
        Optional(step, "with") is YamlMappingNode with && Optional(with, input) is { } value ? Scalar(value) : null;

    private static Dictionary<string, string> Env(YamlMappingNode step) =>
        Optional(step, "env") is YamlMappingNode env ? env.Children.ToDictionary(e => Scalar(e.Key), e => Scalar(e.Value)) : [];

    /// <summary>
    /// Resolves CODEOWNERS like GitHub does for the patterns this repository uses:
    /// the last matching line wins; `/dir/` matches everything under dir at the root,
    /// a pattern without a leading slash matches at any depth, `*` matches within one segment.
    /// </summary>
    private static List<string> Owners(string path)
    {
        List<string> owners = [];
        foreach (var raw in File.ReadLines(RepoRoot.Combine(".github", "CODEOWNERS")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (CodeownersPattern(fields[0]).IsMatch(path))
                owners = fields.Skip(1).ToList();
        }
        return owners;
    }

    private static Regex CodeownersPattern(string pattern)
    {
        var anchored = pattern.StartsWith('/') || pattern.TrimEnd('/').Contains('/');
        var directory = pattern.EndsWith('/');
        var body = Regex.Escape(pattern.Trim('/'))
            .Replace(@"\*\*", "\u0001", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal)
            .Replace("\u0001", ".*", StringComparison.Ordinal);
        var prefix = anchored ? "^" : "^(?:.*/)?";
        var suffix = directory ? "/.*$" : "(?:/.*)?$";
        return new Regex(prefix + body + suffix);
    }
}
