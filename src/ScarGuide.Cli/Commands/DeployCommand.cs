using System.CommandLine;
using ScarGuide.Cli.Deploy;
using ScarGuide.Cli.Preview;
using ScarGuide.Cli.Reporting;
using ScarGuide.Configuration;
using ScarGuide.Deploy;
using ScarGuide.Diagnostics;
using ScarGuide.Pipeline;
using Spectre.Console;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>scarguide deploy</c>: uploads the built site to S3 (or an S3-compatible store) or Azure Blob storage, only the
/// files whose bytes changed, with headers from the site's rules; deletes what the site no longer has, last.
/// </summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var output = new Option<string>("--output", "-o") { Description = "The built site to deploy", DefaultValueFactory = _ => "output" };
        var target = new Option<string?>("--target") { Description = "A target's name from site.yml's deploy.targets, or a URL: s3://BUCKET[/PREFIX]?region=… or azblob://CONTAINER[/PREFIX] (default: the first target)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be uploaded and deleted; change nothing" };
        var maxDeletes = new Option<int?>("--max-deletes") { Description = "Stop before deleting anything when more remote files than this would go (default 256)" };
        var force = new Option<bool>("--force") { Description = "Upload every file, changed or not (rewrites every object's headers)" };
        var changedPaths = new Option<string?>("--changed-paths") { Description = "Write the changed addresses to this file, one a line, for a CDN purge" };
        var build = new Option<bool>("--build") { Description = "Build the site into the output folder first" };
        var command = new Command("deploy", "Upload the built site to S3-compatible or Azure Blob storage: only what changed, deletes last.");
        site.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(target);
        command.Options.Add(dryRun);
        command.Options.Add(maxDeletes);
        command.Options.Add(force);
        command.Options.Add(changedPaths);
        command.Options.Add(build);
        command.SetAction(async (result, cancel) =>
        {
            var options = site.Read(result);
            var folder = Path.GetFullPath(result.GetValue(output)!);
            if (result.GetValue(build))
            {
                var report = new Report(Console.Out);
                BuildResult built;
                using (Interruption.DuringBuild())
                    built = report.WithProgress("Building", (onStep, images) => SiteBuilder.BuildToDirectory(options with { ImageProgress = images }, folder, onStep));
                report.BuildDiagnostics(built.Diagnostics, verbose: false);
                report.Summary(built, built.Succeeded ? Path.GetRelativePath(Directory.GetCurrentDirectory(), folder) : null);
                if (!built.Succeeded) return 1;
            }
            try
            {
                var config = ReadConfig(options);
                var chosen = Choose(config, result.GetValue(target));
                var settings = new DeployOptions
                {
                    DryRun = result.GetValue(dryRun),
                    MaxDeletes = result.GetValue(maxDeletes) ?? chosen.MaxDeletes ?? 256,
                    Force = result.GetValue(force),
                };
                var address = chosen.Parse();
                var store = RemoteStores.Open(address);
                try
                {
                    var outcome = await Run(store, folder, chosen, settings, config.BasePath, result.GetValue(changedPaths), Console.Out, cancel);
                    return outcome.Succeeded ? 0 : 1;
                }
                finally
                {
                    (store as IDisposable)?.Dispose();
                }
            }
            catch (DeployException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Reads, compares, uploads and deletes, printing the summary; writes the changed addresses when asked.</summary>
    public static async Task<DeployResult> Run(IRemoteStore store, string folder, DeployTarget target, DeployOptions settings, string basePath,
        string? changedPathsFile, TextWriter writer, CancellationToken cancel)
    {
        var local = LocalSite.Read(folder, ContentTypes.For, target.Compressed);
        var remote = await store.ListAsync(cancel);
        var plan = DeployPlan.Make(local, remote, settings.Force);
        var result = await WithProgress(plan, progress => new Deployer(store).RunAsync(plan, settings, progress, cancel));
        if (result.Refusal is not null)
        {
            Console.Error.WriteLine($"error: {result.Refusal}");
            return result;
        }
        if (settings.DryRun)
        {
            foreach (var upload in plan.Uploads) writer.WriteLine($"would upload {upload.Key} ({upload.Headers.ContentType}; {upload.Headers.CacheControl}{(upload.Headers.ContentEncoding is { } e ? "; " + e : "")})");
            foreach (var delete in plan.Deletes) writer.WriteLine($"would delete {delete}");
        }
        var verb = settings.DryRun ? "Would deploy" : "Deployed";
        writer.WriteLine($"{verb} to {store.Description}: {plan.Uploads.Count} uploaded ({Megabytes(plan.UploadBytes)}), {plan.Deletes.Count} deleted, {plan.Unchanged} unchanged, {local.Count} files in the site.");
        if (changedPathsFile is not null)
        {
            var urls = plan.ChangedUrls(basePath);
            File.WriteAllLines(changedPathsFile, urls);
            writer.WriteLine($"Wrote {urls.Count} changed address(es) to {changedPathsFile}.");
        }
        return result;
    }

    private static string Megabytes(long bytes) => bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";

    /// <summary>A progress bar on a terminal; nothing until the end otherwise.</summary>
    private static async Task<DeployResult> WithProgress(DeployPlan plan, Func<IProgress<DeployProgress>?, Task<DeployResult>> run)
    {
        var interactive = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && AnsiConsole.Profile.Capabilities.Ansi;
        if (!interactive || plan.Uploads.Count + plan.Deletes.Count == 0) return await run(null);
        DeployResult? result = null;
        await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("Deploying", maxValue: plan.Uploads.Count + plan.Deletes.Count);
            result = await run(new Progress<DeployProgress>(p => task.Value = Math.Max(task.Value, p.Done)));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    private static SiteConfig ReadConfig(BuildOptions options)
    {
        var path = Path.Combine(options.InputDirectory, "site.yml");
        var diagnostics = new DiagnosticBag();
        var config = ConfigReader.ReadSite(File.Exists(path) ? File.ReadAllText(path) : null, path, diagnostics, options.BaseUrl);
        var deployErrors = diagnostics.Sorted().Where(d => d.IsError && d.Code == "deploy-target").ToList();
        if (deployErrors.Count > 0) throw new DeployException(string.Join("\n", deployErrors));
        return config;
    }

    private static DeployTarget Choose(SiteConfig config, string? wanted)
    {
        if (wanted is not null && wanted.Contains("://", StringComparison.Ordinal))
        {
            TargetAddress.Parse(wanted);
            return new DeployTarget(wanted, wanted);
        }
        if (config.DeployTargets.Count == 0)
            throw new DeployException("No deploy target: pass --target s3://BUCKET?region=… or azblob://CONTAINER, or add `deploy: { targets: [ { name: production, url: … } ] }` to site.yml.");
        if (wanted is null) return config.DeployTargets[0];
        return config.DeployTargets.FirstOrDefault(t => t.Name == wanted)
            ?? throw new DeployException($"site.yml has no deploy target named '{wanted}' (it has {string.Join(", ", config.DeployTargets.Select(t => t.Name))}).");
    }
}
