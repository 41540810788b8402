using System.Diagnostics.Tracing;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Pipeline;

/// <summary><c>--serial</c> means serial everywhere: no step, and no engine a step calls, starts a parallel loop.</summary>
public sealed class SerialBuildTests
{
    [Fact]
    public void A_serial_build_starts_no_parallel_loop_and_a_parallel_one_does()
    {
        using var site = TestSite.Write($"""
            -- input/articles/a.md --
            {Md("Silicone gel for scars", "Silicone gel sheets flatten raised scars over months.\n", "tags: [\"silicone\"]")}
            -- input/articles/b.md --
            {Md("Silicone sheets after surgery", "Sheets of silicone soften scars after surgery.\n", "tags: [\"silicone\"]")}
            -- input/articles/c.md --
            {Md("Sun and scars", "Sunscreen keeps new scars from darkening.\n", "date: 2026-01-10")}
            """);
        using var loops = new ParallelLoops();

        site.Rebuild(o => o with { Parallel = false }).AssertNoErrors();
        var serial = loops.Started;
        site.Rebuild().AssertNoErrors();

        Assert.Equal(0, serial);
        Assert.True(loops.Started > 0, "the listener sees the loops of a parallel build");
    }

    /// <summary>Counts parallel loops the test's own thread starts (the TPL reports each on the thread that starts it).</summary>
    private sealed class ParallelLoops : EventListener
    {
        private readonly int _thread = Environment.CurrentManagedThreadId;
        private int _started;

        public int Started => Volatile.Read(ref _started);

        protected override void OnEventSourceCreated(EventSource source)
        {
            // Parallel.For and ForEach report through the Parallel library's own source.
            if (source.Name == "System.Threading.Tasks.Parallel.EventSource") EnableEvents(source, EventLevel.Informational, EventKeywords.All);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is "ParallelLoopBegin" or "ParallelInvokeBegin" && Environment.CurrentManagedThreadId == _thread)
                Interlocked.Increment(ref _started);
        }
    }
}
