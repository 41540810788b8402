using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot.Fluent;

namespace ScarGuide.Templating;

/// <summary>
/// <c>{% include_cached 'card', card %}</c>: like <c>{% include 'card' %}</c>, but a partial rendered once for a given
/// object (compared by reference) is reused for the rest of the build, like Hugo's <c>partialCached</c>. A listing
/// shows the same article card on many pages; the partial must depend only on that object and on <c>site</c>.
/// </summary>
internal sealed class ThemeParser : FluidParser
{
    public const string PartialsKey = "scarguide.partials";
    public const string CacheKey = "scarguide.include-cache";
    private const string DepthKey = "scarguide.include-depth";

    public ThemeParser() : base(new FluidParserOptions { AllowFunctions = false }) =>
        RegisterParserTag("include_cached", Primary.AndSkip(Comma).And(Primary), RenderCachedAsync);

    private static async ValueTask<Completion> RenderCachedAsync(
        (Expression Name, Expression Key) arguments, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var name = (await arguments.Name.EvaluateAsync(context)).ToStringValue();
        var key = (await arguments.Key.EvaluateAsync(context)).ToObjectValue();
        var cache = context.AmbientValues.GetValueOrDefault(CacheKey) as IncludeCache;
        if (cache is not null && key is not null && cache.TryGet(name, key, out var cached))
        {
            writer.Write(cached);
            return Completion.Normal;
        }

        if (context.AmbientValues.GetValueOrDefault(PartialsKey) is not IReadOnlyDictionary<string, IFluidTemplate> partials
            || !partials.TryGetValue(name + ".liquid", out var partial))
            throw new InvalidOperationException($"include_cached: the partial '{name}' does not exist in the theme's partials folder.");

        // Fluid bounds its own includes; a partial that include_caches itself must stop the same way.
        var depth = context.AmbientValues.GetValueOrDefault(DepthKey) as int? ?? 0;
        if (depth >= Theme.MaxRecursion)
            throw new InvalidOperationException("The maximum level of recursion has been reached in include_cached.");
        context.AmbientValues[DepthKey] = depth + 1;
        context.EnterChildScope();
        try
        {
            // A page's writer carries its limits; a partial rendered apart keeps to them too.
            using TextWriter output = writer is BoundedWriter bounded ? bounded.Child() : new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            await partial.RenderAsync(output, encoder, context);
            var html = output.ToString() ?? "";
            if (cache is not null && key is not null) cache.Add(name, key, html);
            writer.Write(html);
        }
        finally
        {
            context.ReleaseScope();
            context.AmbientValues[DepthKey] = depth;
        }
        return Completion.Normal;
    }
}

/// <summary>What <c>include_cached</c> rendered during one build: partial name and object → HTML.</summary>
public sealed class IncludeCache
{
    private readonly ConcurrentDictionary<(string Name, object Key), string> _rendered = new(new KeyComparer());

    internal bool TryGet(string name, object key, out string html) => _rendered.TryGetValue((name, key), out html!);

    // Two threads may render the same partial at once; both results are equal, either may stay.
    internal void Add(string name, object key, string html) => _rendered.TryAdd((name, key), html);

    private sealed class KeyComparer : IEqualityComparer<(string Name, object Key)>
    {
        public bool Equals((string Name, object Key) x, (string Name, object Key) y) =>
            ReferenceEquals(x.Key, y.Key) && string.Equals(x.Name, y.Name, StringComparison.Ordinal);

        public int GetHashCode((string Name, object Key) key) => HashCode.Combine(RuntimeHelpers.GetHashCode(key.Key), key.Name);
    }
}
