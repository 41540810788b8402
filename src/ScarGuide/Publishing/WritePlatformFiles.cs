using ScarGuide.Pages;
using System.Text;
using ScarGuide.Pipeline;

namespace ScarGuide.Publishing;

/// <summary>
/// Files hosts read: <c>.nojekyll</c> (GitHub Pages serves folders as they are), <c>CNAME</c> for a custom domain,
/// and <c>_headers</c> (Netlify, Cloudflare Pages): fingerprinted assets cached for a year, HTML briefly, and a CSP.
/// </summary>
public sealed class WritePlatformFiles : IStep
{
    /// <summary>No inline script runs: the only inline scripts are JSON-LD data blocks, which browsers never execute.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    /// <summary>The same policy for a meta element, minus what browsers ignore there (frame-ancestors).</summary>
    public const string MetaContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public string Name => "platform files";

    public void Run(BuildContext context)
    {
        context.Output.Write(".nojekyll", []);
        if (!string.IsNullOrWhiteSpace(context.Config.Cname))
            context.Output.Write("CNAME", Encoding.UTF8.GetBytes(context.Config.Cname.Trim() + "\n"));

        var basePath = context.Config.BasePath;
        var headers = new StringBuilder()
            .Append(basePath).Append("*\n")
            .Append("  X-Content-Type-Options: nosniff\n")
            .Append("  Referrer-Policy: strict-origin-when-cross-origin\n")
            .Append("  Content-Security-Policy: ").Append(ContentSecurityPolicy).Append('\n');
        // The caching rules come from the table `scarguide deploy` uses too; the first (every file) joins the block above.
        foreach (var rule in HeaderRules.Cache.Where(r => r.Glob))
        {
            if (rule.Prefix.Length > 0) headers.Append(basePath).Append(rule.Prefix).Append("*\n");
            headers.Append("  Cache-Control: ").Append(rule.CacheControl).Append('\n');
        }
        // Precompressed .br and .gz files sit beside the originals, so the rules above already give them the same
        // caching (assets/* immutable, HTML five minutes; hosts match the URL, not the file served). Caches must keep
        // the compressed and plain answers apart; one more rule for the same path would repeat values on some hosts.
        if (CompressOutput.IsOn(context))
            headers.Insert(headers.ToString().IndexOf("  Cache-Control", StringComparison.Ordinal), "  Vary: Accept-Encoding\n");
        context.Output.Write("_headers", Encoding.UTF8.GetBytes(headers.ToString()));
    }
}
