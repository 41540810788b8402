namespace ScarGuide.Pipeline;

/// <summary>One named step of the build. Steps run in order; each sees everything earlier steps wrote.</summary>
public interface IStep
{
    string Name { get; }

    void Run(BuildContext context);
}

/// <summary>
/// A step that does the same work for every item independently, in parallel unless the build is serial.
/// Items must not touch each other's state; whole-site work belongs in a plain <see cref="IStep"/>.
/// </summary>
public abstract class PerPageStep<T> : IStep
{
    public abstract string Name { get; }

    protected abstract IReadOnlyList<T> Items(BuildContext context);

    protected abstract void Run(T item, BuildContext context);

    /// <summary>Runs once after every item: where results gathered in parallel are put in a stable order.</summary>
    protected virtual void Complete(BuildContext context) { }

    public void Run(BuildContext context)
    {
        var items = Items(context);
        if (context.Options.Parallel && items.Count > 1)
            System.Threading.Tasks.Parallel.ForEach(items, item => Run(item, context));
        else
            foreach (var item in items) Run(item, context);
        Complete(context);
    }
}
