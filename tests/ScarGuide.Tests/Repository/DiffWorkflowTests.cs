using System.Text.RegularExpressions;
using ScarGuide.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.Tests.Repository;

/// <summary>
/// The workflows that post <c>scarguide diff</c> on pull requests, this repository's and the one <c>init</c> writes:
/// least permissions, one sticky comment, the job summary for forks, a preview deployment only with a secret.
/// </summary>
public sealed class DiffWorkflowTests
{
    public static TheoryData<string> Files => new() { ".github/workflows/site-diff.yml", "src/ScarGuide.Cli/Scaffold/_github/workflows/check.yml" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Only_the_comment_job_may_write_and_only_to_pull_requests(string file)
    {
        var workflow = Load(file);
        var top = Assert.IsType<YamlMappingNode>(workflow["permissions"]);
        Assert.Equal([("contents", "read")], top.Children.Select(c => (Scalar(c.Key), Scalar(c.Value))));
        foreach (var (name, job) in Jobs(workflow))
        {
            if (!job.Children.TryGetValue("permissions", out var granted)) continue;
            var pairs = Assert.IsType<YamlMappingNode>(granted).Children.Select(c => (Scalar(c.Key), Scalar(c.Value))).ToList();
            Assert.Equal("comment", name);
            Assert.Equal([("pull-requests", "write")], pairs);
        }
        Assert.True(Jobs(workflow).Single(j => j.Name == "comment").Job.Children.ContainsKey("permissions"), file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_diff_goes_to_the_job_summary_and_the_comment_job_skips_forks(string file)
    {
        var workflow = Load(file);
        var diff = Steps(Job(workflow, "diff")).Select(Run).Single(r => r.Contains(" diff --base", StringComparison.Ordinal));
        Assert.Contains("--format markdown", diff);
        Assert.Contains("--preview-url", diff);
        Assert.Contains("GITHUB_STEP_SUMMARY", diff);
        Assert.Contains("fork", diff);
        var comment = Job(workflow, "comment");
        Assert.Equal("diff", Scalar(comment["needs"]));
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", Scalar(comment["if"]));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void One_comment_is_found_by_its_marker_and_updated_in_place(string file)
    {
        var post = Steps(Job(Load(file), "comment")).Select(Run).Single(r => r.Contains("gh api", StringComparison.Ordinal));
        Assert.Contains(ScarGuide.Diff.DiffFormats.Marker, post);
        Assert.Contains("--method PATCH", post);
        Assert.Contains("--method POST", post);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_preview_is_deployed_only_when_a_secret_is_set_and_its_address_goes_to_the_diff(string file)
    {
        var steps = Steps(Job(Load(file), "diff"));
        var deploy = steps.Single(s => Run(s).Contains("pages deploy", StringComparison.Ordinal));
        var script = Run(deploy);
        Assert.Contains("netlify-cli", script);
        Assert.Contains("exit 0", script); // no secret: say so and go on
        Assert.Contains("--base-url \"$url\"", script);
        var env = Assert.IsType<YamlMappingNode>(deploy["env"]).Children.ToDictionary(c => Scalar(c.Key), c => Scalar(c.Value));
        Assert.Equal("${{ secrets.CLOUDFLARE_API_TOKEN }}", env["CLOUDFLARE_API_TOKEN"]);
        Assert.Equal("${{ secrets.NETLIFY_AUTH_TOKEN }}", env["NETLIFY_AUTH_TOKEN"]);
        var diff = steps.Single(s => Run(s).Contains(" diff --base", StringComparison.Ordinal));
        Assert.Equal("${{ steps.preview.outputs.url }}", Assert.IsType<YamlMappingNode>(diff["env"]).Children.Single(c => Scalar(c.Key) == "PREVIEW_URL").Value.ToString());
        Assert.All(Regex.Matches(File.ReadAllText(RepoRoot.Combine(file.Split('/'))), @"uses: (\S+)").Select(m => m.Groups[1].Value), u => Assert.Matches(@"^[a-z-]+/[a-z-]+@v\d+$", u));
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(RepoRoot.Combine(file.Split('/')));
        var stream = new YamlStream();
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static IEnumerable<(string Name, YamlMappingNode Job)> Jobs(YamlMappingNode workflow) =>
        Assert.IsType<YamlMappingNode>(workflow["jobs"]).Children.Select(c => (Scalar(c.Key), Assert.IsType<YamlMappingNode>(c.Value)));

    private static YamlMappingNode Job(YamlMappingNode workflow, string name) => Jobs(workflow).Single(j => j.Name == name).Job;

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => Assert.IsType<YamlSequenceNode>(job["steps"]).Cast<YamlMappingNode>().ToList();

    private static string Run(YamlMappingNode step) => step.Children.TryGetValue("run", out var run) ? Scalar(run) : "";

    private static string Scalar(YamlNode node) => Assert.IsType<YamlScalarNode>(node).Value ?? "";
}
