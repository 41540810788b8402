using System.Text.RegularExpressions;
using NetVips;

// Photo-like test images for the image benchmark: smooth colour fields, a few soft shapes and sensor-like noise,
// so they compress like phone photos (a flat colour would encode in no time, pure noise far slower than any photo).
// Seeded: the same arguments give the same bytes.
//
//   make-corpus corpus DIR [WIDTH HEIGHT]   a distinct JPEG hero per article of a `bench generate` corpus in DIR
//   make-corpus photo FILE WIDTH HEIGHT SEED one photo (e.g. 4000 3000 for an editor's camera photo)

NetVips.NetVips.Concurrency = Environment.ProcessorCount;
switch (args)
{
    case ["photo", var file, var w, var h, var seed]:
        Photo(int.Parse(w), int.Parse(h), int.Parse(seed)).Jpegsave(file, q: 88, keep: Enums.ForeignKeep.None);
        break;
    case ["corpus", var dir, ..]:
        var width = args.Length > 2 ? int.Parse(args[2]) : 2400;
        var height = args.Length > 3 ? int.Parse(args[3]) : 1600;
        Corpus(dir, width, height);
        break;
    default:
        Console.Error.WriteLine("usage: make-corpus corpus DIR [WIDTH HEIGHT] | make-corpus photo FILE WIDTH HEIGHT SEED");
        return 2;
}
return 0;

static void Corpus(string dir, int width, int height)
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
        if (Interlocked.Increment(ref done) % 100 == 0) Console.WriteLine($"{done} / {articles.Length}");
    });
    Console.WriteLine($"{articles.Length} heroes of {width}x{height} in {photos}");
}

static Image Photo(int width, int height, int seed)
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
