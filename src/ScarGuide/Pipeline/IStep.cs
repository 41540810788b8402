namespace ScarGuide.Pipeline;

/// <summary>One named step of the build. Steps run in order; each sees everything earlier steps wrote.</summary>
public interface IStep
{
    string Name { get; }

    void Run(BuildContext context);
}
