using ScarGuide.Images;
using ScarGuide.Tests.Testing;

namespace ScarGuide.Tests.Images;

/// <summary>Each kind of raster image becomes a picture with AVIF, WebP and fallback candidates of the right sizes.</summary>
public sealed class ResponsiveImageTests
{
    private static TestSite Site(string extra = "", params (string Path, byte[] Bytes)[] images)
    {
        var site = TestSite.Write($"""
            -- input/articles/healing.md --
            {Articles.Md("Healing scars", "Intro text about healing.\n\n![A scar after six months](/images/body.jpg)\n\nMore text.\n", "image: /images/hero.jpg", "image_alt: \"A healed scar on a forearm\"")}
            -- input/articles/no-hero.md --
            {Articles.Md("Without a hero", "Text.\n\n![First photo](/images/body.jpg)\n\n![Second photo](/images/narrow.jpg)\n", "date: 2026-03-01")}
            {extra}
            """);
        site.WriteBytes("input/images/hero.jpg", TestImages.Jpeg(2400, 1600, 1));
        site.WriteBytes("input/images/body.jpg", TestImages.Jpeg(1000, 750, 2));
        site.WriteBytes("input/images/narrow.jpg", TestImages.Jpeg(600, 400, 3));
        foreach (var (path, bytes) in images) site.WriteBytes(path, bytes);
        return site.Rebuild();
    }

