namespace ScarGuide.Images;

/// <summary>
/// Bounds the memory photos being decoded at the same time may take: a worker waits until its photo fits. One photo
/// larger than the whole budget still runs, alone.
/// </summary>
internal sealed class MemoryBudget(long total)
{
    private readonly object _gate = new();
    private readonly long _total = total;
    private long _free = total;

    public long Acquire(long wanted)
    {
        var take = Math.Min(wanted, _total);
        lock (_gate)
        {
            while (_free < take) Monitor.Wait(_gate);
            _free -= take;
        }
        return take;
    }

    public void Release(long taken)
    {
        lock (_gate)
        {
            _free += taken;
            Monitor.PulseAll(_gate);
        }
    }
}
