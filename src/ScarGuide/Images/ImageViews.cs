using System.Net;
using ScarGuide.Templating;

namespace ScarGuide.Images;

/// <summary>What templates and the Markdown renderer get for a photo: sizes, candidates and crops as data.</summary>
public static class ImageViews
{
    public static ImageView Of(ResponsiveImage image, string alt, Func<string, string> href, Func<string, string> absolute)
    {
        var fallback = image.DefaultCandidate;
        var largest = image.Largest;
        var crops = new List<string>(3);
        foreach (var shape in (CropShape[])[CropShape.Wide, CropShape.Standard, CropShape.Square])
            if (image.Crop(shape) is { } crop) crops.Add(absolute(crop.OutputPath));
        var social = image.Crop(CropShape.Social);
        return new ImageView(href(fallback.OutputPath), absolute(largest.OutputPath), alt, largest.Spec.Width, largest.Spec.Height)
        {
            AvifSrcset = image.Srcset(VariantFormat.Avif, href),
            WebpSrcset = image.Srcset(VariantFormat.Webp, href),
            Srcset = image.Srcset(largest.Spec.Format, href),
            Type = largest.Spec.Format.MimeType(),
            Social = social is null ? null : new ImageView(href(social.OutputPath), absolute(social.OutputPath), alt, social.Spec.Width, social.Spec.Height),
            Crops = crops,
        };
    }

    /// <summary>
    /// The markup of a photo in an article body: the same as the theme's picture partial writes. Lazy unless it is
    /// the page's first, largest image (<paramref name="priority"/>).
    /// </summary>
    public static string Picture(ImageView view, string sizes, string? title, bool priority)
    {
        static string A(string s) => WebUtility.HtmlEncode(s);
        var titleAttribute = string.IsNullOrEmpty(title) ? "" : $" title=\"{A(title)}\"";
        var loading = priority ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"";
        return $"<picture><source type=\"image/avif\" srcset=\"{A(view.AvifSrcset!)}\" sizes=\"{sizes}\">"
            + $"<source type=\"image/webp\" srcset=\"{A(view.WebpSrcset!)}\" sizes=\"{sizes}\">"
            + $"<img src=\"{A(view.Src)}\" srcset=\"{A(view.Srcset!)}\" sizes=\"{sizes}\" alt=\"{A(view.Alt)}\"{titleAttribute} width=\"{view.Width}\" height=\"{view.Height}\"{loading}></picture>";
    }

    /// <summary>The width of the article's text column, for body images' <c>sizes</c> (theme/assets/css/30-article.css).</summary>
    public const string ProseSizes = "(min-width: 48rem) 42rem, (min-width: 40rem) calc(100vw - 4rem), 90vw";
}
