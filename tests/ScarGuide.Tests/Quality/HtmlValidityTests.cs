using System.Diagnostics;
using System.Text.Json;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Quality;

/// <summary>Every page of the bundled site, and of a site `init` makes, is valid HTML5 according to the W3C Nu HTML checker.</summary>
public sealed class HtmlValidityTests
{
    [NuCheckerFact]
    public void Every_page_of_the_bundled_site_passes_the_nu_html_checker()
    {
        var output = Path.Combine(Path.GetTempPath(), "scarguide-vnu-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = SiteBuilder.BuildToDirectory(BuildOptions.ForRoot(RepoRoot.Path, TestSite.Now), output);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            AssertValid(output);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [NuCheckerFact]
    public void Every_page_of_a_site_made_by_init_passes_the_nu_html_checker()
    {
        var root = Path.Combine(Path.GetTempPath(), "scarguide-vnu-init-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var init = CliProcess.Scarguide(Path.GetTempPath(), "init", root, "--clock", TestSite.Clock);
            Assert.True(init.Exit == 0, init.ToString());
            var options = BuildOptions.ForRoot(root, TestSite.Now) with { BuiltInTheme = true };
            var result = SiteBuilder.BuildToDirectory(options, Path.Combine(root, "output"));
            Assert.True(result.Succeeded && result.WarningCount == 0, string.Join("\n", result.Diagnostics));
            AssertValid(Path.Combine(root, "output"));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertValid(string output)
    {
        var start = new ProcessStartInfo(NuChecker.Java!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", NuChecker.Jar!, "--errors-only", "--skip-non-html", "--format", "json", output })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the checker did not finish in time");
        _ = stdout.Result;

        var messages = JsonDocument.Parse(json).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()?.Replace("file:" + output, "")}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, $"{messages.Count} HTML errors:\n" + string.Join("\n", messages.Take(30)));
    }
}
