namespace ScarGuide.Images;

/// <summary>
/// Bounds the photos being encoded at the same time: at most one per core (<paramref name="slots"/>), and together
/// within <paramref name="total"/> bytes, so a worker waits until its photo fits. One photo larger than the whole
/// budget still runs, alone.
/// </summary>
/// <remarks>
/// The runner's parallel loop may start more workers than there are cores when they run long (the thread pool adds
/// threads to a busy loop); encoders are CPU-bound and each holds its own buffers, so more at once only costs memory.
/// </remarks>
internal sealed class MemoryBudget(long total, int slots)
{
    private readonly object _gate = new();
    private readonly long _total = total;
    private long _free = total;
    private int _slots = slots;

    public long Acquire(long wanted)
    {
        var take = Math.Min(wanted, _total);
        lock (_gate)
        {
            while (_free < take || _slots == 0) Monitor.Wait(_gate);
            _free -= take;
            _slots--;
        }
        return take;
    }

    public void Release(long taken)
    {
        lock (_gate)
        {
            _free += taken;
            _slots++;
            Monitor.PulseAll(_gate);
        }
    }
}
