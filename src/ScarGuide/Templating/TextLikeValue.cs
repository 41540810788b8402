using Fluid;
using Fluid.Values;

namespace ScarGuide.Templating;

/// <summary>
/// A template value that writes itself out without making a string first (a page's body, held in a buffer or as
/// UTF-8), and behaves as that string for everything else a template asks of it: filters, <c>size</c>, comparisons.
/// </summary>
internal abstract class TextLikeValue : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    /// <summary>The same text as an ordinary string value (made only when a template asks more than to write it).</summary>
    protected abstract StringValue AsString();

    public override bool Equals(FluidValue other) => AsString().Equals(other);

    public override bool ToBooleanValue() => AsString().ToBooleanValue();

    public override decimal ToNumberValue() => AsString().ToNumberValue();

    public override string ToStringValue() => AsString().ToStringValue();

    public override object ToObjectValue() => ToStringValue();

    public override bool Contains(FluidValue value) => AsString().Contains(value);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString().GetIndexAsync(index, context);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString().Enumerate(context);
}
