namespace ScarGuide.IO;

/// <summary>
/// Whether a file's size and last-write time can stand for its content between builds. A file written again within
/// its file system's timestamp granularity of being read could keep both, so, like Git's "racily clean" check, only
/// a file whose time was at least <see cref="SettleTime"/> older than the moment it was read is trusted; files changed
/// just before are read again. File time, not the build's clock: this compares the file system with itself.
/// </summary>
public static class FileTimes
{
    /// <summary>Longer than any common file system's timestamp granularity (FAT: 2 s).</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    /// <summary>The moment to pass to <see cref="Settled"/>: taken just before the file is read.</summary>
    public static DateTime ReadAt() => DateTime.UtcNow;

    public static bool Settled(DateTime readAt, DateTime lastWriteUtc) => readAt - lastWriteUtc >= SettleTime;
}
