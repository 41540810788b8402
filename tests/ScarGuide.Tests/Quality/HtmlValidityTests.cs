using System.Diagnostics;
using System.Text.Json;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Quality;

/// <summary>Every page of the bundled site is valid HTML5 according to the W3C Nu HTML checker.</summary>
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
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
