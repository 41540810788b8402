using System.Runtime.InteropServices;
using ScarGuide.Cli.Commands;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Cli;

/// <summary>
/// The product as a user gets it: <c>dotnet pack</c>, <c>dotnet tool install</c> into a tool path, then <c>scarguide init</c>
/// and <c>scarguide build</c> in an empty folder, with nothing of this repository around. Slow (a ReadyToRun pack).
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_the_package_for_this_machine_and_builds_a_new_site()
    {
        var rid = HostRuntime();
        var work = Path.Combine(Path.GetTempPath(), "scarguide-tool-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(work);
        try
        {
            // Only this machine's runtime and the portable fallback, in a folder of their own: the repository's bin/ and
            // obj/ are left alone, and a quick pack still makes the same kind of packages as the full one.
            var nupkg = Path.Combine(work, "nupkg");
            var pack = CliProcess.Run("dotnet", RepoRoot.Path, TimeSpan.FromMinutes(8),
                ["pack", "src/ScarGuide.Cli", "-c", "Release", "-o", nupkg, "--artifacts-path", Path.Combine(work, "artifacts"), $"-p:ScarGuideToolRuntime={rid}"]);
            Assert.True(pack.Exit == 0, pack.ToString());
            var version = InitCommand.ToolVersion;
            var packages = Directory.GetFiles(nupkg).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { $"ScarGuide.Tool.{version}.nupkg", $"ScarGuide.Tool.any.{version}.nupkg", $"ScarGuide.Tool.{rid}.{version}.nupkg" }.Order(StringComparer.Ordinal), packages);

            // libvips goes with each runtime: that runtime's build alone in its package, every packed runtime's in the fallback.
            string[] Libvips(string package)
            {
                using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(nupkg, package));
                return zip.Entries.Where(e => e.Name.StartsWith("libvips", StringComparison.Ordinal)).Select(e => e.FullName).ToArray();
            }
            Assert.Equal($"tools/any/{rid}/", Path.GetDirectoryName(Assert.Single(Libvips($"ScarGuide.Tool.{rid}.{version}.nupkg")))!.Replace('\\', '/') + "/");
            var portable = Libvips($"ScarGuide.Tool.any.{version}.nupkg");
            foreach (var runtime in new[] { "linux-x64", "linux-arm64", "osx-arm64", "osx-x64", "win-x64" })
                Assert.Contains(portable, entry => entry.Contains($"/runtimes/{runtime}/native/", StringComparison.Ordinal));

            // The precompiled package keeps its code (no recompiling hot methods within a build); the portable one, which
            // starts from unoptimized code, keeps the runtime's call counting.
            string RuntimeConfig(string package)
            {
                using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(nupkg, package));
                using var reader = new StreamReader(Assert.Single(zip.Entries, e => e.Name == "ScarGuide.Cli.runtimeconfig.json").Open());
                return reader.ReadToEnd();
            }
            const string delay = "\"System.Runtime.TieredCompilation.CallCountingDelayMs\": 60000";
            Assert.Contains(delay, RuntimeConfig($"ScarGuide.Tool.{rid}.{version}.nupkg"));
            Assert.DoesNotContain("CallCountingDelayMs", RuntimeConfig($"ScarGuide.Tool.any.{version}.nupkg"));

            // A package cache of its own, so an older package of the same version cached on this machine is never used.
            var tools = Path.Combine(work, "tools");
            var install = CliProcess.Run("dotnet", work, TimeSpan.FromMinutes(3),
                ["tool", "install", "--tool-path", tools, "--add-source", nupkg, "--version", version, "ScarGuide.Tool"],
                new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") });
            Assert.True(install.Exit == 0, install.ToString());
            var store = Path.Combine(tools, ".store", "scarguide.tool", version);
            Assert.True(Directory.Exists(Path.Combine(store, $"scarguide.tool.{rid}")), "the RID-specific (ReadyToRun) package was chosen: " + string.Join(", ", Directory.GetDirectories(store)));

            var scarguide = Path.Combine(tools, OperatingSystem.IsWindows() ? "scarguide.exe" : "scarguide");
            var init = CliProcess.Run(scarguide, work, TimeSpan.FromMinutes(1), ["init", "site"]);
            Assert.True(init.Exit == 0, init.ToString());
            var site = Path.Combine(work, "site");
            // A photo: the installed tool loads its own libvips.
            File.WriteAllBytes(Path.Combine(site, "input", "images", "clinic.jpg"), TestImages.Jpeg(900, 600));
            var build = CliProcess.Run(scarguide, site, TimeSpan.FromMinutes(2), ["build", "--compress"]);
            Assert.True(build.Exit == 0, build.ToString());
            Assert.Contains("0 errors, 0 warnings", build.Out);
            var html = File.ReadAllText(Path.Combine(site, "output", "blog", "caring-for-a-healing-scar", "index.html"));
            Assert.Contains("Caring for a Healing Scar", html);
            Assert.True(File.Exists(Path.Combine(site, "output", "index.html.br")));
            Assert.Single(Directory.GetFiles(Path.Combine(site, "output", "assets"), "site.*.css"));
            Assert.Single(Directory.GetFiles(Path.Combine(site, "output", "img"), "clinic-480.*.avif"));
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
        }
    }

    private static string HostRuntime()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            var other => throw new PlatformNotSupportedException($"No tool package is made for {other}."),
        };
        return $"{os}-{arch}";
    }
}
