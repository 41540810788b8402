using System.IO.Compression;
using ScarGuide.Publishing;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Publishing;

/// <summary><c>--compress</c>: .br and .gz beside text files, identical from build to build, decompressing to the originals.</summary>
public sealed class CompressOutputTests
{
    private static readonly string Content = $"""
        -- input/articles/a.md --
        {Md("Alpha", string.Concat(Enumerable.Repeat("Silicone sheets help raised scars flatten over months. ", 60)) + "\n[b](b.md)\n")}
        -- input/articles/b.md --
        {Md("Beta", "Short. [a](a.md)\n")}
        """ + string.Concat(Enumerable.Range(1, 8).Select(i => $"-- input/articles/c{i}.md --\n{Md($"Chapter {i} on keloid and hypertrophic scars", "Text.\n")}\n"));

    private static byte[] Decompress(Stream compressed)
    {
        using var copy = new MemoryStream();
        compressed.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Every_large_text_file_gets_br_and_gz_that_decompress_to_the_same_bytes()
    {
        using var site = TestSite.Build(Content, o => o with { Compress = true }).AssertNoErrors();
        var originals = site.Files.Keys.Where(k => !k.EndsWith(".br", StringComparison.Ordinal) && !k.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        var compressible = originals.Where(CompressOutput.IsCompressible).Where(k => site.Files[k].Length >= CompressOutput.MinimumSize).ToList();
        Assert.Contains("blog/a/index.html", compressible);
        Assert.Contains("sitemap.xml", compressible);
        Assert.Contains(compressible, k => k.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(compressible, k => k.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(compressible, k => k.EndsWith(".json", StringComparison.Ordinal));
        foreach (var path in compressible)
        {
            var original = site.Files[path];
            Assert.Equal(original, Decompress(new BrotliStream(new MemoryStream(site.Files[path + ".br"]), CompressionMode.Decompress)));
            Assert.Equal(original, Decompress(new GZipStream(new MemoryStream(site.Files[path + ".gz"]), CompressionMode.Decompress)));
            Assert.True(site.Files[path + ".br"].Length < original.Length, path);
            // gzip header: no name flag, no time, "unknown" system.
            Assert.Equal([0x1f, 0x8b, 8, 0, 0, 0, 0, 0], site.Files[path + ".gz"][..8]);
            Assert.Equal(255, site.Files[path + ".gz"][9]);
        }
        // Small files, images and the compressed files themselves are left alone.
        var expected = compressible.SelectMany(p => new[] { p + ".br", p + ".gz" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, site.Files.Keys.Where(k => k.EndsWith(".br", StringComparison.Ordinal) || k.EndsWith(".gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("Vary: Accept-Encoding", site.Text("_headers"));
        Assert.Contains("assets/*\n  Cache-Control: public, max-age=31536000, immutable", site.Text("_headers"));
    }

    [Fact]
    public void Compressed_files_are_byte_identical_from_build_to_build_serial_or_parallel()
    {
        using var first = TestSite.Build(Content, o => o with { Compress = true }).AssertNoErrors();
        using var second = TestSite.Build(Content, o => o with { Compress = true, Parallel = false }).AssertNoErrors();
        Assert.Equal(first.FileHashes(), second.FileHashes());
    }

    [Fact]
    public void Compression_is_off_by_default_and_site_yml_can_turn_it_on()
    {
        using var plain = TestSite.Build(Content).AssertNoErrors();
        Assert.DoesNotContain(plain.Files.Keys, k => k.EndsWith(".br", StringComparison.Ordinal) || k.EndsWith(".gz", StringComparison.Ordinal));
        Assert.DoesNotContain("Vary", plain.Text("_headers"));

        using var configured = TestSite.Build(Content + $"""
            -- input/site.yml --
            {TestSite.DefaultSiteYml}
            compress: true
            """).AssertNoErrors();
        Assert.True(configured.Has("blog/a/index.html.br") && configured.Has("blog/a/index.html.gz"));
    }

    [Fact]
    public void Compress_writes_beside_the_files_on_disk_too()
    {
        using var site = TestSite.Write(Content);
        var output = Path.Combine(site.Root, "output");
        var result = ScarGuide.Pipeline.SiteBuilder.BuildToDirectory(site.Options(o => o with { Compress = true }), output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllBytes(Path.Combine(output, "blog", "a", "index.html"));
        Assert.Equal(html, Decompress(new BrotliStream(File.OpenRead(Path.Combine(output, "blog", "a", "index.html.br")), CompressionMode.Decompress)));
        Assert.Equal(html, Decompress(new GZipStream(File.OpenRead(Path.Combine(output, "blog", "a", "index.html.gz")), CompressionMode.Decompress)));
    }
}
