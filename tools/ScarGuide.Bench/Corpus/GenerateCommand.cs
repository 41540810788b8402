using System.CommandLine;
using System.Diagnostics;

namespace ScarGuide.Bench.Corpus;

/// <summary><c>generate N DIR</c>: writes a deterministic corpus of N articles.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Argument<int>("count") { Description = "Number of articles" };
        var dir = new Argument<string>("dir") { Description = "Input folder to write (site.yml, authors.yml, articles/, images/)" };
        var seed = new Option<int>("--seed") { Description = "Random seed (the default gives the documented corpus)", DefaultValueFactory = _ => CorpusGenerator.DefaultSeed };
        var generate = new Command("generate", "Write a deterministic benchmark corpus.");
        generate.Arguments.Add(count);
        generate.Arguments.Add(dir);
        generate.Options.Add(seed);
        generate.SetAction(result =>
        {
            var watch = Stopwatch.StartNew();
            var target = Path.GetFullPath(result.GetValue(dir)!);
            CorpusGenerator.Generate(target, result.GetValue(count), result.GetValue(seed));
            Console.WriteLine($"Generated {result.GetValue(count)} articles into {result.GetValue(dir)} in {watch.Elapsed.TotalSeconds:0.00} s.");
            return 0;
        });
        return generate;
    }
}
