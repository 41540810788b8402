using ScarGuide.Readability;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Readability;

/// <summary>What counts as prose in an article body, and the file lines it is reported on.</summary>
public sealed class ProseExtractorTests
{
    // The body starts on file line 10, after the front matter.
    private const int BodyLine = 10;

    private const string Body = """
        Intro with a [link text](https://example.org/very-long-address) and `inline code` here.

            indented code is not prose

        ## A heading is not prose

        ```
        fenced code is not prose.
        ```

        | Table header | Other |
        |---|---|
        | table cell | more |

        - first item without a stop
        - second item, with **bold** text

        > A quoted line
        > that continues.

        ![image alt text](/images/x.svg)

        <div>raw html words</div>

        Visit https://bare.example.org/path now.

        ## Frequently Asked Questions

        ### 1. Does it hurt?

        A little.
        """;

    private static IReadOnlyList<ProseBlock> Extract() => ProseExtractor.Extract(Body, BodyLine);

    [Fact]
    public void Paragraphs_list_items_quotes_and_faq_questions_are_prose_with_their_file_lines()
    {
        var blocks = Extract();
        Assert.Equal(
            [
                ("Intro with a link text and   here.", 10),
                ("first item without a stop", 24),
                ("second item, with bold text", 25),
                ("A quoted line\nthat continues.", 27),
                ("Visit  now.", 34),
                ("Does it hurt?", 38),
                ("A little.", 40),
            ],
            blocks.Select(b => (b.Text, b.Line)));
    }

    [Fact]
    public void Code_tables_headings_images_raw_html_and_link_addresses_are_left_out()
    {
        var text = string.Join("\n", Extract().Select(b => b.Text));
        foreach (var left in new[] { "example.org", "inline code", "indented code", "heading", "fenced", "Table", "table cell", "alt text", "raw html", "Frequently", "1." })
            Assert.DoesNotContain(left, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_faq_texts_follow_the_body_on_their_own_lines()
    {
        var blocks = ProseExtractor.Extract("Body text.", 20, [new FaqText("Does it **hurt**?", 7), new FaqText("Most people feel a\nlittle [heat](https://example.org).", 8)]);
        Assert.Equal([("Body text.", 20), ("Does it hurt?", 7), ("Most people feel a\nlittle heat.", 8)], blocks.Select(b => (b.Text, b.Line)));
    }

    [Fact]
    public void A_sentence_inside_a_paragraph_is_reported_on_the_line_it_starts_on()
    {
        const string body = "First sentence here.\nSecond sentence\nstarts on line two. Third one\nis on line three.\n\n- An item.\n";
        var score = ReadabilityScorer.Score(ProseExtractor.Extract(body, 5));
        Assert.Equal(4, score.Sentences);
        Assert.Equal(
            [(5, "First sentence here."), (6, "Second sentence starts on line two."), (7, "Third one is on line three."), (10, "An item.")],
            score.Hardest(10).Select(s => (s.Line, s.Text)).OrderBy(s => s.Line));
    }

    [Fact]
    public void Nothing_but_prose_comes_out_of_the_bundled_articles()
    {
        foreach (var file in Directory.GetFiles(RepoRoot.Combine("input", "articles"), "*.md"))
        {
            var lines = File.ReadAllLines(file);
            var bodyLine = Array.IndexOf(lines, "---", 1) + 2;
            var body = string.Join("\n", lines[(bodyLine - 1)..]);
            var blocks = ProseExtractor.Extract(body, bodyLine);
            Assert.True(blocks.Count > 20, $"{file}: {blocks.Count} blocks");
            foreach (var block in blocks)
            {
                Assert.DoesNotMatch(@"\]\(|\||`|\*\*|^#|https?:|\.md\b", block.Text);
                // Each block's first line is in the file on the line given (a list item or quote after its marker).
                var firstLine = block.Text.Split('\n')[0];
                Assert.Contains(firstLine[..Math.Min(12, firstLine.Length)], Plain(lines[block.Line - 1]), StringComparison.Ordinal);
            }
        }
    }

    // The source line without Markdown emphasis and link syntax, to compare with extracted text.
    private static string Plain(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line.Replace("**", "").Replace("*", ""), @"\[([^\]]*)\]\([^)]*\)", "$1");
}
