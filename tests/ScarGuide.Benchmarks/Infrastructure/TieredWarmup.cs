namespace ScarGuide.Benchmarks.Infrastructure;

/// <summary>
/// Runs a workload a few times in setup, then gives the background JIT a moment, so BenchmarkDotNet's pilot
/// stage times tier-1 code. Without it the pilot times tier-0 code (several times slower for Markdig and
/// Fluid), picks too few invocations, and the measured iterations come out shorter than BenchmarkDotNet wants.
/// </summary>
public static class TieredWarmup
{
    public static void Run(Action workload, int passes = 3)
    {
        for (var i = 0; i < passes; i++) workload();
        // Tier-1 recompilation waits for a quiet period (about 100 ms) and then runs on a background thread.
        Thread.Sleep(500);
        workload();
    }
}
