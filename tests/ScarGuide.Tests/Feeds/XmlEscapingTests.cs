using System.Text;
using System.Xml;
using ScarGuide.Feeds;

namespace ScarGuide.Tests.Feeds;

public sealed class XmlEscapingTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("<p>Fish &amp; chips > \"quotes\" 'single'</p>")]
    [InlineData("line\r\nbreaks\rand\nmore\r")]
    [InlineData("tabs\tand emoji \U0001F600 and accents é ü")]
    [InlineData("")]
    public void Escapes_exactly_like_XmlWriter_WriteString(string text)
    {
        Assert.Equal(Written(w => w.WriteString(text)), Written(w => { w.WriteString(""); w.WriteRaw(XmlEscaping.Escape(text)); }));
    }

    [Theory]
    [InlineData(0x0001)]
    [InlineData(0xD800)] // built here: attribute strings cannot carry a lone surrogate
    [InlineData(0xDC00)]
    [InlineData(0xFFFF)]
    public void Refuses_what_XmlWriter_refuses(int code)
    {
        var text = $"before {(char)code} after";
        Assert.ThrowsAny<ArgumentException>(() => Written(w => w.WriteString(text)));
        Assert.Throws<ArgumentException>(() => XmlEscaping.Escape(text));
    }

    private static string Written(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            xml.WriteStartElement("content");
            write(xml);
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
