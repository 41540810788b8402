using System.CommandLine;

namespace ScarGuide.Bench.Preview;

/// <summary><c>serve [N]</c>: the preview benchmark (<see cref="ServeBenchmark"/>) on a generated corpus of N articles.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var articles = new Argument<int>("articles") { Description = "Articles in the generated corpus", DefaultValueFactory = _ => 1000 };
        var edits = new Option<int>("--edits") { Description = "Article edits to time (after 5 untimed ones)", DefaultValueFactory = _ => 30 };
        var theme = new Option<string>("--theme") { Description = "Theme folder to copy and edit (default: theme/, else the built-in theme)", DefaultValueFactory = _ => "theme" };
        articles.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("articles must be at least 1, e.g. serve 1000.");
        });
        edits.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--edits must be at least 1, e.g. --edits 30.");
        });
        var command = new Command("serve", "Measure the preview: edit-to-reload latency, template and stylesheet edits, requests/second while rebuilding.");
        command.Arguments.Add(articles);
        command.Options.Add(edits);
        command.Options.Add(theme);
        command.SetAction((result, cancellation) => ServeBenchmark.RunAsync(
            Path.GetFullPath(result.GetValue(theme)!), result.GetValue(articles), result.GetValue(edits), Console.Out, cancellation));
        return command;
    }
}
