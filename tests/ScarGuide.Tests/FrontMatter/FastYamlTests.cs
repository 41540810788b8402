using System.Text;
using CsCheck;
using ScarGuide.FrontMatter;
using ScarGuide.Tests.Testing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ScarGuide.Tests.FrontMatter;

/// <summary>
/// Differential tests of the fast YAML reader: whenever it accepts a text, its events must equal YamlDotNet's own
/// parser's event for event (type, value, style, implicitness, tag, anchor, start and end marks), and YamlDotNet must
/// accept the text too; text outside the subset must be declined so that YamlDotNet reads and reports it.
/// </summary>
public sealed class FastYamlTests
{
    private const ulong Seed = 20260311;

    private static string Mark(Mark m) => $"{m.Index}/{m.Line}:{m.Column}";

    private static string Describe(ParsingEvent e)
    {
        var what = e switch
        {
            Scalar s => $"Scalar '{s.Value}' {s.Style} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey} {Node(s)}",
            SequenceStart s => $"SequenceStart {s.Style} implicit={s.IsImplicit} {Node(s)}",
            MappingStart m => $"MappingStart {m.Style} implicit={m.IsImplicit} {Node(m)}",
            // Not its tag directives: YamlDotNet's parser gives an implicit document the two defaults, the fast reader
            // none (making one compiles a Regex); the loader reads neither, which the node comparisons below check.
            DocumentStart d => $"DocumentStart implicit={d.IsImplicit} version={d.Version?.Version}",
            DocumentEnd d => $"DocumentEnd implicit={d.IsImplicit}",
            _ => e.GetType().Name,
        };
        return $"{what} {Mark(e.Start)}-{Mark(e.End)}";
    }

    private static string Node(NodeEvent n) =>
        $"tag={(n.Tag.IsEmpty ? "-" : n.Tag.Value)} anchor={(n.Anchor.IsEmpty ? "-" : n.Anchor.Value)}";

    private static List<string> Events(IParser parser)
    {
        var list = new List<string>();
        while (parser.MoveNext()) list.Add(Describe(parser.Current!));
        return list;
    }

