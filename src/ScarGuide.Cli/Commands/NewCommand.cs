using System.CommandLine;
using System.Globalization;
using ScarGuide.Taxonomy;

namespace ScarGuide.Cli.Commands;

/// <summary><c>scarguide new "Title"</c>: writes a draft article with every field, ready to fill in.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The article's title" };
        var input = new Option<string>("--input") { Description = "Input folder", DefaultValueFactory = _ => "input" };
        var clock = new ClockOption();
        var command = new Command("new", "Create a new draft article in input/articles/.");
        command.Arguments.Add(title);
        command.Options.Add(input);
        command.Options.Add(clock.Option);
        command.SetAction(result =>
        {
            var text = result.GetValue(title)!.Trim();
            var slug = Slug.From(text, MaxFileNameSlug);
            if (slug.Length == 0)
            {
                Console.Error.WriteLine("error: the title needs letters or digits to make a file name from.");
                return 1;
            }
            var path = Path.Combine(result.GetValue(input)!, "articles", slug + ".md");
            if (File.Exists(path))
            {
                Console.Error.WriteLine($"error: {path} already exists; choose another title or edit that file.");
                return 1;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Template(text, clock.Read(result).GetUtcNow().UtcDateTime));
            Console.WriteLine($"Created {path.Replace('\\', '/')} (draft: true). Fill in the fields, write the article, then set draft: false.");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// A long title makes a shorter file name (cut at a word), because the file name is the article's address; the
    /// editor can rename the file before publishing.
    /// </summary>
    private const int MaxFileNameSlug = 80;

    public static string Template(string title, DateTime today)
    {
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var quoted = title.Replace("\\", "\\\\").Replace("\"", "\\\"");
        return $"""
            ---
            title: "{quoted}"
            # One or two sentences, 50 to 160 characters: shown in search results and on cards.
            description: "Explain in one or two sentences what a reader will learn from this article."
            date: {date}
            # updated: {date}
            author: your-key-in-authors-yml
            # The medical reviewer (a key in input/authors.yml) and the date of their review.
            # reviewer: reviewer-key
            # reviewed: {date}
            categories: ["Scar Removal"]
            tags: ["scars"]
            # image: /images/your-image.svg
            # image_alt: "Describe what the image shows"
            # sources:
            #   - title: "Name of the source"
            #     url: "https://..."
            # related: ["other-article-slug"]
            draft: true
            ---
            Start with a short introduction: who this article is for and what it covers.

            ## What it is

            Explain the treatment or condition in plain words.

            ## Who it can help

            Describe which scars or people it suits, and who should avoid it.

            ## What to expect

            Describe the steps, the recovery and realistic results. Results vary: recommend a consultation with a board-certified dermatologist.

            ## Frequently Asked Questions

            ### First question a patient would ask?

            Its answer, in two or three sentences.

            ### Second question?

            Its answer.

            """;
    }
}
