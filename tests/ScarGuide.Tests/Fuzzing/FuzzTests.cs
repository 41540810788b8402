using CsCheck;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;
using ScarGuide.Markdown;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Fuzzing;

/// <summary>
/// Property tests: random mutations of a valid article, from a fixed seed and a bounded count, never make the
/// parser or the whole build throw, and never produce an output path outside the output folder.
/// </summary>
public sealed class FuzzTests
{
    private const ulong Seed = 20261124;

    private static readonly string[] Fragments =
    [
        "---", "\n---\n", ":", ": ", "- ", "\t", "\"", "'", "[", "]", "{", "}", "#", "## ", "### ", "\n", "\r\n", "\0",
        "<script>alert(1)</script>", "</script>", "<!--", "&amp;", "../../etc/passwd", "%2e%2e/", "\\..\\", "C:\\x",
        "date: 2026-02-30", "date: yesterday", "tags: acne", "faq:\n  - q: x", "aliases: [\"../x\"]", "slug: \"../..\"",
        "image: /images/nope.svg", "[link](missing.md)", "[a](#nowhere)", "![i](/x.png)", "> > > > >", "- - - - -",
        "| a | b |\n|---|---|\n| 1 | 2 |", "**", "__", "`", "```", "\u202E", "💉", "é", "\uFEFF", "*", "&", "<", ">",
        "{{ page.title }}", "{% raw %}", "title:", "categories: []", "draft: maybe", "author: nobody", "layout: missing",
    ];

    private static readonly Gen<(int Position, int Fragment, int Operation)[]> Mutations =
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, Fragments.Length - 1], Gen.Int[0, 2]).Array[1, 8];

    private static string Mutate(string text, (int Position, int Fragment, int Operation)[] mutations)
    {
        foreach (var (position, fragment, operation) in mutations)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            text = operation switch
            {
                0 => text.Insert(at, Fragments[fragment]),
                1 => text.Remove(at, Math.Min(Fragments[fragment].Length, text.Length - at)),
                _ => text[..at] + Fragments[fragment] + text[Math.Min(text.Length, at + Fragments[fragment].Length)..],
            };
        }
        return text;
    }

    private static readonly string Valid = Md("Microneedling for scars", """
        Intro with [a link](other.md) and **bold**.

        ## How it works

        - one
        - two

        ## Frequently Asked Questions

        ### Does it hurt?

        A little.
        """, "tags: [\"acne\", \"collagen\"]", "faq:\n  - q: \"Is it safe?\"\n    a: \"Mostly.\"", "aliases: [\"/old/\"]");

    private static IEnumerable<(int Position, int Fragment, int Operation)[]> Cases(int count)
    {
        var pcg = new PCG(1, Seed);
        for (var i = 0; i < count; i++) yield return Mutations.Generate(pcg, null, out _);
    }

    [Fact]
    public void Parsing_and_rendering_mutated_articles_never_throws()
    {
        var links = new LinkTargets(new Dictionary<string, LinkTarget> { ["other"] = new("blog/other/", true) }, "/");
        var i = 0;
        foreach (var mutations in Cases(3_000))
        {
            var text = Mutate(Valid, mutations);
            try
            {
                var diagnostics = new DiagnosticBag();
                var split = FrontMatterParser.Split(text, "x.md", diagnostics);
                if (split.Yaml is not null) FrontMatterParser.Parse(split.Yaml, "x.md", diagnostics);
                MarkdownRenderer.Render(split.Body, "x.md", split.BodyLine, links, diagnostics);
                Assert.All(diagnostics.Sorted(), d => Assert.True(d.Line >= 0 && d.Column >= 0));
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"Case {i} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\nInput:\n{text}");
            }
            i++;
        }
    }

    [Fact]
    public void Whole_builds_of_mutated_sites_never_crash_or_write_outside_the_output()
    {
        using var site = TestSite.Write($"-- input/articles/other.md --\n{Md("Other", "Text linking [x](x.md).\n")}");
        var i = 0;
        foreach (var mutations in Cases(60))
        {
            var text = Mutate(Valid, mutations);
            site.WriteFile("input/articles/x.md", text);
            site.Rebuild();
            Assert.False(site.Diagnostics.Any(d => d.Code == "internal-error"),
                $"Case {i} (seed {Seed}) crashed a step: {string.Join("\n", site.Diagnostics.Where(d => d.Code == "internal-error"))}\nInput:\n{text}");
            foreach (var path in site.Files.Keys)
            {
                Assert.False(Path.IsPathRooted(path) || path.Split('/').Any(s => s is ".." or ".") || path.Contains('\\') || path.Contains(':'),
                    $"Case {i}: unsafe output path '{path}'\nInput:\n{text}");
            }
            i++;
        }
    }
}
