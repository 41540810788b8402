using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ScarGuide.Templating;

/// <summary>
/// The processor time the calling thread has used. A render limit counts this rather than wall time: a loop that
/// runs away burns it, while a page that merely waited (a busy machine, a parallel build on two cores, a pause of
/// the collector) does not, so the limit stops templates without failing sound pages on a loaded CI machine.
/// Where the platform offers no per-thread clock, it falls back to wall time.
/// </summary>
internal static partial class ThreadCpuClock
{
    private static readonly bool Available = Probe();

    /// <summary>Now, in <see cref="Stopwatch"/> ticks on this thread's own clock.</summary>
    public static long Now() => Available ? Read() : Stopwatch.GetTimestamp();

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static long Read()
    {
        if (OperatingSystem.IsWindows())
        {
            GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user);
            return (long)((kernel + user) * (Stopwatch.Frequency / 1e7)); // 100-ns units
        }
        clock_gettime(OperatingSystem.IsMacOS() ? 16 : 3, out var time); // CLOCK_THREAD_CPUTIME_ID
        return (long)((time.Seconds * 1e9 + time.Nanoseconds) * (Stopwatch.Frequency / 1e9));
    }

    private static bool Probe()
    {
        try
        {
            if (!OperatingSystem.IsWindows() && !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
            Read();
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out TimeSpec time);

    [LibraryImport("kernel32.dll")]
    private static partial IntPtr GetCurrentThread();

    [LibraryImport("kernel32.dll")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}
