using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ScarGuide.Markdown;

/// <summary>
/// Visits every block and inline below a node in document order (the order of Markdig's <c>Descendants()</c>),
/// with one reused stack per thread: no recursion, so hostile nesting cannot exhaust the call stack, and no
/// iterator or stack allocated per call.
/// </summary>
internal static class MarkdownWalker
{
    [ThreadStatic] private static List<MarkdownObject>? t_stack;

    public static void Walk<TVisitor>(MarkdownObject root, ref TVisitor visitor) where TVisitor : struct, IMarkdownVisitor
    {
        var stack = t_stack ??= new List<MarkdownObject>(256);
        // Walks may nest (a visitor may start another): each one only pops what it pushed.
        var bottom = stack.Count;
        PushChildren(stack, root);
        while (stack.Count > bottom)
        {
            var node = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            visitor.Visit(node);
            PushChildren(stack, node);
        }
    }

    // Children go on in reverse so they come off in document order.
    private static void PushChildren(List<MarkdownObject> stack, MarkdownObject node)
    {
        switch (node)
        {
            case ContainerBlock container:
                for (var i = container.Count - 1; i >= 0; i--) stack.Add(container[i]);
                break;
            case LeafBlock { Inline: { } inline }:
                PushInlines(stack, inline);
                break;
            case ContainerInline inline:
                PushInlines(stack, inline);
                break;
        }
    }

    private static void PushInlines(List<MarkdownObject> stack, ContainerInline parent)
    {
        var start = stack.Count;
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling) stack.Add(child);
        stack.Reverse(start, stack.Count - start);
    }
}

/// <summary>What <see cref="MarkdownWalker"/> calls for each node.</summary>
internal interface IMarkdownVisitor
{
    void Visit(MarkdownObject node);
}