    [Fact]
    public void A_hero_is_a_picture_with_avif_webp_and_jpeg_candidates_loaded_first()
    {
        using var site = Site().AssertNoErrors();
        var page = site.Html("blog/healing/index.html");
        var avif = page.QuerySelector("figure.hero picture source[type='image/avif']")!;
        Assert.Equal(["480w", "800w", "1200w", "1600w"], avif.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
        Assert.NotNull(page.QuerySelector("figure.hero picture source[type='image/webp'][srcset*='-1600.']"));
        var img = page.QuerySelector("figure.hero picture img.hero__image")!;
        Assert.Equal("1600", img.GetAttribute("width"));
        Assert.Equal("1067", img.GetAttribute("height"));
        Assert.Equal("A healed scar on a forearm", img.GetAttribute("alt"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Contains("31rem", img.GetAttribute("sizes"));
        Assert.EndsWith(".jpg", img.GetAttribute("src"));
        Assert.Equal(4, img.GetAttribute("srcset")!.Split(", ").Length);
        // Published as variants only: the 2400 px original is not.
        Assert.False(site.Has("images/hero.jpg"));
    }

    [Fact]
    public void A_camera_file_name_with_spaces_and_capitals_gives_variant_addresses_a_srcset_can_hold()
    {
        using var site = Site(images: ("input/images/Before After/Cheek (IMG_4031).JPG", TestImages.Jpeg(1300, 975, 4)));
        site.WriteFile("input/articles/healing.md", File.ReadAllText(System.IO.Path.Combine(site.Root, "input/articles/healing.md"))
            .Replace("image: /images/hero.jpg", "image: \"/images/Before After/Cheek (IMG_4031).JPG\""));
        site.Rebuild().AssertNoErrors();
        var img = site.Html("blog/healing/index.html").QuerySelector("figure.hero picture img")!;
        var candidates = img.GetAttribute("srcset")!.Split(", ");
        Assert.True(candidates.Length >= 3, img.GetAttribute("srcset"));
        foreach (var candidate in candidates)
        {
            var url = candidate.Split(' ')[0];
            Assert.Matches("^/img/cheek-img-4031-[0-9]+\\.[0-9a-f]{10}\\.jpg$", url);
            Assert.True(site.Has(url.TrimStart('/')), url);
        }
    }

    [Fact]
    public void Body_images_are_lazy_pictures_unless_the_first_leads_a_page_without_a_hero()
    {
        using var site = Site().AssertNoErrors();
        var body = site.Html("blog/healing/index.html").QuerySelector(".prose picture img")!;
        Assert.Equal("lazy", body.GetAttribute("loading"));
        Assert.Equal("async", body.GetAttribute("decoding"));
        Assert.Equal("A scar after six months", body.GetAttribute("alt"));
        Assert.Equal(("1000", "750"), (body.GetAttribute("width"), body.GetAttribute("height")));

        var pictures = site.Html("blog/no-hero/index.html").QuerySelectorAll(".prose picture img");
        Assert.Equal(2, pictures.Length);
        Assert.Equal("high", pictures[0].GetAttribute("fetchpriority"));
        Assert.Null(pictures[0].GetAttribute("loading"));
        Assert.Equal("lazy", pictures[1].GetAttribute("loading"));
        // Never wider than the source: a 600 px photo offers 480 and 600, not 800.
        Assert.Equal(["480w", "600w"], pictures[1].GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
    }

    [Fact]
    public void Cards_and_the_home_lead_use_the_same_variants()
    {
        using var site = Site().AssertNoErrors();
        var lead = site.Html("index.html").QuerySelector(".lead picture img.lead__image")!;
        Assert.Equal("high", lead.GetAttribute("fetchpriority"));
        var card = site.Html("blog/index.html").QuerySelector(".card picture img.card__image")!;
        Assert.Equal("lazy", card.GetAttribute("loading"));
        Assert.Contains("22rem", card.GetAttribute("sizes"));
        Assert.NotNull(site.Html("blog/index.html").QuerySelector(".card picture source[type='image/avif']"));
    }

    [Fact]
    public void An_author_photo_is_a_picture_in_a_fixed_box()
    {
        using var site = Site("""
            -- input/authors.yml --
            jane:
              name: "Jane Doe"
              job_title: "Health writer"
              bio: "Jane writes about skin health."
              image: /images/authors/jane.png
            dr-lee:
              name: "Ana Lee"
              credentials: "MD"
              job_title: "Dermatologist"
              bio: "Dr Lee reviews every article."
            """, ("input/images/authors/jane.png", TestImages.Png(900, 900)));
        site.AssertNoErrors();
        var photo = site.Html("authors/jane/index.html").QuerySelector("picture img.profile__photo")!;
        Assert.Equal(("160", "160"), (photo.GetAttribute("width"), photo.GetAttribute("height")));
        Assert.Equal("8rem", photo.GetAttribute("sizes"));
        // A PNG without transparency falls back to JPEG; the alt text names the person.
        Assert.EndsWith(".jpg", photo.GetAttribute("src"));
        Assert.Equal("Portrait of Jane Doe", photo.GetAttribute("alt"));
        Assert.NotNull(site.Html("blog/healing/index.html").QuerySelector(".author-box picture img.author-box__photo[width='96']"));
    }

    [Fact]
    public void Variant_files_have_the_sizes_and_formats_the_markup_promises()
    {
        using var site = Site().AssertNoErrors();
        var page = site.Html("blog/healing/index.html");
        foreach (var (type, loader) in new[] { ("image/avif", "heifload"), ("image/webp", "webpload") })
            foreach (var candidate in page.QuerySelector($"figure.hero source[type='{type}']")!.GetAttribute("srcset")!.Split(", "))
            {
                var (url, width) = (candidate.Split(' ')[0], int.Parse(candidate.Split(' ')[1].TrimEnd('w')));
                var (w, h, actual) = TestImages.Inspect(site.Files[url.TrimStart('/')]);
                Assert.Equal(width, w);
                Assert.Equal((int)Math.Round(1600.0 * width / 2400), h);
                Assert.StartsWith(loader, actual);
            }
        var fallback = page.QuerySelector("figure.hero img")!.GetAttribute("src")!;
        Assert.StartsWith("jpegload", TestImages.Inspect(site.Files[fallback.TrimStart('/')]).Loader);
    }

    [Fact]
    public void A_transparent_png_falls_back_to_png()
    {
        using var site = Site("", ("input/images/body.jpg", TestImages.Jpeg(1000, 750, 2)), ("input/images/logo-mark.png", TestImages.Png(800, 400, alpha: true)));
        site.AssertNoErrors();
        var image = site.Result.Context.Images.Find("/images/logo-mark.png")!;
        Assert.Equal(VariantFormat.Png, image.Fallback);
        var png = image.Responsive(VariantFormat.Png).Last();
        Assert.Equal((800, 400), (TestImages.Inspect(site.Files[png.OutputPath]).Width, TestImages.Inspect(site.Files[png.OutputPath]).Height));
    }

    [Fact]
    public void Social_and_structured_data_images_are_crops_of_the_hero()
    {
        using var site = Site().AssertNoErrors();
        var page = site.Html("blog/healing/index.html");
        var og = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"^https://example\.org/img/hero-og\.[0-9a-f]{10}\.jpg$", og);
        Assert.Equal("1200", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.Equal("630", page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content"));
        Assert.Equal(og, page.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
        Assert.Equal((1200, 630), Size(site, og));

        var images = site.JsonLdOne("blog/healing/index.html", "BlogPosting").GetProperty("image").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal([(1200, 675), (1200, 900), (1200, 1200)], images.Select(url => Size(site, url)));
    }

    [Fact]
    public void A_focus_point_moves_the_crop()
    {
        using var attention = Site().AssertNoErrors();
        using var left = Site("", ("input/articles/healing.md", System.Text.Encoding.UTF8.GetBytes(
            Articles.Md("Healing scars", "Text.\n", "image: /images/hero.jpg", "image_alt: \"A healed scar on a forearm\"", "focus: 0.1, 0.5")))).AssertNoErrors();
        string Square(TestSite s) => s.JsonLdOne("blog/healing/index.html", "BlogPosting").GetProperty("image")[2].GetString()!;
        Assert.NotEqual(Path.GetFileName(Square(attention)), Path.GetFileName(Square(left)));
        // The gradient brightens to the right: a crop kept at the left edge is darker.
        using var leftImage = NetVips.Image.NewFromBuffer(left.Files[new Uri(Square(left)).AbsolutePath.TrimStart('/')]);
        using var attentionImage = NetVips.Image.NewFromBuffer(attention.Files[new Uri(Square(attention)).AbsolutePath.TrimStart('/')]);
        Assert.True(leftImage[0].Avg() < attentionImage[0].Avg());
    }

    [Fact]
    public void Widths_come_from_site_yml()
    {
        using var site = Site($"""
            -- input/site.yml --
            {TestSite.DefaultSiteYml}
            images:
              widths: [320, 640, 960]
            """).AssertNoErrors();
        var srcset = site.Html("blog/healing/index.html").QuerySelector("figure.hero img")!.GetAttribute("srcset")!;
        Assert.Equal(["320w", "640w", "960w"], srcset.Split(", ").Select(c => c.Split(' ')[1]));
    }

    [Fact]
    public void Svg_and_gif_images_are_published_as_they_are()
    {
        using var site = Site("", ("input/images/spinner.gif", TestImages.Gif(40, 40)),
            ("input/articles/healing.md", System.Text.Encoding.UTF8.GetBytes(Articles.Md("Healing scars", "![An animation](/images/spinner.gif)\n", "image: /images/hero.svg", "image_alt: \"A drawing of a scar\""))),
            ("input/images/hero.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#eee"/></svg>"""u8.ToArray()));
        site.AssertNoErrors();
        var page = site.Html("blog/healing/index.html");
        Assert.Null(page.QuerySelector("figure.hero picture"));
        Assert.EndsWith("/images/hero.svg", page.QuerySelector("figure.hero img")!.GetAttribute("src"));
        Assert.EndsWith("/images/spinner.gif", page.QuerySelector(".prose img")!.GetAttribute("src"));
        Assert.True(site.Has("images/spinner.gif") && site.Has("images/hero.svg"));
    }

    [Fact]
    public void Two_builds_from_an_empty_cache_write_byte_identical_files()
    {
        using var first = Site().AssertNoErrors();
        var hashes = first.FileHashes();
        Directory.Delete(Path.Combine(first.Root, ".cache"), recursive: true);
        first.Rebuild(o => o with { Parallel = false });
        Assert.Equal(hashes, first.FileHashes());
    }

    private static (int, int) Size(TestSite site, string absolute)
    {
        var (w, h, _) = TestImages.Inspect(site.Files[new Uri(absolute).AbsolutePath.TrimStart('/')]);
        return (w, h);
    }
}
