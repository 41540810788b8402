namespace ScarGuide.Tests.Testing;

/// <summary>A clock that always says the same time, for commands and servers that take a <see cref="TimeProvider"/>.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
