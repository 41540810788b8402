using System.Diagnostics;
using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace ScarGuide.Templating;

/// <summary>
/// How long one page may render and how much HTML it may produce (<c>render:</c> in site.yml). Fluid's step limit
/// stops endless loops that do little; these stop the ones that write a lot or that a huge range keeps busy.
/// </summary>
public sealed record RenderLimits(TimeSpan Timeout, int MaxPageMegabytes)
{
    public static readonly RenderLimits Default = new(TimeSpan.FromSeconds(5), 64);

    /// <summary>The largest page, in characters of HTML (a megabyte of markup is about a million characters).</summary>
    public long MaxChars => MaxPageMegabytes * 1024L * 1024L;

    /// <summary>The end of a page's processor time, from now, on the rendering thread's clock (<see cref="ThreadCpuClock"/>).</summary>
    internal RenderDeadline DeadlineFromNow() => new(Stopwatch.GetTimestamp(), ThreadCpuClock.Now(), ThreadCpuClock.Ticks(Timeout));
}

/// <summary>
/// A page's processor-time budget. The thread clock is a system call (no vDSO shortcut, unlike the wall clock), and a
/// page asked it every few hundred writes: 4% of a build's CPU. A thread cannot have used more processor time than wall
/// time has passed, so the thread clock is read only once the wall clock says the budget could be spent.
/// </summary>
internal readonly record struct RenderDeadline(long WallStart, long CpuStart, long Budget)
{
    public static readonly RenderDeadline None = new(0, 0, long.MaxValue);

    public bool Passed() =>
        Budget != long.MaxValue
        && Stopwatch.GetTimestamp() - WallStart > Budget
        && ThreadCpuClock.Now() - CpuStart > Budget;
}

/// <summary>A template was stopped by a render limit; the message says which and how to fix the template.</summary>
internal sealed class RenderLimitException(string message) : Exception(message);

/// <summary>
/// The writer a page renders into: a <see cref="StringBuilder"/> that refuses to grow past the page limit or to go on
/// after the page's deadline. The clock is read every few hundred writes, not on each (a page makes thousands).
/// A page renders on one thread (Fluid completes synchronously), so the deadline is on that thread's clock.
/// </summary>
internal sealed class BoundedWriter(StringBuilder builder) : TextWriter(CultureInfo.InvariantCulture)
{
    private const int WritesBetweenClockReads = 256;
    private RenderLimits _limits = RenderLimits.Default;
    private RenderDeadline _deadline = RenderDeadline.None;
    private int _countdown = WritesBetweenClockReads;

    public StringBuilder Builder => builder;

    public override Encoding Encoding => Encoding.Unicode;

    public override string ToString() => builder.ToString();

    /// <summary>Empties the writer for a new render that must end by <paramref name="deadline"/>.</summary>
    public void Start(RenderLimits limits, RenderDeadline deadline)
    {
        builder.Clear();
        _limits = limits;
        _deadline = deadline;
        _countdown = WritesBetweenClockReads;
    }

    /// <summary>A writer of its own for a partial rendered apart (include_cached), bound by the same page limits.</summary>
    public BoundedWriter Child()
    {
        var child = new BoundedWriter(new StringBuilder());
        child.Start(_limits, _deadline);
        return child;
    }

    public override void Write(char value)
    {
        builder.Append(value);
        Check();
    }

    public override void Write(string? value)
    {
        builder.Append(value);
        Check();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        builder.Append(buffer, index, count);
        Check();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        builder.Append(buffer);
        Check();
    }

    // TextWriter's own asynchronous writes queue each write to the thread pool; writing to memory never waits, so
    // these complete at once as StringWriter's do (and the render stays on its thread, whose clock the deadline is on).
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        WriteLine();
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    public void CheckTime()
    {
        if (_deadline.Passed())
            throw new RenderLimitException(
                $"The page took longer than {_limits.Timeout.TotalSeconds:0.###} s of processor time to render (render.timeout_seconds in site.yml): an endless or very long loop?");
    }

    private void Check()
    {
        if (builder.Length > _limits.MaxChars)
            throw new RenderLimitException(
                $"The page grew past {_limits.MaxPageMegabytes} MB of HTML (render.max_page_megabytes in site.yml): a loop that writes without end?");
        if (--_countdown > 0) return;
        _countdown = WritesBetweenClockReads;
        CheckTime();
    }
}

/// <summary>
/// Replaces Fluid's <c>(a..b)</c> ranges with one that refuses more items than a render may take steps: Fluid builds
/// the whole array before a loop starts, so <c>(1..2000000000)</c> would allocate tens of gigabytes first.
/// </summary>
internal sealed class BoundRanges : AstRewriter
{
    public static readonly BoundRanges Instance = new();

    /// <summary>The same template with every range bounded (the rewriter copies only what it changes).</summary>
    public static IFluidTemplate Apply(IFluidTemplate template) => Instance.VisitTemplate(template);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange(Visit(rangeExpression.From), Visit(rangeExpression.To));

    private sealed class BoundedRange(Expression from, Expression to) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var start = Convert.ToInt32((await from.EvaluateAsync(context)).ToNumberValue());
            var end = Convert.ToInt32((await to.EvaluateAsync(context)).ToNumberValue());
            var count = Math.Max(0L, (long)end - start + 1);
            if (count > Theme.MaxSteps)
                throw new RenderLimitException(
                    $"The range ({start}..{end}) has {count:N0} items; a page may take at most {Theme.MaxSteps:N0} steps, so the loop could never finish.");
            var items = new FluidValue[count];
            for (var i = 0; i < items.Length; i++) items[i] = NumberValue.Create(start + i);
            return new ArrayValue(items);
        }
    }
}
