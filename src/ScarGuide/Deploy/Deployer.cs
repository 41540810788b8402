namespace ScarGuide.Deploy;

/// <summary>What a deploy did (or, with a dry run, would do).</summary>
public sealed record DeployResult(DeployPlan Plan, int Uploaded, int Deleted, long BytesSent, bool DryRun, string? Refusal)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>Progress of the uploads and deletes, for a progress bar.</summary>
public readonly record struct DeployProgress(int Done, int Total, string Key);

/// <summary>
/// Carries out a <see cref="DeployPlan"/> against a store. Each group of uploads finishes before the next starts, and
/// deletes come last, so an interrupted deploy never removes a file a stored page still uses, and the next deploy
/// (which compares again) finishes the job.
/// </summary>
public sealed class Deployer(IRemoteStore store)
{
    /// <summary>Uploads in flight at once within a group.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Deletes sent per request (S3's DeleteObjects takes up to 1,000).</summary>
    public const int DeleteBatch = 1000;

    public async Task<DeployResult> RunAsync(DeployPlan plan, DeployOptions options, IProgress<DeployProgress>? progress = null, CancellationToken cancel = default)
    {
        if (plan.Deletes.Count > options.MaxDeletes)
            return new DeployResult(plan, 0, 0, 0, options.DryRun,
                $"The deploy would delete {plan.Deletes.Count} remote file(s), more than --max-deletes {options.MaxDeletes}; nothing was changed. " +
                "Check that the output folder is the whole site and the target is the right one, then pass a larger --max-deletes.");
        if (options.DryRun) return new DeployResult(plan, 0, 0, 0, true, null);

        var total = plan.Uploads.Count + plan.Deletes.Count;
        var done = 0;
        long bytes = 0;
        foreach (var group in plan.Uploads.GroupBy(u => u.Group))
        {
            await Parallel.ForEachAsync(group, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancel }, async (file, token) =>
            {
                var content = await File.ReadAllBytesAsync(file.SourcePath, token);
                await store.UploadAsync(file.Key, content, file.Md5, file.Headers, token);
                Interlocked.Add(ref bytes, content.Length);
                progress?.Report(new DeployProgress(Interlocked.Increment(ref done), total, file.Key));
            });
        }
        foreach (var batch in plan.Deletes.Chunk(DeleteBatch))
        {
            await store.DeleteAsync(batch, cancel);
            done += batch.Length;
            progress?.Report(new DeployProgress(done, total, batch[^1]));
        }
        return new DeployResult(plan, plan.Uploads.Count, plan.Deletes.Count, bytes, false, null);
    }
}

/// <summary>How a deploy runs: <c>--dry-run</c>, <c>--max-deletes</c> (default 256), <c>--force</c>.</summary>
public sealed record DeployOptions
{
    public bool DryRun { get; init; }
    public int MaxDeletes { get; init; } = 256;
    public bool Force { get; init; }
}
