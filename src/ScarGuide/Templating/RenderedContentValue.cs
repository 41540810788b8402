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
internal sealed class RenderedContentValue(StringBuilder html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

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

    private StringValue AsString() => new(html.ToString(), encode: false);

    public override bool Equals(FluidValue other) => AsString().Equals(other);

    public override bool ToBooleanValue() => AsString().ToBooleanValue();

    public override decimal ToNumberValue() => AsString().ToNumberValue();

    public override string ToStringValue() => html.ToString();

    public override object ToObjectValue() => html.ToString();

    public override bool Contains(FluidValue value) => AsString().Contains(value);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString().GetIndexAsync(index, context);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString().Enumerate(context);
}
