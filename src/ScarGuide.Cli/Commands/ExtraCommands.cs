using System.CommandLine;

namespace ScarGuide.Cli.Commands;

/// <summary>Commands that live in their own folders (serve), registered in one place.</summary>
internal static partial class ExtraCommands
{
    public static IEnumerable<Command> Create()
    {
        var list = new List<Command>();
        AddServe(list);
        return list;
    }

    static partial void AddServe(List<Command> commands);
}
