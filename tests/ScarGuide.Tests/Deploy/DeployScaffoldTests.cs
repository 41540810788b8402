using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Deploy;

/// <summary>`scarguide init --deploy s3|azure`: the storage workflow in place of the Pages one, and a target in site.yml.</summary>
[Collection("Console")]
public sealed class DeployScaffoldTests
{
    [Theory]
    [InlineData("s3", "aws-actions/configure-aws-credentials@v4", "s3://your-bucket")]
    [InlineData("azure", "azure/login@v2", "azblob://$web")]
    public void Init_writes_an_oidc_deploy_workflow_and_a_target_that_passes_the_strict_check(string host, string login, string url)
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-init-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var (exit, output, error) = Testing.Cli.Run(Path.GetTempPath(), "init", root, "--deploy", host, "--clock", TestSite.Clock);
            Assert.True(exit == 0, output + error);
            var workflow = File.ReadAllText(Path.Combine(root, ".github", "workflows", "deploy.yml"));
            Assert.Contains(login, workflow);
            Assert.Contains("id-token: write", workflow);
            Assert.Contains("dotnet scarguide deploy --changed-paths changed-paths.txt", workflow);
            Assert.DoesNotContain("deploy-pages", workflow);
            new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(workflow));
            Assert.Contains(url, File.ReadAllText(Path.Combine(root, "input", "site.yml")));
            Assert.False(Directory.Exists(Path.Combine(root, "deploy")));

            var check = Testing.Cli.Run(root, "check", "--strict", "--clock", TestSite.Clock);
            Assert.True(check.Exit == 0, check.Out + check.Err);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
