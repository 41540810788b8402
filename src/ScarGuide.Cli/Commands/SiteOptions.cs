using System.CommandLine;
using ScarGuide.Pipeline;

namespace ScarGuide.Cli.Commands;

/// <summary>The options every site-reading command shares (--input, --theme, --base-url, --drafts, --future, --clock).</summary>
internal sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "Folder with site.yml, authors.yml, articles/ and pages/", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme")
    {
        Description = "A whole theme: folder with layouts/, partials/ and assets/ (default: the built-in theme, with any file in theme/ replacing its own)",
        DefaultValueFactory = _ => "theme",
    };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Overrides base_url from site.yml (e.g. for a pull-request preview)" };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include articles with draft: true" };
    public Option<bool> Future { get; } = new("--future") { Description = "Include articles dated in the future" };
    public Option<bool> Serial { get; } = new("--serial") { Description = "Run per-page steps on one thread (output is identical)" };
    public ClockOption Clock { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.Options.Add(Serial);
        command.Options.Add(Clock.Option);
    }

    public BuildOptions Read(ParseResult result) => Read(result, Clock.Read(result));

    /// <summary>The options as of <paramref name="clock"/>'s now (serve reads the clock again for each rebuild).</summary>
    public BuildOptions Read(ParseResult result, TimeProvider clock)
    {
        var root = Directory.GetCurrentDirectory();
        return new BuildOptions
        {
            RootDirectory = root,
            InputDirectory = Path.GetFullPath(result.GetValue(Input)!),
            ThemeDirectory = Path.GetFullPath(result.GetValue(Theme)!),
            // Without --theme, theme/ (if any) only overrides the built-in theme file by file.
            BuiltInTheme = result.GetResult(Theme) is null or { Implicit: true },
            BaseUrl = result.GetValue(BaseUrl),
            IncludeDrafts = result.GetValue(Drafts),
            IncludeFuture = result.GetValue(Future),
            Parallel = !result.GetValue(Serial),
            Now = clock.GetUtcNow(),
        };
    }
}
