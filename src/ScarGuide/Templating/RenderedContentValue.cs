using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace ScarGuide.Templating;

/// <summary>
/// A layout's rendered HTML as the base layout's <c>content</c>: written out chunk by chunk, unencoded, straight
/// from the buffer it was rendered into, so no page makes a string of its body. Anything else a template asks
/// of it (filters, <c>size</c>, comparisons) behaves as the same raw string would.
/// </summary>
internal sealed class RenderedContentValue(StringBuilder html) : TextLikeValue
{
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        foreach (var chunk in html.GetChunks()) writer.Write(chunk.Span);
        return default;
    }

    [Obsolete("Fluid prefers WriteToAsync; kept for callers of the synchronous API.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        foreach (var chunk in html.GetChunks()) writer.Write(chunk.Span);
    }

    protected override StringValue AsString() => new(html.ToString(), encode: false);

    public override string ToStringValue() => html.ToString();
}
