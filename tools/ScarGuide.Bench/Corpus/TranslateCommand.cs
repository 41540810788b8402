using System.CommandLine;
using System.Text;

namespace ScarGuide.Bench.Corpus;

/// <summary>
/// <c>translate DIR --language es</c>: turns a generated corpus into a two-language site, every article with a
/// translation (<c>x.es.md</c>: its own slug, <c>source_reviewed:</c> its source's review, the same body), for the
/// languages benchmark: the build cost of a second language, not the quality of its words.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A corpus written by `generate`" };
        var language = new Option<string>("--language") { Description = "The second language's code", DefaultValueFactory = _ => "es" };
        var command = new Command("translate", "Add a second language to a generated corpus: a translation of every article.");
        command.Arguments.Add(dir);
        command.Options.Add(language);
        command.SetAction(result =>
        {
            var input = Path.GetFullPath(result.GetValue(dir)!);
            var count = Translate(input, result.GetValue(language)!);
            Console.WriteLine($"Translated {count} articles of {result.GetValue(dir)} into '{result.GetValue(language)}'.");
            return 0;
        });
        return command;
    }

    public static int Translate(string input, string code)
    {
        var site = Path.Combine(input, "site.yml");
        var yml = File.ReadAllText(site);
        if (!yml.Contains("\nlanguages:", StringComparison.Ordinal))
        {
            var lines = yml.Split('\n').Where(l => !l.StartsWith("language:", StringComparison.Ordinal));
            yml = string.Join('\n', lines).TrimEnd('\n') + $"\nlanguages:\n  - code: en\n    name: \"English\"\n  - code: {code}\n    name: \"{code}\"\n";
            File.WriteAllText(site, yml);
        }
        var count = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(input, "articles"), "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.Contains('.')) continue; // a translation already
            var text = File.ReadAllText(file);
            var reviewed = text.Split('\n').FirstOrDefault(l => l.StartsWith("reviewed:", StringComparison.Ordinal))?["reviewed:".Length..].Trim();
            var front = new StringBuilder("---\n").Append($"slug: {name}-{code}\n");
            if (reviewed is not null) front.Append($"source_reviewed: {reviewed}\n");
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(file)!, $"{name}.{code}.md"), front + text["---\n".Length..]);
            count++;
        }
        return count;
    }
}
