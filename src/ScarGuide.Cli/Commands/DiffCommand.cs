using System.CommandLine;
using ScarGuide.Diff;

namespace ScarGuide.Cli.Commands;

/// <summary>
/// <c>scarguide diff --base REF</c>: what a change does to the built site, for the pull-request comment. Builds the site
/// as of <c>--base</c> and as of <c>--head</c> (default: the work tree) into memory and compares them.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var site = new SiteOptions();
        var baseRef = new Option<string>("--base") { Description = "The git revision to compare with, e.g. origin/main", Required = true };
        var headRef = new Option<string?>("--head") { Description = "The git revision to compare (default: the work tree, uncommitted edits included)" };
        var format = new Option<string>("--format") { Description = "text (default), markdown (one pull-request comment) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var preview = new Option<string?>("--preview-url") { Description = "Where the head site is deployed for review: every page becomes a link there" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit non-zero on problems the change introduces: error, warning or never (default)", DefaultValueFactory = _ => "never" };
        failOn.AcceptOnlyFromAmong("never", "error", "warning");
        var share = new Option<double>("--review-share")
        {
            Description = "The share of an article's sentences that may change without a new medical review (default 0.5)",
            DefaultValueFactory = _ => MedicalChanges.DefaultShare,
        };
        share.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1) r.AddError("--review-share must be between 0 and 1.");
        });
        var command = new Command("diff", "Show what a change does to the site: pages added, changed, renamed and removed, reading levels, medical facts changed without a new review.");
        command.Options.Add(baseRef);
        command.Options.Add(headRef);
        command.Options.Add(format);
        command.Options.Add(preview);
        command.Options.Add(failOn);
        command.Options.Add(share);
        site.AddTo(command);
        command.SetAction(result =>
        {
            var options = site.Read(result);
            SiteDiff diff;
            try
            {
                diff = DiffRevisions.Run(options, result.GetValue(baseRef)!, result.GetValue(headRef),
                    new DiffSettings(result.GetValue(preview), result.GetValue(share)));
            }
            catch (GitException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 2;
            }
            Console.Out.Write(result.GetValue(format) switch
            {
                "markdown" => DiffFormats.Markdown(diff),
                "json" => DiffFormats.Json(diff),
                _ => DiffFormats.Text(diff),
            });
            return result.GetValue(failOn) switch
            {
                "error" => diff.ErrorCount > 0 ? 1 : 0,
                "warning" => diff.ErrorCount + diff.WarningCount > 0 ? 1 : 0,
                _ => 0,
            };
        });
        return command;
    }
}
