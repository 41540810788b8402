using System.Collections.Concurrent;
using System.Security.Cryptography;
using NetVips;
using ScarGuide.Content;
using ScarGuide.IO;
using ScarGuide.Pipeline;

namespace ScarGuide.Images;

/// <summary>Progress of the image step, for a progress line: sources done out of all, and how many needed encoding.</summary>
public readonly record struct ImageProgress(int Done, int Total, int Encoding);

/// <summary>
/// Turns every raster photo under input/ (JPEG, PNG, WebP) into responsive AVIF, WebP and JPEG/PNG variants, plus
/// social and structured-data crops for images pages share, through the cache; reports sources that cannot be used.
/// SVG and GIF are left to CopyStaticFiles. Runs after ParseFrontMatter (it needs each page's <c>image:</c> and
/// <c>focus:</c>) and before ValidateContent, whose link targets carry the result to the Markdown renderer.
/// <c>check</c> (no output) reads headers only and encodes nothing.
/// </summary>
public sealed class ProcessImages : IStep
{
    private static readonly HashSet<string> Raster = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp" };

    public string Name => "images";

    public static bool IsRaster(string path) => Raster.Contains(Path.GetExtension(path));

    /// <summary>Whether this step makes the file's variants (a raster photo on disk); other images are copied as they are.</summary>
    public static bool Handles(StaticFile file) => file.Content is null && IsRaster(file.OutputPath);

    /// <summary>A front-matter reference to an image: which page, on which line, with which focus point.</summary>
    private sealed record Use(string Page, int Line, string? Focus);

    /// <summary>One source's outcome; <paramref name="Settled"/> as in <see cref="IO.FileTimes"/>.</summary>
    private sealed record Photo(ResponsiveImage? Image, bool Settled);

