using Amazon.Runtime;
using Amazon.S3;
using Azure.Storage.Blobs;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Deploy;

/// <summary>`scarguide deploy` as its own process, with credentials from the environment as in CI.</summary>
public sealed class DeployCommandTests(S3rverFixture s3, AzuriteFixture azure) : IClassFixture<S3rverFixture>, IClassFixture<AzuriteFixture>
{
    private static CliProcess.Outcome Deploy(string root, IDictionary<string, string> environment, params string[] args) =>
        CliProcess.Run("dotnet", root, TimeSpan.FromMinutes(2), [typeof(ScarGuide.Cli.Commands.DeployCommand).Assembly.Location, "deploy", .. args], environment);

    /// <summary>The environment of a CI job that signed in: nothing from this machine's own AWS files or instance metadata.</summary>
    private static Dictionary<string, string> AwsEnvironment(string key) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = key,
        ["AWS_SECRET_ACCESS_KEY"] = key,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_CONFIG_FILE"] = "/nonexistent/aws-config",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials",
        ["CI"] = "true",
    };

    [S3rverFact]
    public async Task Deploys_to_a_url_target_prints_a_summary_writes_changed_addresses_and_reports_a_wrong_key()
    {
        using var site = DeploySite.Build();
        var root = Path.GetDirectoryName(site.Output)!;
        var bucket = "cli-" + Guid.NewGuid().ToString("N")[..12];
        using (var client = new AmazonS3Client(new BasicAWSCredentials(S3rverFixture.Key, S3rverFixture.Key),
                   new AmazonS3Config { ServiceURL = s3.Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1" }))
            await client.PutBucketAsync(bucket);
        var target = $"s3://{bucket}/guide?endpoint={s3.Endpoint}&path_style=true&region=us-east-1";
        var files = site.Expected().Count;

        var dry = Deploy(root, AwsEnvironment(S3rverFixture.Key), "--target", target, "--dry-run");
        Assert.True(dry.Exit == 0, dry.ToString());
        Assert.Contains("would upload blog/healing-scars/index.html (text/html; charset=utf-8; public, max-age=300, must-revalidate)", dry.Out);
        Assert.Contains($"Would deploy to s3://{bucket}/guide/: {files} uploaded", dry.Out);

        var first = Deploy(root, AwsEnvironment(S3rverFixture.Key), "--target", target, "--changed-paths", "changed.txt");
        Assert.True(first.Exit == 0, first.ToString());
        Assert.Contains($"Deployed to s3://{bucket}/guide/: {files} uploaded", first.Out);
        Assert.Contains("/blog/healing-scars/", File.ReadAllLines(Path.Combine(root, "changed.txt")));

        var second = Deploy(root, AwsEnvironment(S3rverFixture.Key), "--target", target, "--changed-paths", "changed.txt");
        Assert.Contains($": 0 uploaded (0 KB), 0 deleted, {files} unchanged", second.Out);
        Assert.Empty(File.ReadAllLines(Path.Combine(root, "changed.txt")));

        var wrong = Deploy(root, AwsEnvironment("WRONG"), "--target", target);
        Assert.Equal(1, wrong.Exit);
        Assert.Contains("refused the credentials", wrong.Error);
        Assert.Contains("AWS_ACCESS_KEY_ID", wrong.Error);
    }

    [AzuriteFact]
    public async Task Builds_and_deploys_to_the_target_named_in_site_yml_with_a_connection_string()
    {
        using var site = DeploySite.Build();
        var root = Path.GetDirectoryName(site.Output)!;
        var container = "cli-" + Guid.NewGuid().ToString("N")[..12];
        await new BlobServiceClient(azure.ConnectionString()).GetBlobContainerClient(container).CreateAsync();
        var siteYml = Path.Combine(root, "input", "site.yml");
        File.AppendAllText(siteYml, $"\ndeploy:\n  targets:\n    - name: staging\n      url: \"azblob://nowhere\"\n    - name: production\n      url: \"azblob://{container}\"\n");
        var environment = new Dictionary<string, string> { ["AZURE_STORAGE_CONNECTION_STRING"] = azure.ConnectionString(), ["CI"] = "true" };

        var result = Deploy(root, environment, "--target", "production", "--build", "--clock", TestSite.Clock);
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Contains("0 errors", result.Out);
        Assert.Contains($"Deployed to azblob://{container}/: {site.Expected().Count} uploaded", result.Out);

        var unknown = Deploy(root, environment, "--target", "prod");
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("no deploy target named 'prod' (it has staging, production)", unknown.Error);
    }

    [Fact]
    public void Without_a_target_it_says_how_to_name_one()
    {
        using var site = TestSite.Write("");
        var result = Deploy(site.Root, new Dictionary<string, string> { ["CI"] = "true" });
        Assert.Equal(1, result.Exit);
        Assert.Contains("No deploy target", result.Error);
    }
}