    /// <summary>YamlDotNet's events, or null when it cannot read the text (or build nodes from it).</summary>
    private static List<string>? YamlDotNetEvents(string text)
    {
        try
        {
            var events = Events(new Parser(new StringReader(text)));
            new YamlStream().Load(new StringReader(text));
            return events;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>True when the fast reader took the text (and matched YamlDotNet exactly), false when it declined.</summary>
    private static bool CheckAgainstYamlDotNet(string text)
    {
        var fast = FastYamlParser.TryCreate(text);
        if (fast is null) return false;
        var expected = YamlDotNetEvents(text);
        Assert.True(expected is not null, $"The fast reader accepted text that YamlDotNet rejects:\n{Show(text)}");
        var actual = Events(fast);
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "(none)";
            var a = i < actual.Count ? actual[i] : "(none)";
            Assert.True(e == a, $"Event {i} differs.\nYamlDotNet: {e}\nFast:       {a}\nText:\n{Show(text)}");
        }
        // And so the same nodes, marks included, as YamlDotNet builds from the text.
        var fastStream = FastYamlParser.TryLoad(text);
        Assert.NotNull(fastStream);
        var slowStream = new YamlStream();
        slowStream.Load(new StringReader(text));
        Assert.Equal(string.Join("\n", slowStream.Documents.Select(d => Dump(d.RootNode))),
            string.Join("\n", fastStream.Documents.Select(d => Dump(d.RootNode))));
        return true;
    }

    private static string Show(string text) =>
        text.Replace("\r", "\\r").Replace("\t", "\\t") + "\nAs one line: " + text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");

    /// <summary>The front matter of every Markdown file and every YAML file of the repository's site.</summary>
    private static IEnumerable<string> RepositoryYaml()
    {
        var files = Directory.EnumerateFiles(RepoRoot.Combine("input"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (!file.EndsWith(".md", StringComparison.Ordinal)) yield return text;
            else if (FrontMatterParser.Split(text, file, new ScarGuide.Diagnostics.DiagnosticBag()).Yaml is { } yaml) yield return yaml;
        }
    }

    [Fact]
    public void Every_front_matter_and_config_file_in_the_repository_takes_the_fast_path_with_identical_events()
    {
        var texts = RepositoryYaml().ToList();
        Assert.True(texts.Count >= 14, $"only {texts.Count} files");
        foreach (var text in texts)
            Assert.True(CheckAgainstYamlDotNet(text), $"Declined by the fast reader:\n{Show(text)}");
    }

    private static readonly string[] AcceptedTexts =
    [
        "",
        "\n\n",
        "# only a comment\n",
        "   \n# c\n  ",
        "title: x",
        "title: x\n",
        "title: plain value\n",
        "title: \"double quoted\"\n",
        "title: 'single quoted'\n",
        "title: 'it''s'\n",
        "title: ''\n",
        "title: \"\"\n",
        "title: \"esc \\\" \\\\ \\/ \\n \\t \\r \\b \\f \\0 \\u00e9 \\u20AC \\u0041\"\n",
        "title: value # comment\n",
        "title: value    # comment: with [stuff]\n",
        "title: \"a # b\"\n",
        "title: \"a\" # b\n",
        "title: 'a' #b\n",
        "title: a#b\n",
        "url: https://x.org/a#b\n",
        "url: http://x.org:8080/a?b=c&d=e\n",
        "title: a:b\n",
        "title: a [b], {c} d\n",
        "title: It's \"quoted\" inside\n",
        "title: a - b ? c\n",
        "title: 50% off @ home `code` | pipe > gt ! bang & amp * star\n",
        "title: C:\\path\\to\n",
        "title: ~\n",
        "title: null\n",
        "draft: true\nnoindex: no\n",
        "posts_per_page: 20\nweight: 1.5e3\n",
        "date: 2020-02-24\nupdated: 2026-03-14T09:30:00+01:00\n",
        "title: Ünïcödé 中文 💉 émoji\n",
        "title: \"💉 in quotes\"\n",
        "title: trailing spaces   \n",
        "title: \"quoted then spaces\"   \n",
        "empty:\n",
        "empty:   \n",
        "empty: # comment\n",
        "empty:\nnext: x\n",
        "empty:",
        "a: 1\nb:",
        "a: 1\r\nb: \"two\"\r\nc:\r\n  - x\r\n  - 'y'\r\n",
        "a: 1\r\nb:",
        "a: 1\r\nb: 2\r\n",
        "\n# leading comment\n\ntitle: x\n\n# trailing comment\n",
        "title: x\n   # indented comment\nnext: y\n",
        "title: x\n\n\n\nnext: y\n",
        "tags: [\"a\", \"b\", c]\n",
        "tags: []\n",
        "tags: [ ]\n",
        "tags: [a]\n",
        "tags: [ a b , \"c\" ,d ]   # comment\n",
        "tags: ['x', \"y\", z, 'it''s', \"\\u00e9\"]\n",
        "tags: [2020-02-24, 💉, über]\n",
        "tags: [a/b, a-b, a?b, a!b, a'b]\n",
        "aliases:\n  - /old/\n  - /older/\n",
        "aliases:\n- /old/\n- \"/older/\"\nnext: x\n",
        "aliases:\n    - a\n    - b\nnext: x\n",
        "aliases:\n  - a # c\n  # between\n\n  - 'b'\n",
        "faq:\n  - q: \"Is it safe?\"\n    a: \"Mostly.\"\n  - q: x\n    a: y\n",
        "faq:\n- q: x\n  a: y\n- q: z\n  a: w\nnext: v\n",
        "faq:\n    - q: x\n      a: y\n",
        "faq:\n  -   q: x\n      a: y\n",
        "faq:\n  - q: x\n    a:\n  - q: y\n",
        "faq:\n  - q:\n    a: y\n",
        "faq:\n  - q: x\n    a: [1, 2]\n",
        "faq:\n  - q: x\n    tags:\n      - a\n      - b\n    a: y\n",
        "faq:\n  - q: x\n    tags:\n    - a\n    - b\n    a: y\n",
        "faq:\n  - q: x\n    more:\n      deep: y\n",
        "faq:\n  - \"quoted item\"\n  - plain item\n  - 'single'\n",
        "faq:\n  - q: x\n  - plain\n",
        "sources:\n  - title: \"NHS\"\n    url: \"https://www.nhs.uk/\"\nrelated: [\"a\"]\n",
        "organization:\n  name: \"Clinic\"\n  logo: /images/logo.svg\nlanguage: en\n",
        "organization:\n    name: x\n    sub:\n      deep: y\n    after: z\nnext: w\n",
        "a:\n  b:\n    c:\n      d: e\n",
        "author-1:\n  name: x\nauthor_2:\n  name: y\nmy.key: z\n_x: 1\n2020: year\n",
        "nested:\n  list:\n  - a\n  - b\n  after: x\n",
        "last:\n  - a\n  - b",
        "last:\n  k: v",
        "title: x\n  # comment indented more than the key\n",
        "a:\n  b: c\n   ",
        "a:\n  b: c\n  ",
        "a:\n  b: c\n# end",
        "a:\n    b: c\n# end",
        "faq:\n  - q: x\n    a: y\n  ",
        "faq:\n  - q: x\n    a: y\n   ",
        "faq:\n- q: x\n  a: y\n ",
        "faq:\n- q: x\n  a: y\n  # c",
        "faq:\n  - x\n  ",
        "faq:\n  - x\n   ",
    ];

    // Theories take an index: xUnit would mangle control characters in string arguments.
    public static TheoryData<int> Accepted => [.. Enumerable.Range(0, AcceptedTexts.Length)];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepts_simple_yaml_with_events_identical_to_YamlDotNet(int index) =>
        Assert.True(CheckAgainstYamlDotNet(AcceptedTexts[index]), $"Declined:\n{Show(AcceptedTexts[index])}");

    private static readonly string[] DeclinedTexts =
    [
        "title: a: b\n",                        // YamlDotNet: invalid mapping
        "title: a:\n",
        "title: \"unclosed\n",
        "title: 'unclosed\n",
        "title: \"a\"b\n",
        "title: \"a\"#b\n",
        "title: multi\n  line\n",
        "title: multi\n\n  line after blank\n",
        "title: \"multi\n  line\"\n",
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: &a x\nother: *a\n",
        "title: !!str x\n",
        "title: {a: b}\n",
        "tags: [a,]\n",
        "tags: [a, , b]\n",
        "tags: [a, [b]]\n",
        "tags: [a\n  , b]\n",
        "tags: [a: b]\n",
        "tags: [a] x\n",
        "%YAML 1.1\n---\ntitle: x\n",
        "---\ntitle: x\n",
        "title: x\n---\n",
        "title: x\n...\n",
        "title: x\ntitle: y\n",                   // duplicate key
        "faq:\n  - q: x\n    q: y\n",
        "title:\tx\n",
        "title: x\t\n",
        "\ttitle: x\n",
        "title: \"\\x41\"\n",
        "title: \"\\e\"\n",
        "title: \"\\uD83D\\uDC89\"\n",
        "title: \"a \\\n  b\"\n",
        "title: x\rnext: y\n",
        "title: a\u2028b\n",
        "title: a\u0085b\n",
        "\uFEFFtitle: x\n",
        "title: \u0001\n",
        "title: \ud83d\n",
        "- a\n- b\n",
        "just words\n",
        "  title: indented document\n",
        "title: x\n  next: y\n",
        "\"quoted key\": x\n",
        "key with space: x\n",
        "key : x\n",
        "key:x\n",
        "? complex\n: key\n",
        "title: -x\n",
        "title: - x\n",
        "title: :x\n",
        "title: ?x\n",
        "title: @x\n",
        "title: `x`\n",
        "title: %x\n",
        "title: ,x\n",
        "title: ]x\n",
        "faq:\n  -\n    q: x\n",
        "faq:\n  - - nested\n",
        "faq:\n  - [a, b]\n",
        "faq:\n  - a\n   - b\n",
        "faq:\n  - a\n  b: c\n",
        "faq:\n  - q: x\n     a: y\n",
        "faq:\n  - q: x\n   a: y\n",
        "faq:\n  - a\n    continued\n",
        "a:\n  b: c\n d: e\n",
        "empty:\n  some text below\n",
        "title: x # c\n  continued?\n",
    ];

    public static TheoryData<int> Declined => [.. Enumerable.Range(0, DeclinedTexts.Length)];

    [Theory]
    [MemberData(nameof(Declined))]
    public void Declines_everything_outside_the_subset(int index) =>
        Assert.True(FastYamlParser.TryCreate(DeclinedTexts[index]) is null, $"Accepted:\n{Show(DeclinedTexts[index])}");

    // ---- Generated front matter: CsCheck with a fixed seed and a bounded count. ----

    private static readonly Gen<string> Pad = Gen.OneOf("", "", "", " ", "  ");

    private static readonly Gen<string> Trailing = Gen.Frequency(
        (12, Gen.Const("")), (2, Gen.Const("   ")), (2, Gen.Const(" # note")), (1, Gen.Const("  #x: [y, 'z")), (1, Gen.Const(" #")));

    private static readonly Gen<string> FirstWord = Gen.OneOf(
        "scar", "Acne", "über", "中文", "💉", "2020-02-24", "3.5", "x:y", "a#b", "it's", "https://x.org/a#b", "null", "~",
        "true", "C:\\x", "a[b]", "5-FU", "/images/hero.svg", "a,b", "a\"b\"", "(x)", "$5", "+1", "=", "<b>", "^", "\\");

    private static readonly Gen<string> Word = Gen.OneOf(
        "scar", "Acne", "über", "中文", "💉", "2020-02-24", "x:y", "a#b", "[b]", "{c}", "}", "]", "it's", "'q'", "\"q\"", "a,b", ",",
        "-", "- x", "~", "null", "50%", "@x", "`t`", "a|b", "|", ">", "&amp", "*x", "!x", "?", "? x", "https://x.org/a#b", "\\d", "#", "nb\u00A0sp", "\u00A0", "\u3000",
        "\u200B", "\uFFFD");

    private static readonly Gen<string> PlainValue = Gen.Select(
        FirstWord, Gen.Select(Gen.OneOf(" ", " ", "  "), Word, (s, w) => s + w).Array[0, 5],
        (first, rest) => first + string.Concat(rest));

    private static readonly Gen<string> DoubleQuotedValue = Gen.OneOf(
        "a", " ", "scar", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\r", "\\b", "\\f", "\\0", "\\u00e9", "\\u0041", "\\u20AC", "'", "#",
        " # ", ": ", ":", "[", "]", ",", "{", "💉", "é", "''", "\\u0000").Array[0, 8].Select(parts => "\"" + string.Concat(parts) + "\"");

    private static readonly Gen<string> SingleQuotedValue = Gen.OneOf(
        "a", " ", "scar", "''", "\"", "\\", "\\n", "#", " # ", ": ", "[", ",", "💉").Array[0, 6]
        .Select(parts => "'" + string.Concat(parts) + "'");

    private static readonly Gen<string> ScalarValue = Gen.Frequency(
        (5, PlainValue), (3, DoubleQuotedValue), (1, SingleQuotedValue));

    private static readonly Gen<string> FlowPlain = Gen.OneOf(
        "scar", "über", "💉", "2020-02-24", "it's", "a b", "x-y", "a/b", "~", "null", "a?b", "a!b", "a&b", "a*b", "a|b", "a>b",
        "a\"b", "a%b", "a@b", "a`b", "5");

    private static readonly Gen<string> FlowSequence = Gen.Select(
        Gen.OneOf(FlowPlain, FlowPlain, DoubleQuotedValue, SingleQuotedValue).Array[0, 4],
        Gen.OneOf(", ", ",", " , ", ",  "), Gen.OneOf("", "", " "),
        (items, separator, inner) => items.Length == 0 ? "[" + inner + "]" : "[" + inner + string.Join(separator, items) + inner + "]");

    private static readonly Gen<string> KeyName = Gen.OneOf(
        "title", "description", "date", "tags", "q", "a", "url", "x", "image_alt", "author-1", "my.key", "_p", "K2", "2020");

    /// <summary>Lines between entries: mostly nothing, sometimes blank or comment lines at any indentation.</summary>
    private static readonly Gen<string> Filler = Gen.Frequency(
        (14, Gen.Const("")), (1, Gen.Const("\n")), (1, Gen.Const("# comment\n")), (1, Gen.Const("      # indented: comment\n")),
        (1, Gen.Const("   \n")), (1, Gen.Const("#\n")));

    private static Gen<string> Inline(string after) => Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(" ", " ", "  "), ScalarValue, Trailing, (s, v, t) => after + s + v + t + "\n")),
        (2, Gen.Select(FlowSequence, Trailing, (v, t) => after + " " + v + t + "\n")),
        (1, Trailing.Select(t => after + t + "\n")));

    /// <summary>A block mapping at <paramref name="indent"/>; keys are made distinct.</summary>
    private static Gen<string> Mapping(int indent, int depth, int minKeys, int maxKeys) =>
        Gen.Select(KeyName, Filler, Entry(indent, depth), (k, f, e) => (Key: k, Filler: f, Entry: e)).Array[minKeys, maxKeys]
            .Select(entries =>
            {
                var sb = new StringBuilder();
                var seen = new HashSet<string>();
                for (var i = 0; i < entries.Length; i++)
                {
                    var key = seen.Add(entries[i].Key) ? entries[i].Key : entries[i].Key + i;
                    seen.Add(key);
                    if (i > 0) sb.Append(entries[i].Filler);
                    sb.Append(new string(' ', indent)).Append(key).Append(':').Append(entries[i].Entry);
                }
                return sb.ToString();
            });

    /// <summary>What follows a key's ':' at <paramref name="indent"/>: an inline value, or a block on the next lines.</summary>
    private static Gen<string> Entry(int indent, int depth)
    {
        var inline = Inline("");
        if (depth >= 3) return inline;
        return Gen.Frequency(
            (8, inline),
            (2, Gen.SelectMany(Gen.OneOf(0, 1, 2, 4), Trailing, (offset, t) => ScalarList(indent + offset).Select(l => t + "\n" + l))),
            (2, Gen.SelectMany(Gen.OneOf(0, 2, 4), Gen.OneOf(" ", "   "), (offset, gap) => MappingList(indent + offset, gap, depth).Select(l => "\n" + l))),
            (1, Gen.SelectMany(Gen.OneOf(1, 2, 4), offset => Mapping(indent + offset, depth + 1, 1, 3).Select(m => "\n" + m))));
    }

    private static Gen<string> ScalarList(int indent) =>
        Gen.Select(Filler, Gen.OneOf(" ", " ", "  "), ScalarValue, Trailing,
                (f, gap, v, t) => f + new string(' ', indent) + "-" + gap + v + t + "\n")
            .Array[1, 4].Select(string.Concat);

    /// <summary>Entries like faq's: <c>- q: x</c> and further keys lined up under the first.</summary>
    private static Gen<string> MappingList(int indent, string gap, int depth) =>
        Mapping(indent + 1 + gap.Length, depth + 1, 1, 3)
            .Select(m => new string(' ', indent) + "-" + gap + m[(indent + 1 + gap.Length)..])
            .Array[1, 3].Select(string.Concat);

    private static readonly Gen<string> Document = Gen.Select(
        Filler, Mapping(0, 0, 1, 10), Gen.Bool, Gen.OneOf("", "", "-", "\n", " ", "   ", "     ", "# end", "   # end"),
        (lead, body, crlf, ending) =>
        {
            // The end of the text decides where YamlDotNet closes collections, so vary it.
            var text = lead + (ending == "-" ? body.TrimEnd('\n') : body + ending);
            return crlf ? text.Replace("\n", "\r\n") : text;
        });

    private static IEnumerable<T> Samples<T>(Gen<T> gen, int count, uint stream)
    {
        var pcg = new PCG(stream, Seed);
        for (var i = 0; i < count; i++) yield return gen.Generate(pcg, null, out _);
    }

    [Fact]
    public void Generated_front_matter_in_the_subset_is_accepted_with_identical_events()
    {
        var i = 0;
        foreach (var text in Samples(Document, 3_000, 1))
        {
            Assert.True(CheckAgainstYamlDotNet(text), $"Case {i} (seed {Seed}) was declined:\n{Show(text)}");
            i++;
        }
    }

    private static readonly string[] Fragments =
    [
        ": ", ":", " #", "#", "\t", "- ", "-", "  ", "\n", "\n  ", "\n- ", "\na: ", "\r", "\r\n", "\"", "'", "''", "[", "]", ", ",
        "{", "}", "&a ", "*a", "!t ", "|", ">", "---", "...", "%YAML 1.1", "?", "@", "`", "\\", "\\x41", "\\U0001F489", "\\u12",
        "\u2028", "\uFEFF", "\u0085", "\ud83d", "💉", "x", " ", "a: b", "q: ", "~", "\0",
    ];

    private static readonly Gen<(int Position, int Fragment, int Operation)[]> Mutations =
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, Fragments.Length - 1], Gen.Int[0, 2]).Array[1, 4];

    private static string Mutate(string text, (int Position, int Fragment, int Operation)[] mutations)
    {
        foreach (var (position, fragment, operation) in mutations)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            var piece = Fragments[fragment];
            text = operation switch
            {
                0 => text.Insert(at, piece),
                1 => text.Remove(at, Math.Min(piece.Length, text.Length - at)),
                _ => text[..at] + piece + text[Math.Min(text.Length, at + piece.Length)..],
            };
        }
        return text;
    }

    [Fact]
    public void Generated_front_matter_with_mutations_is_either_identical_or_declined()
    {
        var accepted = 0;
        var declined = 0;
        var i = 0;
        foreach (var (text, mutations) in Samples(Gen.Select(Document, Mutations), 6_000, 2))
        {
            var mutated = Mutate(text, mutations);
            try
            {
                if (CheckAgainstYamlDotNet(mutated)) accepted++;
                else declined++;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"Case {i} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}\n{Show(mutated)}");
            }
            i++;
        }
        // Both sides of the boundary are exercised.
        Assert.True(accepted > 500 && declined > 500, $"accepted {accepted}, declined {declined}");
    }

    [Fact]
    public void Mutated_front_matter_from_the_repository_is_either_identical_or_declined()
    {
        var texts = RepositoryYaml().ToArray();
        var accepted = 0;
        var i = 0;
        foreach (var (pick, mutations) in Samples(Gen.Select(Gen.Int[0, texts.Length - 1], Mutations), 3_000, 3))
        {
            var mutated = Mutate(texts[pick], mutations);
            try
            {
                if (CheckAgainstYamlDotNet(mutated)) accepted++;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"Case {i} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}\n{Show(mutated)}");
            }
            i++;
        }
        Assert.True(accepted > 300 && accepted < 2_700, $"accepted {accepted} of 3000");
    }

    [Fact]
    public void Parsing_a_mapping_gives_the_same_nodes_and_diagnostics_either_way()
    {
        const string text = "title: x\ndate: soon\ntags: [a, \"b\"]\nfaq:\n  - q: \"Q?\"\n    a:\n";
        Assert.NotNull(FastYamlParser.TryCreate(text));
        var fast = new ScarGuide.Diagnostics.DiagnosticBag();
        FrontMatterParser.Parse(text, "x.md", fast);
        var slowStream = new YamlStream();
        slowStream.Load(new StringReader(text));
        var fastStream = FastYamlParser.TryLoad(text)!;
        Assert.Equal(Dump(slowStream.Documents[0].RootNode), Dump(fastStream.Documents[0].RootNode));
        Assert.Contains(fast.Sorted(), d => d.Code == "wrong-type" && d.Line == 3 && d.Column == 7);
        Assert.Contains(fast.Sorted(), d => d.Code == "faq-missing-answer" && d.Line == 6 && d.Column == 5);
    }

    private static string Dump(YamlNode node) => node switch
    {
        YamlScalarNode s => $"{s.Value}|{s.Style}|{s.Start}|{s.End}",
        YamlSequenceNode q => $"[{q.Style}|{q.Start}|{q.End}|{string.Join(";", q.Children.Select(Dump))}]",
        YamlMappingNode m => $"{{{m.Style}|{m.Start}|{m.End}|{string.Join(";", m.Children.Select(kv => Dump(kv.Key) + "=" + Dump(kv.Value)))}}}",
        _ => "?",
    };
}