    public void Run(BuildContext context)
    {
        var sources = context.StaticFiles.Where(Handles).ToList();
        if (sources.Count == 0)
        {
            context.Images = ImageSet.Empty;
            return;
        }
        var settings = context.Config.Images;
        // Variants are published in a folder of their own (a warm build moves it whole): no other file may go there.
        foreach (var file in context.StaticFiles.Where(f => f.OutputPath.StartsWith(Pages.SitePaths.ImageVariants, StringComparison.Ordinal)))
            context.Diagnostics.Error("reserved-folder", file.SourcePath, 0, 0,
                $"'{file.SourcePath}' would be published in {Pages.SitePaths.ImageVariants}, the folder that holds the photos' resized copies.",
                $"Move it to another folder, such as images/, and update the links to it.");
        var uses = SharedUses(context);
        var encode = context.Output is not NullOutput;
        var cache = new ImageCache(Path.GetFullPath(Path.Combine(context.Options.RootDirectory, settings.CacheFolder)));
        // A file the previous output already holds in the variants folder (its name is its content) is kept from there
        // at commit, so neither its cache entry nor an encoding is needed.
        var previous = context.Output as DirectoryOutput;
        bool Available(ImageVariant v) => previous?.HadBefore(v.OutputPath) == true || cache.Has(v);
        // Decoded photos, libvips' working copies and the encoders' state: one photo per core, together within a
        // quarter of what the process may use and at most 1 GiB.
        var budget = new MemoryBudget(Math.Min(1L << 30, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4), Math.Max(1, Environment.ProcessorCount));

        var index = SourceIndex.Load(cache.Folder);
        var results = new ResponsiveImage?[sources.Count];
        int done = 0, encoded = 0, encodingSources = 0;
        var progress = context.Options.ImageProgress;
        // Everything a photo's result depends on besides its bytes, as one value the runner can compare.
        var inputs = string.Join('|', string.Join(',', settings.Widths), settings.AvifQuality, settings.WebpQuality, settings.JpegQuality,
            settings.AvifEffort, settings.MaxMegapixels, settings.CacheFolder, encode);
        var work = new Reusable<int, Photo>(
            "images",
            i => sources[i].OutputPath,
            i =>
            {
                // In a preview the bytes are read again only when the file's size or time changed (as ReadSources does
                // for Markdown); the disk cache itself is keyed by the bytes.
                var info = new FileInfo(sources[i].FullPath);
                uses.TryGetValue(sources[i].OutputPath, out var used);
                return [info.Length, info.LastWriteTimeUtc, inputs, string.Join('\n', used?.Select(u => u.ToString()) ?? [])];
            },
            (i, diagnostics) =>
            {
                var file = sources[i];
                var readAt = IO.FileTimes.ReadAt();
                uses.TryGetValue(file.OutputPath, out var used);
                var (image, bytes) = Plan(diagnostics, file, used ?? [], settings, index);
                if (image is not null && encode)
                {
                    var missing = image.Variants.Where(v => !Available(v)).ToList();
                    if (missing.Count > 0)
                    {
                        Interlocked.Increment(ref encodingSources);
                        if (!Encode(diagnostics, file, used ?? [], bytes ?? File.ReadAllBytes(file.FullPath), image, missing, cache, budget)) image = null;
                        else Interlocked.Add(ref encoded, missing.Count);
                    }
                }
                // Only a preview remembers the result (and asks whether the file had settled): one stat less a photo otherwise.
                return new Photo(image, context.Work.Remembers && IO.FileTimes.Settled(readAt, File.GetLastWriteTimeUtc(file.FullPath)));
            })
        {
            IsCurrent = (i, remembered) => remembered.Settled && (remembered.Image?.Variants.All(cache.Has) ?? true),
        };
        context.Work.ForEach(work, Enumerable.Range(0, sources.Count).ToList(), context.Diagnostics, (i, photo) =>
        {
            if (photo.Image is { } image && encode)
                foreach (var v in image.Variants)
                {
                    if (previous?.HadBefore(v.OutputPath) == true) previous.KeepPrevious(v.OutputPath);
                    else context.Output.Publish(v.OutputPath, cache.PathOf(v));
                }
            results[i] = photo.Image;
            progress?.Report(new ImageProgress(Interlocked.Increment(ref done), sources.Count, Volatile.Read(ref encodingSources)));
        });
        var reused = results.OfType<ResponsiveImage>().Sum(r => r.Variants.Count) - encoded;

        var images = results.OfType<ResponsiveImage>().ToDictionary(r => r.SitePath, StringComparer.Ordinal);
        if (encode)
        {
            // Only the cache folder is touched, which no later step reads: on another thread while they run (1,000 photos:
            // ~15 ms of sorting 16,000 keys, hashing them and comparing the index, off a warm build's path).
            var complete = images.Count == sources.Count;
            var present = sources.Select(s => s.SourcePath).ToList();
            // In the sources' order (by path), each photo's variants in plan order: the same photos, the same sequence.
            var used = complete ? results.SelectMany(r => r!.Variants).Select(v => v.Key) : null;
            context.KeepCacheMeanwhile(Task.Run(() =>
            {
                index.Save(cache.Folder, present);
                // Only a build that wrote every variant knows what is unused; a failed source keeps its old entries.
                if (used is not null) cache.Prune(used);
            }));
        }
        context.Images = new ImageSet(images, sources.Select(s => s.OutputPath).ToHashSet(StringComparer.Ordinal)) { Encoded = encoded, Reused = reused };
    }

    /// <summary>Images named in front matter (and the site's default image): they get social and structured-data crops.</summary>
    private static Dictionary<string, List<Use>> SharedUses(BuildContext context)
    {
        var uses = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
        void Add(string? src, Use use)
        {
            if (string.IsNullOrWhiteSpace(src) || Markdown.MarkdownRenderer.IsExternal(src)) return;
            var path = src.Trim().TrimStart('/');
            if (!uses.TryGetValue(path, out var list)) uses[path] = list = [];
            list.Add(use);
        }
        foreach (var page in context.Content)
            Add(page.Meta.Image, new Use(page.SourcePath, page.Meta.LineOf("image"), page.Meta.Focus));
        Add(context.Config.DefaultImage, new Use("input/site.yml", 0, null));
        return uses;
    }

