using System.CommandLine;
using System.Globalization;
using ScarGuide.IO;
using ScarGuide.Pipeline;
using ScarGuide.Related;

namespace ScarGuide.Cli.Commands;

/// <summary><c>scarguide related &lt;slug&gt;</c>: shows an article's related list with each score and why.</summary>
internal static class RelatedCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var slug = new Argument<string>("slug") { Description = "The article's slug (its file name without .md)" };
        var count = new Option<int?>("--count") { Description = "How many to show (default: related.count from site.yml)" };
        var command = new Command("related", "Explain an article's related articles: scores from shared tags, categories and text.");
        command.Arguments.Add(slug);
        command.Options.Add(count);
        site.AddTo(command);
        command.SetAction(result =>
        {
            var options = site.Read(result);
            var whole = SiteBuilder.Build(options, new NullOutput(), until: new RelateArticles().Name).Context;
            var key = result.GetValue(slug)!.Replace(".md", "", StringComparison.OrdinalIgnoreCase);
            // A build that stopped early (no input folder) has no index and no articles. Related articles are found
            // within a language: explain the article in the language it is written in.
            var ran = whole.Ran<RelateArticles>();
            var context = ran ? whole.LanguageSites.FirstOrDefault(s => s.Articles.Any(a => a.Slug == key || a.FileKey == key)) ?? whole.LanguageSites[0] : whole;
            var articles = ran ? context.Articles : [];
            var article = articles.FirstOrDefault(a => a.Slug == key || a.FileKey == key);
            if (article is null)
            {
                Console.Error.WriteLine($"error: '{key}' is not a published article. Known: {string.Join(", ", articles.Select(a => a.Slug).Take(20))}");
                return 1;
            }
            var index = context.RelatedIndex;
            var n = result.GetValue(count) ?? context.Config.Related.Count;
            Console.WriteLine($"Related articles for {article.Slug} ({article.Meta.Title})");
            var pinned = article.Related.Take(article.Meta.Related.Count).ToList();
            foreach (var p in pinned) Console.WriteLine($"  pinned  {p.Slug}");
            var matches = index.Find(article.Slug, n);
            var w = context.Config.Related;
            foreach (var m in matches)
            {
                var why = new List<string>();
                if (m.SharedTags.Count > 0) why.Add($"tags {string.Join(", ", m.SharedTags)} ({Num(m.TagScore)} × {Num(w.TagWeight)})");
                if (m.SharedCategories.Count > 0) why.Add($"categories {string.Join(", ", m.SharedCategories)} ({Num(m.CategoryScore)} × {Num(w.CategoryWeight)})");
                if (m.TextScore > 0) why.Add($"text similarity {Num(m.TextScore)} × {Num(w.TextWeight)}");
                Console.WriteLine($"  {Num(m.Score)}  {m.Key}: {string.Join("; ", why)}");
            }
            Console.WriteLine($"Top terms of {article.Slug}: {string.Join(", ", index.TopTerms(article.Slug, 10))}");
            return 0;
        });
        return command;
    }

    private static string Num(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
