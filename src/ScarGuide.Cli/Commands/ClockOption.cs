using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>--clock 2027-06-01T12:00:00Z</c>, like Hugo's: the one place the tool reads "now". Scheduling, overdue reviews
/// and the date <c>new</c> writes all come from here, so a build can be made as of any day (tests, previews of
/// scheduled articles). Without the option the clock is the system's.
/// </summary>
internal sealed class ClockOption
{
    public Option<DateTimeOffset?> Option { get; } = new("--clock")
    {
        Description = "Build as if now were this time, e.g. 2027-06-01T12:00:00Z or 2027-06-01 (UTC midnight)",
        CustomParser = Parse,
    };

    /// <summary>The clock the command runs by: one that starts at <c>--clock</c> and ticks on, or the system's.</summary>
    public TimeProvider Read(ParseResult result) =>
        result.GetValue(Option) is { } start ? new StartedClock(start) : TimeProvider.System;

    private static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var time)
            && text.Length >= 10 && char.IsAsciiDigit(text[0]))
            return time.ToUniversalTime();
        result.AddError($"--clock expects a date and time like 2027-06-01T12:00:00Z (or a date like 2027-06-01), not '{text}'.");
        return null;
    }

    /// <summary>Starts at a given time and runs at the speed of the system clock (a preview keeps rebuilding).</summary>
    private sealed class StartedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = System.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_started);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
