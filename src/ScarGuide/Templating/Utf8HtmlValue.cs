using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using ScarGuide.Content;

namespace ScarGuide.Templating;

/// <summary>
/// An article's body HTML (<c>a.content</c>), held as UTF-8, as a template value. <c>{{ a.content | raw }}</c> decodes it
/// straight into the page's writer, so no page makes a string of its body (a large one, read once). Encoded output
/// (no <c>raw</c>), filters, <c>size</c> and comparisons see the same string as before.
/// </summary>
internal sealed class Utf8HtmlValue(Utf8Text html, bool encode) : TextLikeValue
{
    /// <summary>What the <c>raw</c> filter makes of it: the same text, written unencoded.</summary>
    public Utf8HtmlValue Raw() => encode ? new Utf8HtmlValue(html, encode: false) : this;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (encode) return AsString().WriteToAsync(writer, encoder, cultureInfo);
        html.WriteTo(writer);
        return default;
    }

    [Obsolete("Fluid prefers WriteToAsync; kept for callers of the synchronous API.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (encode) AsString().WriteTo(writer, encoder, cultureInfo);
        else html.WriteTo(writer);
    }

    protected override StringValue AsString() => new(html.ToString(), encode);

    public override string ToStringValue() => html.ToString();
}
