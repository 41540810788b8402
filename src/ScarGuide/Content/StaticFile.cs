namespace ScarGuide.Content;

/// <summary>A file copied as it is (images, downloads), with its pixel size when it is an image we can measure.</summary>
public sealed record StaticFile(string SourcePath, string FullPath, string OutputPath, long Length)
{
    /// <summary>The bytes of a file that has no path on disk (a built-in theme asset); null for files copied from disk.</summary>
    public byte[]? Content { get; init; }

    /// <summary>The file's time when the folder was listed (with <see cref="Length"/>, from one stat); default where not listed from disk.</summary>
    public DateTime LastWriteTimeUtc { get; init; }
}