    private static (ResponsiveImage? Image, byte[]? Bytes) Plan(Diagnostics.DiagnosticBag diagnostics, StaticFile file, List<Use> uses,
        ImageSettings settings, SourceIndex index)
    {
        // Size and time as the folder was listed (one stat for both); a file not listed from disk is asked now.
        var (length, time) = (file.Length, file.LastWriteTimeUtc);
        if (time == default)
        {
            var info = new FileInfo(file.FullPath);
            (length, time) = (info.Length, info.LastWriteTimeUtc);
        }
        byte[]? bytes = null;
        string hash;
        ImageHeader? header;
        if (index.Find(file.SourcePath, length, time) is { } known)
        {
            (hash, header) = (known.Hash, known.Header);
            index.Keep(file.SourcePath, known);
        }
        else
        {
            var readAt = IO.FileTimes.ReadAt();
            try { bytes = File.ReadAllBytes(file.FullPath); }
            catch (IOException ex)
            {
                diagnostics.Error("copy-failed", file.SourcePath, 0, 0, $"The image could not be read: {ex.Message}", "Check that the file is readable.");
                return (null, null);
            }
            header = ReadImageHeader.Read(bytes, file.SourcePath, settings.MaxMegapixels, out var problem);
            if (header is null)
            {
                Report(diagnostics, file, uses, problem!, error: true);
                return (null, null);
            }
            hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            index.Remember(file.SourcePath, length, time, readAt, hash, header);
        }
        if (length > ImageSettings.WarnBytes || header.Megapixels > ImageSettings.WarnMegapixels)
            Report(diagnostics, file, uses, new ImageProblem("image-too-heavy",
                $"'{file.SourcePath}' is {length / (1024.0 * 1024):N1} MB and {header.Megapixels:N0} megapixels: more than a web page needs, and slow to build.",
                "Export it at most 4000 pixels wide (about 12 megapixels) as a JPEG of quality 85 or so."), error: false);
        if (uses.Count > 0 && header.Width < ImageSettings.SocialWidth)
            Report(diagnostics, file, uses, new ImageProblem("image-too-narrow",
                $"'{file.SourcePath}' is {header.Width} pixels wide; search engines and social cards want a main image at least {ImageSettings.SocialWidth} pixels wide, so it looks blurred there.",
                $"Use a photo at least {ImageSettings.SocialWidth} pixels wide (1600 or more is best)."), error: false);

        var focus = uses.Select(u => u.Focus).FirstOrDefault(f => f is not null);
        var specs = PlanVariants.For(header, settings, uses.Count > 0, focus);
        var stem = Pages.SitePaths.ImageVariantStem(file.OutputPath);
        var variants = specs.Select(s =>
        {
            var key = s.Key(hash);
            return new ImageVariant(s, key, Pages.SitePaths.ImageVariantOf(stem, Label(s), key, s.Format.Extension()));
        }).ToList();
        return (new ResponsiveImage(file.OutputPath, header, variants), bytes);
    }

    private static bool Encode(Diagnostics.DiagnosticBag diagnostics, StaticFile file, List<Use> uses, byte[] bytes, ResponsiveImage image, List<ImageVariant> missing, ImageCache cache, MemoryBudget budget)
    {
        var baseWidth = PlanVariants.BaseWidth(image.Header, missing.Select(v => v.Spec).ToList());
        var baseHeight = (long)Math.Ceiling((double)image.Header.Height * baseWidth / image.Header.Width);
        // The decoded copy and a resized copy (3 bytes a pixel each, with headroom), and the AV1 encoder's own state.
        var taken = budget.Acquire(baseWidth * baseHeight * 3 * 3 + (96L << 20));
        try
        {
            var encoded = EncodeVariants.Run(bytes, image.Header, missing.Select(v => v.Spec).ToList());
            for (var i = 0; i < missing.Count; i++) cache.Put(missing[i], encoded[i]);
            return true;
        }
        catch (VipsException ex)
        {
            Report(diagnostics, file, uses, ReadImageHeader.Damaged(file.SourcePath, ReadImageHeader.Reason(ex.Message)), error: true);
            return false;
        }
        finally
        {
            budget.Release(taken);
        }
    }

    /// <summary>At each front-matter line that uses the image (where the editor looks), or at the file itself.</summary>
    private static void Report(Diagnostics.DiagnosticBag diagnostics, StaticFile file, List<Use> uses, ImageProblem problem, bool error)
    {
        var at = uses.Count > 0 ? uses.Select(u => (u.Page, u.Line)).ToList() : [(file.SourcePath, 0)];
        foreach (var (page, line) in at)
        {
            if (error) diagnostics.Error(problem.Code, page, line, line > 0 ? 1 : 0, problem.Message, problem.Fix);
            else diagnostics.Warning(problem.Code, page, line, line > 0 ? 1 : 0, problem.Message, problem.Fix);
        }
    }

    private static string Label(VariantSpec spec) =>
        spec.Crop == CropShape.None ? spec.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) : VariantSpec.SuffixOf(spec.Crop);
}
