using System.Globalization;
using System.Text;

namespace ScarGuide.Bench.Corpus;

/// <summary>Writes a deterministic benchmark corpus: a complete ScarGuide input folder of generated dermatology articles.</summary>
public sealed class CorpusGenerator
{
    /// <summary>The seed used when none is given, so every published benchmark runs on the same corpus.</summary>
    public const int DefaultSeed = 20261124;

    /// <summary>The site title written to site.yml; also how the generator recognises a folder it made itself.</summary>
    public const string SiteTitle = "ScarGuide Benchmark Clinic";

    internal static readonly DateOnly FirstDate = new(2020, 1, 1);
    internal static readonly DateOnly LastDate = new(2026, 10, 31);

    /// <summary>
    /// The "now" benchmark builds run at (<c>--clock</c>): the corpus's review dates would otherwise turn into more
    /// overdue warnings each day, and the measured work would drift with the calendar.
    /// </summary>
    public const string BuildClock = "2026-11-24T12:00:00Z";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] Palette =
    [
        "#f6e7df", "#e9d2c5", "#d9b8a7", "#c98f7a", "#a4664f", "#7b4a3a", "#5c8a8a", "#3f6f73", "#e4eef0", "#b9d3d6", "#8fb4b9",
    ];

    private CorpusGenerator()
    {
    }

    /// <summary>Writes site.yml, authors.yml, images/ and articleCount articles into inputDirectory; the same arguments give the same bytes.</summary>
    public static void Generate(string inputDirectory, int articleCount, int seed = DefaultSeed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(articleCount, 1);

        var articlesDirectory = Path.Combine(inputDirectory, "articles");
        PrepareDirectory(inputDirectory, articlesDirectory);
        var imagesDirectory = Path.Combine(inputDirectory, "images");
        Directory.CreateDirectory(Path.Combine(imagesDirectory, "authors"));

        WriteText(Path.Combine(inputDirectory, "site.yml"), BuildSiteYaml());
        WriteText(Path.Combine(inputDirectory, "authors.yml"), BuildAuthorsYaml());
        WriteImages(imagesDirectory);

        var rng = new Random(seed);
        var (plans, byTopic) = PlanArticles(rng, articleCount);
        // Every article draws only on its own seed and the read-only plans, so writing them in
        // parallel gives the same bytes as writing them one by one.
        // Written one by one on purpose: on the 2-core benchmark machine creating the files dominates,
        // and writing them in parallel measured no faster.
        var writer = new CorpusArticleWriter(plans, byTopic);
        foreach (var plan in plans)
        {
            writer.Write(plan);
            WriteText(Path.Combine(articlesDirectory, plan.Slug + ".md"), writer.Buffer);
        }
    }

    /// <summary>Creates the folders; refuses to mix generated articles into a folder of real ones.</summary>
    private static void PrepareDirectory(string inputDirectory, string articlesDirectory)
    {
        if (Directory.Exists(articlesDirectory)
            && Directory.EnumerateFiles(articlesDirectory, "*.md", SearchOption.AllDirectories).Any())
        {
            var siteYaml = Path.Combine(inputDirectory, "site.yml");
            var generatedBefore = File.Exists(siteYaml)
                && File.ReadLines(siteYaml).FirstOrDefault() == "title: \"" + SiteTitle + "\"";
            if (!generatedBefore)
            {
                throw new InvalidOperationException(
                    $"'{articlesDirectory}' already holds Markdown articles that this generator did not write; choose an empty folder.");
            }

            // A corpus written earlier, possibly of another size: start again so no stale article remains.
            Directory.Delete(articlesDirectory, recursive: true);
        }

        Directory.CreateDirectory(articlesDirectory);
    }

    private static (CorpusArticlePlan[] Plans, List<int>[] ByTopic) PlanArticles(Random rng, int count)
    {
        var topics = CorpusVocabulary.Topics;
        var byTopic = new List<int>[topics.Length];
        for (var t = 0; t < topics.Length; t++)
        {
            byTopic[t] = new List<int>(count / topics.Length + 1);
        }

        var days = SpreadDays(rng, count);
        var plans = new CorpusArticlePlan[count];
        var slug = new StringBuilder(64);
        var title = new StringBuilder(96);
        for (var i = 0; i < count; i++)
        {
            var topic = rng.Next(topics.Length);
            var secondary = -1;
            if (rng.Next(2) == 0)
            {
                secondary = rng.Next(topics.Length - 1);
                if (secondary >= topic)
                {
                    secondary++;
                }
            }

            var main = topics[topic];
            var treatment = rng.Next(main.Treatments.Length);
            var scar = rng.Next(main.Scars.Length);

            slug.Clear();
            CorpusArticleWriter.AppendSlug(slug, StripLeadingArticle(main.Treatments[treatment]), 4);
            slug.Append('-').Append(Number(i + 1));

            BuildTitle(rng, title, main, secondary >= 0 ? topics[secondary] : null, treatment, scar);

            plans[i] = new CorpusArticlePlan
            {
                Index = i,
                Slug = slug.ToString(),
                Title = title.ToString(),
                Topic = topic,
                Secondary = secondary,
                Treatment = treatment,
                Scar = scar,
                Seed = rng.Next(),
                Date = FirstDate.AddDays(days[i]),
            };
            byTopic[topic].Add(i);
        }

        return (plans, byTopic);
    }

    /// <summary>Day offsets spread evenly over the date range with jitter, then shuffled: distinct while count fits the range.</summary>
    private static int[] SpreadDays(Random rng, int count)
    {
        var span = LastDate.DayNumber - FirstDate.DayNumber + 1;
        var step = Math.Max(1, span / count);
        var days = new int[count];
        for (var i = 0; i < count; i++)
        {
            var day = (int)((long)i * span / count) + rng.Next(step);
            days[i] = Math.Min(day, span - 1);
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (days[i], days[j]) = (days[j], days[i]);
        }

        return days;
    }

    private static void BuildTitle(Random rng, StringBuilder title, CorpusTopic main, CorpusTopic? secondary, int treatment, int scar)
    {
        var templates = CorpusVocabulary.TitleTemplates;
        var other = secondary ?? main;
        var otherTreatment = other.Treatments[rng.Next(other.Treatments.Length)];
        if (otherTreatment == main.Treatments[treatment])
        {
            otherTreatment = other.Treatments[(rng.Next(other.Treatments.Length - 1) + 1 + treatment) % other.Treatments.Length];
        }

        var person = CorpusVocabulary.PeopleTitles[rng.Next(CorpusVocabulary.PeopleTitles.Length)];
        var number = CorpusVocabulary.TitleNumbers[rng.Next(CorpusVocabulary.TitleNumbers.Length)];
        for (var attempt = 0; attempt < 8; attempt++)
        {
            title.Clear();
            var template = templates[rng.Next(templates.Length)];
            foreach (var part in template.Split('{', '}'))
            {
                switch (part)
                {
                    case "TT":
                        AppendTitleCase(title, main.Treatments[treatment]);
                        break;
                    case "TT2":
                        AppendTitleCase(title, otherTreatment);
                        break;
                    case "ST":
                        AppendTitleCase(title, main.Scars[scar]);
                        break;
                    case "PT":
                        title.Append(person);
                        break;
                    case "NT":
                        title.Append(number);
                        break;
                    default:
                        title.Append(part);
                        break;
                }
            }

            if (title.Length <= 60)
            {
                break;
            }
        }

        if (title.Length > 60)
        {
            title.Clear();
            AppendTitleCase(title, main.Treatments[treatment]);
        }

        if (char.IsLower(title[0]))
        {
            title[0] = char.ToUpperInvariant(title[0]);
        }
    }

    private static string StripLeadingArticle(string text) =>
        text.StartsWith("the ", StringComparison.Ordinal) ? text[4..]
        : text.StartsWith("a ", StringComparison.Ordinal) ? text[2..]
        : text;

    /// <summary>Capitalises each word except short joining words; acronyms keep their capitals.</summary>
    private static void AppendTitleCase(StringBuilder sb, string phrase)
    {
        var wordStart = true;
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = phrase[i];
            if (wordStart && char.IsLower(c) && !IsSmallWord(phrase, i))
            {
                c = char.ToUpperInvariant(c);
            }

            sb.Append(c);
            wordStart = c == ' ';
        }
    }

    private static bool IsSmallWord(string phrase, int index)
    {
        var end = phrase.IndexOf(' ', index);
        var word = phrase.AsSpan(index, (end < 0 ? phrase.Length : end) - index);
        return word is "a" or "an" or "and" or "or" or "for" or "of" or "the" or "to" or "with" or "in" or "on" or "after" or "vs";
    }

    private static string BuildSiteYaml() =>
        "title: \"" + SiteTitle + "\"\n"
        + "description: \"A generated corpus for measuring build speed.\"\n"
        + "base_url: \"https://bench.example.org/\"\n"
        + "language: en\n"
        + "posts_per_page: 20\n"
        + "organization:\n"
        + "  name: \"" + SiteTitle + "\"\n"
        + "  logo: /images/logo.svg\n";

    private static StringBuilder BuildAuthorsYaml()
    {
        var sb = new StringBuilder(4096);
        AppendPeople(sb, "author", CorpusVocabulary.Authors);
        AppendPeople(sb, "reviewer", CorpusVocabulary.Reviewers);
        return sb;
    }

    private static void AppendPeople(StringBuilder sb, string prefix, (string Name, string Credentials, string JobTitle, string Bio)[] people)
    {
        for (var i = 0; i < people.Length; i++)
        {
            var (name, credentials, jobTitle, bio) = people[i];
            var key = prefix + "-" + Number(i + 1);
            sb.Append(key).Append(":\n");
            sb.Append("  name: ");
            CorpusArticleWriter.AppendQuoted(sb, name);
            sb.Append("\n  credentials: ");
            CorpusArticleWriter.AppendQuoted(sb, credentials);
            sb.Append("\n  job_title: ");
            CorpusArticleWriter.AppendQuoted(sb, jobTitle);
            sb.Append("\n  bio: ");
            CorpusArticleWriter.AppendQuoted(sb, bio);
            sb.Append("\n  image: /images/authors/").Append(key).Append(".svg\n");
        }
    }

    private static void WriteImages(string imagesDirectory)
    {
        WriteText(Path.Combine(imagesDirectory, "logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"40\" viewBox=\"0 0 160 40\" role=\"img\" aria-label=\"" + SiteTitle + "\">\n"
            + "<rect width=\"40\" height=\"40\" rx=\"8\" fill=\"#3f6f73\"/>\n"
            + "<path d=\"M10 26c6-10 14-10 20 0\" stroke=\"#f6e7df\" stroke-width=\"4\" fill=\"none\" stroke-linecap=\"round\"/>\n"
            + "<text x=\"50\" y=\"26\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#3f6f73\">ScarGuide Bench</text>\n"
            + "</svg>\n");

        var topics = CorpusVocabulary.Topics;
        for (var hero = 1; hero <= CorpusVocabulary.HeroImageCount; hero++)
        {
            var alt = "Illustration";
            foreach (var topic in topics)
            {
                if (topic.Hero == hero)
                {
                    alt = topic.HeroAlt;
                    break;
                }
            }

            var sb = new StringBuilder(1024);
            var background = Palette[hero % Palette.Length];
            var skin = Palette[(hero + 2) % Palette.Length];
            var accent = Palette[(hero + 6) % Palette.Length];
            sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\" viewBox=\"0 0 1200 630\" role=\"img\" aria-label=\"")
                .Append(alt).Append("\">\n");
            sb.Append("<rect width=\"1200\" height=\"630\" fill=\"").Append(background).Append("\"/>\n");
            sb.Append("<path d=\"M0 ").Append(Number(380 + hero * 7)).Append(" C300 ").Append(Number(300 + hero * 5))
                .Append(" 900 ").Append(Number(460 - hero * 4)).Append(" 1200 ").Append(Number(360 + hero * 3))
                .Append(" V630 H0 Z\" fill=\"").Append(skin).Append("\"/>\n");
            for (var k = 0; k < 3 + hero % 4; k++)
            {
                var x = 140 + (k * 233 + hero * 97) % 920;
                var y = 140 + (k * 71 + hero * 43) % 200;
                sb.Append("<circle cx=\"").Append(Number(x)).Append("\" cy=\"").Append(Number(y)).Append("\" r=\"").Append(Number(18 + (k * 13 + hero) % 40))
                    .Append("\" fill=\"").Append(accent).Append("\" opacity=\"0.6\"/>\n");
            }

            sb.Append("</svg>\n");
            WriteText(Path.Combine(imagesDirectory, "hero-" + Number(hero) + ".svg"), sb);
        }

        var people = CorpusVocabulary.Authors.Length + CorpusVocabulary.Reviewers.Length;
        for (var i = 0; i < people; i++)
        {
            var isAuthor = i < CorpusVocabulary.Authors.Length;
            var key = isAuthor ? "author-" + Number(i + 1) : "reviewer-" + Number(i - CorpusVocabulary.Authors.Length + 1);
            WriteText(Path.Combine(imagesDirectory, "authors", key + ".svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\" viewBox=\"0 0 96 96\" role=\"img\" aria-label=\"Portrait placeholder\">\n"
                + "<rect width=\"96\" height=\"96\" rx=\"48\" fill=\"" + Palette[(i * 3) % Palette.Length] + "\"/>\n"
                + "<circle cx=\"48\" cy=\"38\" r=\"16\" fill=\"" + Palette[(i * 3 + 5) % Palette.Length] + "\"/>\n"
                + "<path d=\"M20 80c6-16 50-16 56 0\" fill=\"" + Palette[(i * 3 + 5) % Palette.Length] + "\"/>\n"
                + "</svg>\n");
        }
    }

    /// <summary>Formats an integer with the invariant culture, as every number in the corpus is.</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, Utf8NoBom);

    private static void WriteText(string path, StringBuilder text)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.SequentialScan);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 32 * 1024);
        foreach (var chunk in text.GetChunks())
        {
            writer.Write(chunk.Span);
        }
    }
}
