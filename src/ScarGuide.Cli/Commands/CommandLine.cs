using System.CommandLine;

namespace ScarGuide.Cli.Commands;

/// <summary>The <c>scarguide</c> command tree. No verb means <c>build</c>.</summary>
internal static class CommandLine
{
    public static RootCommand Create()
    {
        var build = BuildCommand.Create();
        var root = new RootCommand("ScarGuide: builds a fast, accessible, SEO-ready patient guide from Markdown articles.");
        foreach (var option in build.Options) root.Options.Add(option);
        root.Action = build.Action;
        root.Subcommands.Add(build);
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(RelatedCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ThemeCommand.Create());
        root.Subcommands.Add(DeployCommand.Create());
        foreach (var extra in ExtraCommands.Create()) root.Subcommands.Add(extra);
        return root;
    }
}
