using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.FrontMatter;

/// <summary>
/// A fast path for the simple YAML of front matter and configuration files. YamlDotNet's scanner and parser cost
/// many times more time and memory than a couple of kilobytes of <c>name: value</c> lines deserve, so this class
/// reads such text itself and replays exactly the parsing events YamlDotNet's <see cref="Parser"/> would produce
/// (same values, styles and start/end marks; the document's default tag directives, which the loader does not read,
/// are left out), from which <see cref="YamlStream.Load(IParser)"/> builds the same nodes.
/// <para>
/// The subset: a block mapping starting at column 1; keys that are plain words (letters, digits, <c>_ - .</c>);
/// values that are empty, single-line plain scalars, single-line "double-quoted" scalars with common escapes,
/// single-line 'single-quoted' scalars, one-line flow lists <c>[a, "b"]</c> of such scalars, nested block mappings,
/// or block lists (indented or not) of scalars or of block mappings; comments, blank lines and CRLF line ends.
/// </para>
/// <para>
/// Anything else (multi-line or block scalars, anchors, aliases, tags, flow mappings, directives, document markers,
/// tabs, duplicate keys, unusual escapes or characters, ...) is declined: <see cref="TryLoad"/> returns null and the
/// caller parses with YamlDotNet, which also reports every error exactly as before. This class never reports errors.
/// </para>
/// </summary>
internal sealed class FastYamlParser : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    private FastYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= _events.Count)
        {
            Current = null;
            return false;
        }
        Current = _events[_next++];
        return true;
    }

    // Lists reused by TryLoad on each thread: the events are only needed until the nodes are built.
    [ThreadStatic] private static List<ParsingEvent>? t_events;
    [ThreadStatic] private static List<(int, int)>? t_keys;

    /// <summary>A parser replaying the events of <paramref name="text"/>, or null when the text is outside the subset.</summary>
    public static FastYamlParser? TryCreate(string text) =>
        new Reader(text, [], []).Read() is { } events ? new FastYamlParser(events) : null;

    /// <summary>The YAML stream of <paramref name="text"/>, or null when the text must be left to YamlDotNet.</summary>
    public static YamlStream? TryLoad(string text)
    {
        var events = t_events ?? new List<ParsingEvent>(128);
        var keys = t_keys ?? new List<(int, int)>(32);
        try
        {
            if (new Reader(text, events, keys).Read() is null) return null;
            var stream = new YamlStream();
            stream.Load(new FastYamlParser(events));
            return stream;
        }
        catch (YamlException)
        {
            // Not expected (duplicate keys are declined up front), but if in doubt YamlDotNet decides and reports.
            return null;
        }
        finally
        {
            events.Clear();
            keys.Clear();
            if (events.Capacity <= 4096)
            {
                t_events = events;
                t_keys = keys;
            }
        }
    }

    /// <summary>Turns the whole text into events up front, or gives up (null) at the first thing outside the subset.</summary>
    private sealed class Reader(string text, List<ParsingEvent> events, List<(int Start, int Length)> keys)
    {
        // Deeper texts are declined before this reader recurses further; YamlDotNet's path then applies (and reports)
        // BoundedParser.MaxDepth, which is higher, so both paths accept the same texts.
        private const int MaxDepth = BoundedParser.MaxDepth / 2;
        private const int MaxKeyLength = 1000; // YamlDotNet refuses simple keys longer than 1024 characters.

        // YamlDotNet's parser attaches the default tag directives (! and !!) to every implicit document; the loader never
        // reads them (scalars come with their tags resolved), so none are given here: making a TagDirective compiles
        // YamlDotNet's handle pattern, a Regex with RegexOptions.Compiled, ~6 ms of processor time at every start.
        private static readonly TagDirectiveCollection NoTags = new();

        // Printable ASCII and \n: all most texts contain, checked in one vectorized search. Written out: made with LINQ,
        // the set was the first use of generic code that is compiled when the process runs, on every build.
        private static readonly SearchValues<char> PlainAscii =
            SearchValues.Create("\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

        // What ends the run of characters a double-quoted scalar copies as they are.
        private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\\\n\r");

        // Characters that cannot start a plain scalar here (YAML indicators), so such values are declined.
        private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

        // Keys that occur in almost every file, shared instead of allocated per file.
        private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CommonKeys =
            FrontMatterParser.KnownKeys.Concat(["q", "a", "url", "name"])
                .ToFrozenDictionary(k => k, k => k, StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly List<ParsingEvent> _events = events;
        private readonly List<(int Start, int Length)> _keys = keys; // keys of the mappings being read, for duplicates
        private Mark _end;       // where YamlDotNet ends the stream: the text's end, on a new line if the last is not empty
        private Mark _endOfText; // the text's end on its last line
        private int _lastLineLength;
        private int _pos;       // the current character
        private int _line = 1;  // the current line (1-based) and the index where it starts
        private int _lineStart;
        private int _indent;    // the column (0-based) of the current line's first character, once found
        private bool _eof;      // no content left
        private int _depth;

        public List<ParsingEvent>? Read()
        {
            if (!CharactersAreSimple(text)) return null;
            var breaks = text.AsSpan().Count('\n');
            _lastLineLength = text.Length - (text.LastIndexOf('\n') + 1);
            _endOfText = new Mark(text.Length, breaks + 1, _lastLineLength + 1);
            _end = new Mark(text.Length, breaks + 1 + (_lastLineLength > 0 ? 1 : 0), 1);

            var start = new Mark(0, 1, 1);
            _events.Add(new StreamStart(start, start));
            FindContent();
            if (_eof)
            {
                _events.Add(new StreamEnd(_end, _end));
                return _events;
            }
            if (_indent != 0 || !IsKey(_pos, out _)) return null;

            var document = MarkAt(_pos);
            _events.Add(new DocumentStart(null, NoTags, true, document, document));
            if (!BlockMapping(0) || !_eof) return null;
            _events.Add(new DocumentEnd(true, _end, _end));
            _events.Add(new StreamEnd(_end, _end));
            return _events;
        }

        /// <summary>Printable characters only, no tabs, and line breaks that are \n or \r\n (YAML has more).</summary>
        private static bool CharactersAreSimple(string text)
        {
            var span = text.AsSpan();
            var i = span.IndexOfAnyExcept(PlainAscii);
            if (i < 0) return true;
            for (; i < span.Length; i++)
            {
                var c = span[i];
                if (c is >= ' ' and <= '~' or '\n') continue;
                if (c == '\r')
                {
                    if (i + 1 < span.Length && span[i + 1] == '\n') continue;
                    return false;
                }
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
                    return false;
                }
                if (c < '\u00A0' || char.IsLowSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                    return false;
            }
            return true;
        }

        private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);

        /// <summary>
        /// Where YamlDotNet closes a collection whose entries start at column <paramref name="indent"/> (0-based): at the
        /// next token; at the end of the text, those indented deeper than the last line's length close there, before
        /// it moves to a new line for the end of the stream.
        /// </summary>
        private Mark CloseAt(int indent) => !_eof ? MarkAt(_pos) : indent > _lastLineLength ? _endOfText : _end;

        private bool AtLineEnd(int i) => i >= text.Length || text[i] is '\n' or '\r';

        private int SkipSpaces(int i)
        {
            while (i < text.Length && text[i] == ' ') i++;
            return i;
        }

        /// <summary>From the start of a line, skips blank and comment lines and stops at the next content.</summary>
        private void FindContent()
        {
            while (true)
            {
                var i = SkipSpaces(_pos);
                if (!AtLineEnd(i) && text[i] != '#')
                {
                    _pos = i;
                    _indent = i - _lineStart;
                    return;
                }
                var newline = text.IndexOf('\n', i);
                if (newline < 0)
                {
                    _pos = text.Length;
                    _eof = true;
                    return;
                }
                _pos = newline + 1;
                _line++;
                _lineStart = _pos;
            }
        }

        /// <summary>After a value: only spaces and a comment may follow on its line; then finds the next content.</summary>
        private bool FinishLine()
        {
            var i = SkipSpaces(_pos);
            if (!AtLineEnd(i) && !(text[i] == '#' && i > _pos)) return false;
            var newline = text.IndexOf('\n', i);
            if (newline < 0)
            {
                _pos = text.Length;
                _eof = true;
                return true;
            }
            _pos = newline + 1;
            _line++;
            _lineStart = _pos;
            FindContent();
            return true;
        }

        /// <summary>A plain key of simple characters, followed by ':' and a space or the line end.</summary>
        private bool IsKey(int at, out int colon)
        {
            colon = at;
            if (!char.IsAsciiLetterOrDigit(text[at]) && text[at] != '_') return false;
            var i = at + 1;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.')) i++;
            if (i >= text.Length || text[i] != ':' || i - at > MaxKeyLength) return false;
            if (!AtLineEnd(i + 1) && text[i + 1] != ' ') return false;
            colon = i;
            return true;
        }

        private bool IsEntry(int at) => text[at] == '-' && (AtLineEnd(at + 1) || text[at + 1] == ' ');

        private bool BlockMapping(int indent)
        {
            if (++_depth > MaxDepth) return false;
            var start = MarkAt(_pos);
            _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            var firstKey = _keys.Count;
            while (true)
            {
                if (!IsKey(_pos, out var colon)) return false;
                var key = text.AsSpan(_pos, colon - _pos);
                for (var k = firstKey; k < _keys.Count; k++)
                    if (key.SequenceEqual(text.AsSpan(_keys[k].Start, _keys[k].Length))) return false;
                _keys.Add((_pos, key.Length));

                var name = CommonKeys.TryGetValue(key, out var common) ? common : key.ToString();
                _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, name, ScalarStyle.Plain, true, false,
                    MarkAt(_pos), MarkAt(colon), isKey: true));
                _pos = colon + 1;
                if (!MappingValue(indent)) return false;

                if (_eof || _indent < indent) break;
                if (_indent > indent) return false;
            }
            _keys.RemoveRange(firstKey, _keys.Count - firstKey);
            var end = CloseAt(indent);
            _events.Add(new MappingEnd(end, end));
            _depth--;
            return true;
        }

        /// <summary>The value after a key's ':' (where <see cref="_pos"/> is), up to the next content line.</summary>
        private bool MappingValue(int indent)
        {
            var afterColon = MarkAt(_pos);
            var i = SkipSpaces(_pos);
            if (!AtLineEnd(i) && text[i] != '#')
            {
                _pos = i;
                return InlineValue(flowAllowed: true) && FinishLine();
            }

            // Nothing on the key's line: the value is a block below it, or empty.
            if (!FinishLine()) return false;
            if (!_eof && _indent > indent)
            {
                if (IsEntry(_pos)) return BlockSequence(indentless: false);
                return IsKey(_pos, out _) && BlockMapping(_indent);
            }
            if (!_eof && _indent == indent && IsEntry(_pos)) return BlockSequence(indentless: true);
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, string.Empty, ScalarStyle.Plain, true, false,
                afterColon, afterColon));
            return true;
        }

        private bool BlockSequence(bool indentless)
        {
            if (++_depth > MaxDepth) return false;
            var indent = _indent;
            var start = MarkAt(_pos);
            _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, start,
                indentless ? MarkAt(_pos + 1) : start));
            while (true)
            {
                // At an entry's '-': its content must follow on the same line.
                var i = SkipSpaces(_pos + 1);
                if (i == _pos + 1 || AtLineEnd(i) || text[i] == '#') return false;
                _pos = i;
                if (IsKey(i, out _))
                {
                    _indent = i - _lineStart;
                    if (!BlockMapping(_indent)) return false;
                }
                else if (!InlineValue(flowAllowed: false) || !FinishLine())
                {
                    return false;
                }

                if (_eof || _indent < indent) break;
                if (_indent > indent) return false;
                if (!IsEntry(_pos))
                {
                    if (indentless) break;
                    return false;
                }
            }
            var end = CloseAt(indent);
            _events.Add(new SequenceEnd(end, end));
            _depth--;
            return true;
        }

        /// <summary>A scalar or flow list on the current line, starting at <see cref="_pos"/>.</summary>
        private bool InlineValue(bool flowAllowed) => text[_pos] switch
        {
            '"' => DoubleQuoted(),
            '\'' => SingleQuoted(),
            '[' => flowAllowed && FlowSequence(),
            var c when Indicators.Contains(c) => false,
            _ => Plain(),
        };

        /// <summary>A plain scalar in block context: up to the line end or a comment; ": " would start a mapping.</summary>
        private bool Plain()
        {
            var start = _pos;
            var end = start;
            for (var i = start; !AtLineEnd(i); i++)
            {
                var c = text[i];
                if (c == ' ')
                {
                    if (i + 1 < text.Length && text[i + 1] == '#') break;
                    continue;
                }
                if (c == ':' && (AtLineEnd(i + 1) || text[i + 1] == ' ')) return false;
                end = i + 1;
            }
            AddScalar(text.Substring(start, end - start), ScalarStyle.Plain, start, end);
            _pos = end;
            return true;
        }

        /// <summary>A plain scalar inside <c>[...]</c>; declines anything that flow context treats specially.</summary>
        private bool FlowPlain()
        {
            var start = _pos;
            var end = start;
            for (var i = start; !AtLineEnd(i); i++)
            {
                var c = text[i];
                if (c is ',' or ']') break;
                if (c == ' ') continue;
                if (c is ':' or '#' or '[' or '{' or '}') return false;
                end = i + 1;
            }
            AddScalar(text.Substring(start, end - start), ScalarStyle.Plain, start, end);
            _pos = end;
            return true;
        }

        private bool DoubleQuoted()
        {
            var start = _pos;
            var i = start + 1;
            var escaped = false;
            while (true)
            {
                // To the closing quote, an escape or the line's end, in one vectorized search.
                var next = text.AsSpan(i).IndexOfAny(QuotedStops);
                if (next < 0) return false;
                i += next;
                var c = text[i];
                if (c is '\n' or '\r') return false;
                if (c == '"') break;
                escaped = true;
                if (i + 1 >= text.Length) return false;
                switch (text[i + 1])
                {
                    case '"' or '\\' or '/' or 'n' or 't' or 'r' or 'b' or 'f' or '0':
                        i += 2;
                        break;
                    case 'u':
                        if (i + 6 > text.Length
                            || !ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                            || char.IsSurrogate((char)code))
                            return false;
                        i += 6;
                        break;
                    default:
                        return false;
                }
            }
            var end = i + 1;
            var value = escaped ? Unescape(text.AsSpan(start + 1, i - start - 1)) : text.Substring(start + 1, i - start - 1);
            AddScalar(value, ScalarStyle.DoubleQuoted, start, end);
            _pos = end;
            return true;
        }

        /// <summary>Resolves the escapes <see cref="DoubleQuoted"/> has already checked.</summary>
        private static string Unescape(ReadOnlySpan<char> raw)
        {
            var buffer = raw.Length <= 256 ? stackalloc char[256] : new char[raw.Length];
            var length = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c != '\\')
                {
                    buffer[length++] = c;
                    continue;
                }
                var e = raw[++i];
                if (e == 'u')
                {
                    buffer[length++] = (char)ushort.Parse(raw.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    i += 4;
                    continue;
                }
                buffer[length++] = e switch
                {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\b',
                    'f' => '\f',
                    '0' => '\0',
                    _ => e, // " \ /
                };
            }
            return new string(buffer[..length]);
        }

        private bool SingleQuoted()
        {
            var start = _pos;
            var i = start + 1;
            var doubled = false;
            while (true)
            {
                if (AtLineEnd(i)) return false;
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        doubled = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            var end = i + 1;
            var value = text.Substring(start + 1, i - start - 1);
            AddScalar(doubled ? value.Replace("''", "'", StringComparison.Ordinal) : value, ScalarStyle.SingleQuoted, start, end);
            _pos = end;
            return true;
        }

        /// <summary>A one-line <c>[a, "b", 'c']</c> of scalars; no nesting, empty entries or trailing comma.</summary>
        private bool FlowSequence()
        {
            var open = MarkAt(_pos);
            _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, open, open));
            var i = SkipSpaces(_pos + 1);
            if (i < text.Length && text[i] != ']')
            {
                while (true)
                {
                    if (AtLineEnd(i)) return false;
                    _pos = i;
                    var ok = text[i] switch
                    {
                        '"' => DoubleQuoted(),
                        '\'' => SingleQuoted(),
                        var c when Indicators.Contains(c) => false,
                        _ => FlowPlain(),
                    };
                    if (!ok) return false;
                    i = SkipSpaces(_pos);
                    if (i >= text.Length) return false;
                    if (text[i] == ']') break;
                    if (text[i] != ',') return false;
                    i = SkipSpaces(i + 1);
                    if (i >= text.Length || text[i] == ']') return false;
                }
            }
            if (i >= text.Length) return false;
            var close = MarkAt(i);
            _events.Add(new SequenceEnd(close, close));
            _pos = i + 1;
            return true;
        }

        private void AddScalar(string value, ScalarStyle style, int start, int end)
        {
            var plain = style == ScalarStyle.Plain;
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, plain, !plain, MarkAt(start), MarkAt(end)));
        }
    }
}
