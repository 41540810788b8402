namespace ScarGuide.Deploy;

/// <summary>An object already in the store: its key (relative to the target's prefix), size and MD5, as far as known.</summary>
/// <param name="Md5">Lower-case hex MD5 of the stored bytes, or null when the store does not say (then it is uploaded again).</param>
public sealed record RemoteObject(string Key, long Size, string? Md5);

/// <summary>The headers an object is stored with, which the store serves back to readers.</summary>
public sealed record ObjectHeaders(string ContentType, string CacheControl, string? ContentEncoding);

/// <summary>
/// A bucket or container under a prefix: S3 (and every S3-compatible store), Azure Blob storage, or memory in tests.
/// Keys are relative to the prefix, with '/' between folders. Implementations turn their SDK's errors into
/// <see cref="DeployException"/>s that say what to fix.
/// </summary>
public interface IRemoteStore
{
    /// <summary>What the store is, for messages: <c>s3://bucket/prefix</c>.</summary>
    string Description { get; }

    /// <summary>Every object under the prefix, with its MD5 where the store keeps one.</summary>
    Task<IReadOnlyList<RemoteObject>> ListAsync(CancellationToken cancel);

    /// <summary>Stores these bytes under the key with these headers, recording <paramref name="md5"/> (hex) so a later listing knows it.</summary>
    Task UploadAsync(string key, byte[] content, string md5, ObjectHeaders headers, CancellationToken cancel);

    Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancel);
}

/// <summary>A deploy that cannot go on, with what to fix (a missing bucket, a refused key, an unreachable endpoint).</summary>
public sealed class DeployException(string message, Exception? inner = null) : Exception(message, inner);
