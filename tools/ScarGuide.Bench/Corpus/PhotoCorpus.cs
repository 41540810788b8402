using System.Text.RegularExpressions;
using NetVips;

namespace ScarGuide.Bench.Corpus;

/// <summary>
/// Photo-like test images for the image benchmark: smooth colour fields, a few soft shapes and sensor-like noise, so
/// they compress like phone photos (a flat colour would encode in no time, pure noise far slower than any photo).
/// Seeded: the same arguments give the same bytes.
/// </summary>
internal static class PhotoCorpus
{
    /// <summary>Gives every article of a generated corpus its own JPEG hero (<c>images/photos/&lt;slug&gt;.jpg</c>).</summary>
    public static void AddHeroes(string dir, int width, int height, TextWriter log)
    {
        var input = Directory.Exists(Path.Combine(dir, "input")) ? Path.Combine(dir, "input") : dir;
        var articles = Directory.GetFiles(Path.Combine(input, "articles"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var photos = Path.Combine(input, "images", "photos");
        Directory.CreateDirectory(photos);
        var done = 0;
        Parallel.For(0, articles.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var slug = Path.GetFileNameWithoutExtension(articles[i]);
            using var photo = Photo(width, height, i + 1);
            photo.Jpegsave(Path.Combine(photos, slug + ".jpg"), q: 85, keep: Enums.ForeignKeep.None);
            var text = File.ReadAllText(articles[i]);
            text = Regex.Replace(text, @"(?m)^image: .*$", $"image: /images/photos/{slug}.jpg", RegexOptions.None, TimeSpan.FromSeconds(1));
            File.WriteAllText(articles[i], text);
            if (Interlocked.Increment(ref done) % 100 == 0) log.WriteLine($"{done} / {articles.Length}");
        });
        log.WriteLine($"{articles.Length} heroes of {width}x{height} in {photos}");
    }

    /// <summary>One photo-like image (e.g. 4000 × 3000 for an editor's camera photo).</summary>
    public static Image Photo(int width, int height, int seed)
    {
        var rng = new Random(seed);
        var xy = Image.Xyz(width, height);
        Image Wave(double fx, double fy, double phase, double amplitude, double mean) =>
            ((xy[0] * (360.0 * fx / width) + xy[1] * (360.0 * fy / height) + phase).Math(Enums.OperationMath.Sin) * amplitude) + mean;
        var bands = new Image[3];
        for (var b = 0; b < 3; b++)
            bands[b] = Wave(rng.NextDouble() * 2, rng.NextDouble() * 2, rng.Next(360), 40 + rng.Next(30), 90 + rng.Next(80))
                + Wave(rng.NextDouble() * 6, rng.NextDouble() * 6, rng.Next(360), 10 + rng.Next(15), 0);
        var image = bands[0].Bandjoin(bands[1], bands[2]);
        // Soft round shapes: a subject to crop around.
        for (var k = 0; k < 4; k++)
        {
            var cx = rng.Next(width);
            var cy = rng.Next(height);
            var r = (width + height) / (8.0 + rng.Next(8));
            var distance = ((xy[0] - cx).Pow(2) + (xy[1] - cy).Pow(2)).Pow(0.5);
            var falloff = 1 - distance / r;
            var mask = (falloff > 0).Ifthenelse(falloff, 0.0);
            var colour = new double[] { rng.Next(256), rng.Next(256), rng.Next(256) };
            image = image * (1 - mask) + mask * colour;
        }
        var noise = Image.Gaussnoise(width, height, sigma: 6, mean: 0, seed: seed);
        return (image + noise).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }
}

/// <summary><c>photos DIR [W H]</c> and <c>photo FILE W H SEED</c>: photo heroes for a generated corpus, or one photo.</summary>
internal static class PhotosCommand
{
    public static IEnumerable<System.CommandLine.Command> Create()
    {
        var dir = new System.CommandLine.Argument<string>("dir") { Description = "A corpus written by `generate` (its folder or its input/)" };
        var width = new System.CommandLine.Option<int>("--width") { Description = "Hero width in pixels", DefaultValueFactory = _ => 2400 };
        var height = new System.CommandLine.Option<int>("--height") { Description = "Hero height in pixels", DefaultValueFactory = _ => 1600 };
        var photos = new System.CommandLine.Command("photos", "Give every article of a generated corpus its own photo-like JPEG hero (the image benchmark).");
        photos.Arguments.Add(dir);
        photos.Options.Add(width);
        photos.Options.Add(height);
        photos.SetAction(result =>
        {
            NetVips.NetVips.Concurrency = Environment.ProcessorCount;
            PhotoCorpus.AddHeroes(Path.GetFullPath(result.GetValue(dir)!), result.GetValue(width), result.GetValue(height), Console.Out);
            return 0;
        });

        var file = new System.CommandLine.Argument<string>("file") { Description = "JPEG file to write" };
        var w = new System.CommandLine.Argument<int>("width");
        var h = new System.CommandLine.Argument<int>("height");
        var seed = new System.CommandLine.Argument<int>("seed");
        var photo = new System.CommandLine.Command("photo", "Write one photo-like JPEG, e.g. 4000 3000 for a camera photo.");
        photo.Arguments.Add(file);
        photo.Arguments.Add(w);
        photo.Arguments.Add(h);
        photo.Arguments.Add(seed);
        photo.SetAction(result =>
        {
            using var image = PhotoCorpus.Photo(result.GetValue(w), result.GetValue(h), result.GetValue(seed));
            image.Jpegsave(result.GetValue(file)!, q: 88, keep: Enums.ForeignKeep.None);
            return 0;
        });
        return [photos, photo];
    }
}
