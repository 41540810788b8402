using System.Runtime.InteropServices;
using ScarGuide.IO;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// Ctrl+C, SIGTERM and SIGQUIT end a build at once, wherever it is: the published site is only ever replaced by
/// two renames at the very end, so stopping anywhere else leaves it as it was (the staging folder is removed by the
/// next build). The one moment to wait for is those two renames.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    private Interruption() =>
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal => PosixSignalRegistration.Create(signal, Stop))];

    /// <summary>Until disposed, a stop signal waits for a swap in progress, then lets the process end as the signal asks.</summary>
    public static Interruption DuringBuild() => new();

    // Taken and never released: the process ends holding it, so no swap can start after the signal either.
    private static void Stop(PosixSignalContext context) => Monitor.Enter(SafeOutputFolder.CommitLock);

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
