using ScarGuide.Pipeline;

namespace ScarGuide.Navigation;

/// <summary>Gives each published article its previous (older) and next (newer) article by date.</summary>
public sealed class LinkNeighbours : IStep
{
    public string Name => "neighbours";

    public void Run(BuildContext context)
    {
        // Articles are sorted newest first.
        var list = context.Articles;
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Next = i > 0 ? list[i - 1] : null;
            list[i].Previous = i + 1 < list.Count ? list[i + 1] : null;
        }
    }
}
