using ScarGuide.Pages;
using ScarGuide.Pipeline;

namespace ScarGuide.Translation;

/// <summary>
/// A translation that uses none of its language's glossary terms while its source uses some was probably translated
/// with other words than the glossary's (<c>queloide</c> written as <c>cicatriz queloidea</c>): a hint for the editor,
/// since readers then get no definitions. Runs after LinkTranslations, on the terms each article page marks.
/// </summary>
public sealed class CheckTranslatedTerms : IStep
{
    public string Name => "check translated terms";

    public void Run(BuildContext context)
    {
        var sites = context.LanguageSites;
        if (sites.Count < 2) return;
        foreach (var site in sites.Skip(1))
        {
            if (site.Glossary.Count == 0) continue; // a language without a glossary has nothing to be consistent with
            foreach (var page in site.OutputPages)
            {
                if (page is not { Kind: PageKind.Article, Source: { } translation, View.Article: { } view, Translations: { } translations } || view.Terms.Count > 0)
                    continue;
                var source = translations.Others.FirstOrDefault(o => o.Site == sites[0]).Page;
                if (source?.View.Article is not { Terms.Count: > 0 } original) continue;
                context.Diagnostics.Warning("translation-glossary", translation.SourcePath, translation.BodyLine, 1,
                    $"The source ({source.Source!.SourcePath}) uses {original.Terms.Count} glossary terms ({string.Join(", ", original.Terms.Take(3).Select(t => t.Term))}), this translation none of glossary.{site.Language!.Code}.yml's.",
                    $"Use the glossary's words for the same ideas, or add the words this translation uses as `synonyms:` in glossary.{site.Language.Code}.yml.");
            }
        }
    }
}
