using ScarGuide.Diagnostics;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Pipeline;

public sealed class WorkTests
{
    private static Work WorkOf(BuildMemory? memory, bool parallel = true) =>
        new BuildContext(BuildOptions.ForRoot(Path.GetTempPath(), TestSite.Now) with { Parallel = parallel }, new NullOutput(), memory).Work;

    private sealed record Item(string Id, object?[] Key);

    [Fact]
    public void A_result_is_reused_only_while_every_key_item_is_the_same()
    {
        var memory = new BuildMemory();
        var made = 0;
        var work = new Reusable<Item, int>("test", i => i.Id, i => i.Key, (_, _) => Interlocked.Increment(ref made));
        var meta = new object();
        var html = new string('x', 3);
        int Run(params object?[] key)
        {
            var result = WorkOf(memory).Map(work, [new Item("feed.xml", key)], new DiagnosticBag())[0];
            memory.End();
            return result;
        }

        var first = Run("title", meta, html, 3);
        // Equal strings and values (even other instances) and the same objects: reused.
        Assert.Equal(first, Run(new string("title"), meta, html, 3));
        Assert.Equal(1, made);

        Run("title", new object(), html, 3);   // another object, though "equal"
        Run("other", new object(), html, 3);
        Run("other", meta, html, 4);
        Run("other", meta, html);
        Assert.Equal(5, made);
        Assert.Equal((1, 0), (memory.LastBuild["test"].Made, memory.LastBuild["test"].Reused));
        Assert.Equal(["feed.xml"], memory.MadeIds("test"));
    }

    [Fact]
    public void Diagnostics_of_a_reused_result_are_reported_again_and_results_not_asked_for_are_dropped()
    {
        var memory = new BuildMemory();
        var work = new Reusable<string, string>("test", s => s, s => [s], (s, d) =>
        {
            d.Warning("w", s, 1, 1, "message");
            return s.ToUpperInvariant();
        });
        DiagnosticBag Run(params string[] items)
        {
            var bag = new DiagnosticBag();
            Assert.Equal(items.Select(i => i.ToUpperInvariant()), WorkOf(memory).Map(work, items, bag));
            memory.End();
            return bag;
        }

        Assert.Equal(2, Run("a", "b").WarningCount);
        Assert.Equal(2, Run("a", "b").WarningCount);
        Assert.Equal(0, memory.Made("test"));
        Run("a");          // b is not asked for: forgotten
        Run("a", "b");
        Assert.Equal(["b"], memory.MadeIds("test"));
    }

    [Fact]
    public void Without_memory_every_item_is_made_and_results_keep_item_order()
    {
        var items = Enumerable.Range(0, 1000).ToArray();
        foreach (var parallel in new[] { true, false })
        {
            var keys = 0;
            var work = new Reusable<int, int>("test", i => i.ToString(), i => { Interlocked.Increment(ref keys); return [i]; }, (i, _) => i * 2);
            Assert.Equal(items.Select(i => i * 2), WorkOf(null, parallel).Map(work, items, new DiagnosticBag()));
            Assert.Equal(0, keys); // keys are only computed when something is remembered
        }
    }
}
