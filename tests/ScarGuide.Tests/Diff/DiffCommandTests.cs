using System.Text.Json;
using ScarGuide.Tests.Testing;
using static ScarGuide.Tests.Testing.Articles;

namespace ScarGuide.Tests.Diff;

/// <summary>
/// <c>scarguide diff</c> on real git repositories made in the test: a commit, an edit (committed or in the work tree),
/// and what the pull-request comment says about it.
/// </summary>
[Collection("Console")]
public sealed class DiffCommandTests
{
    private const string Dose = "Most people need 3 sessions, four weeks apart. Each visit takes about half an hour. Your skin may look pink for a day or two. "
                                + "Wash the scar gently with mild soap and water. Keep it out of strong sun while it heals, and ask the clinic if anything worries you.\n";

    private static string Peels(string body = Dose, params string[] fields) => Md("Chemical peels", body, fields);

    private static GitSite Site(string extra = "") => GitSite.Init($"""
        -- input/articles/peels.md --
        {Peels()}
        -- input/articles/silicone.md --
        {Md("Silicone gel", "Silicone gel keeps a raised scar moist and may flatten it over a few months.\n", "tags: [\"silicone\"]")}
        {extra}
        """);

    private static JsonElement Page(JsonElement diff, string source) =>
        diff.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("source").GetString() == source);

    private static List<JsonElement> Problems(JsonElement diff, string code) =>
        diff.GetProperty("problems").EnumerateArray().Where(p => p.GetProperty("code").GetString() == code).ToList();

    [Fact]
    public void A_dose_change_without_a_new_review_date_asks_for_a_medical_rereview_with_the_sentences_before_and_after()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose.Replace("3 sessions", "6 sessions", StringComparison.Ordinal)));

        var diff = site.Json();

        var page = Page(diff, "input/articles/peels.md");
        Assert.Equal("changed", page.GetProperty("kind").GetString());
        var rereview = page.GetProperty("medical_rereview");
        var sentence = Assert.Single(rereview.GetProperty("sentences").EnumerateArray());
        Assert.Equal("Most people need 3 sessions, four weeks apart.", sentence.GetProperty("before").GetString());
        Assert.Equal("Most people need 6 sessions, four weeks apart.", sentence.GetProperty("after").GetString());
        Assert.Contains("\"3 sessions\" → \"6 sessions\"", rereview.GetProperty("reasons")[0].GetString());
        var problem = Assert.Single(Problems(diff, "medical-rereview"));
        Assert.Equal("warning", problem.GetProperty("severity").GetString());
        Assert.False(page.GetProperty("review").GetProperty("moved").GetBoolean());

        // A warning fails the command only when asked to.
        Assert.Equal(0, site.Diff("--base", "HEAD").Exit);
        Assert.Equal(0, site.Diff("--base", "HEAD", "--fail-on", "error").Exit);
        Assert.Equal(1, site.Diff("--base", "HEAD", "--fail-on", "warning").Exit);
    }

    [Fact]
    public void Under_a_strict_review_policy_a_dose_change_without_a_review_is_an_error()
    {
        using var site = Site();
        site.Write("input/site.yml", TestSite.DefaultSiteYml + "\nreview_policy: strict\n").Commit("Strict reviews");
        site.Write("input/articles/peels.md", Peels(Dose.Replace("3 sessions", "6 sessions", StringComparison.Ordinal))).Commit("More sessions");

        var diff = site.Json("HEAD~1", "--head", "HEAD");

        Assert.Equal("error", Assert.Single(Problems(diff, "medical-rereview")).GetProperty("severity").GetString());
        Assert.Equal(1, site.Diff("--base", "HEAD~1", "--head", "HEAD", "--fail-on", "error").Exit);
    }

    [Fact]
    public void The_same_dose_change_with_a_new_review_date_needs_no_rereview()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose.Replace("3 sessions", "6 sessions", StringComparison.Ordinal), "reviewed: 2026-11-20")).Commit("Reviewed: 6 sessions");

        var diff = site.Json("HEAD~1", "--head", "HEAD");

        var page = Page(diff, "input/articles/peels.md");
        Assert.False(page.TryGetProperty("medical_rereview", out _));
        Assert.Empty(Problems(diff, "medical-rereview"));
        var review = page.GetProperty("review");
        Assert.True(review.GetProperty("moved").GetBoolean());
        Assert.Equal("2026-06-01", review.GetProperty("reviewed_before").GetString());
        Assert.Equal("2026-11-20", review.GetProperty("reviewed_after").GetString());
        Assert.Equal("2027-11-20", review.GetProperty("next_review").GetString());
    }

    [Fact]
    public void Rewording_and_reordering_without_changing_a_fact_needs_no_rereview()
    {
        using var site = Site();
        var reworded = Dose
            .Replace("Wash the scar gently with mild soap and water.", "Gently wash the scar with water and mild soap.", StringComparison.Ordinal)
            .Replace("Each visit takes about half an hour. Your skin may look pink for a day or two.", "Your skin may look pink for a day or two. Each visit takes about half an hour.", StringComparison.Ordinal);
        site.Write("input/articles/peels.md", Peels(reworded));

        var diff = site.Json();

        var page = Page(diff, "input/articles/peels.md");
        Assert.Equal("changed", page.GetProperty("kind").GetString());
        Assert.False(page.TryGetProperty("medical_rereview", out _));
        Assert.Empty(diff.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public void A_removed_article_whose_address_no_alias_keeps_is_an_error()
    {
        using var site = Site();
        site.Delete("input/articles/silicone.md");

        var diff = site.Json();

        Assert.Equal("removed", Page(diff, "input/articles/silicone.md").GetProperty("kind").GetString());
        var problem = Assert.Single(Problems(diff, "address-removed"));
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Contains("/blog/silicone/", problem.GetProperty("message").GetString());
        Assert.Equal(1, site.Diff("--base", "HEAD", "--fail-on", "error").Exit);
    }

    [Fact]
    public void A_renamed_slug_with_an_alias_for_the_old_address_is_fine_and_without_one_is_an_error()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose, "slug: chemical-peels", "aliases: [\"/blog/peels/\"]")).Commit("Clearer address");
        site.Write("input/articles/peels.md", Peels(Dose, "slug: chemical-peels"));

        var kept = site.Json("HEAD~1", "--head", "HEAD");
        var page = Page(kept, "input/articles/peels.md");
        Assert.Equal("renamed", page.GetProperty("kind").GetString());
        Assert.Equal("/blog/chemical-peels/", page.GetProperty("url").GetString());
        Assert.Equal("/blog/peels/", page.GetProperty("old_url").GetString());
        Assert.Empty(Problems(kept, "address-removed"));

        // The work tree drops the alias: the old address no longer answers.
        var lost = site.Json("HEAD~1");
        Assert.Contains("/blog/peels/", Assert.Single(Problems(lost, "address-removed")).GetProperty("message").GetString());
    }

    [Fact]
    public void A_renamed_file_is_matched_by_the_alias_its_new_version_keeps()
    {
        using var site = Site();
        site.Delete("input/articles/peels.md").Write("input/articles/chemical-peels.md", Peels(Dose, "aliases: [\"/blog/peels/\"]"));

        var diff = site.Json();

        var page = Page(diff, "input/articles/chemical-peels.md");
        Assert.Equal("renamed", page.GetProperty("kind").GetString());
        Assert.Equal("input/articles/peels.md", page.GetProperty("old_source").GetString());
        Assert.Empty(Problems(diff, "address-removed"));
    }

    [Fact]
    public void Faq_items_sources_and_links_in_the_text_added_and_removed_are_listed()
    {
        const string before = """
            faq:
              - q: "Does a peel hurt?"
                a: "It stings for a few minutes."
            sources:
              - title: "NHS: Scars"
                url: "https://www.nhs.uk/conditions/scars/"
            """;
        const string after = """
            faq:
              - q: "How soon can I wear make-up?"
                a: "Usually the next day."
            sources:
              - title: "DermNet: Chemical peels"
                url: "https://dermnetnz.org/topics/chemical-peels"
            """;
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose + "See [the NHS page](https://www.nhs.uk/conditions/scars/).\n", before)).Commit("FAQ and sources");
        site.Write("input/articles/peels.md", Peels(Dose + "See [DermNet](https://dermnetnz.org/topics/chemical-peels).\n", after, "reviewed: 2026-11-20"));

        var page = Page(site.Json(), "input/articles/peels.md");

        Assert.Equal(["How soon can I wear make-up?"], page.GetProperty("faq_added").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Does a peel hurt?"], page.GetProperty("faq_removed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["DermNet: Chemical peels (https://dermnetnz.org/topics/chemical-peels)"], page.GetProperty("sources_added").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["NHS: Scars (https://www.nhs.uk/conditions/scars/)"], page.GetProperty("sources_removed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["https://dermnetnz.org/topics/chemical-peels"], page.GetProperty("links_added").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["https://www.nhs.uk/conditions/scars/"], page.GetProperty("links_removed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_reading_level_before_and_after_is_shown_against_the_target_with_the_warning_the_change_introduces()
    {
        const string hard = "Postinflammatory hyperpigmentation consequent to superficial chemical exfoliation characteristically necessitates comprehensive photoprotective interventions, notwithstanding considerable interindividual variability. "
                            + "Dermatological practitioners additionally recommend conscientious application of moisturising preparations throughout recuperation, particularly following concentrated glycolic formulations.\n";
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose + hard));

        var diff = site.Json();

        var page = Page(diff, "input/articles/peels.md");
        var reading = page.GetProperty("reading_level");
        Assert.Equal("grade", reading.GetProperty("scale").GetString());
        Assert.True(reading.GetProperty("before").GetDouble() <= 8, reading.ToString());
        Assert.True(reading.GetProperty("after").GetDouble() > 8, reading.ToString());
        Assert.Equal(8, reading.GetProperty("target").GetDouble());
        Assert.False(reading.GetProperty("meets_target").GetBoolean());
        Assert.Contains(page.GetProperty("introduced").EnumerateArray(), d => d.GetProperty("code").GetString() == "reading-level");
        Assert.Empty(page.GetProperty("resolved").EnumerateArray());
    }

    [Fact]
    public void A_warning_that_was_already_there_is_not_reported_again()
    {
        const string hard = "Postinflammatory hyperpigmentation consequent to superficial chemical exfoliation characteristically necessitates comprehensive photoprotective interventions, notwithstanding considerable interindividual variability.\n";
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose + hard)).Commit("A hard sentence");
        site.Write("input/articles/peels.md", Peels(Dose.Replace("about half an hour", "about thirty minutes, sometimes a little longer", StringComparison.Ordinal) + hard, "reviewed: 2026-11-20"));

        var page = Page(site.Json(), "input/articles/peels.md");

        Assert.Empty(page.GetProperty("introduced").EnumerateArray());
        Assert.Empty(page.GetProperty("resolved").EnumerateArray());
    }

    [Fact]
    public void A_changed_translation_is_reported_in_its_language_with_its_own_address_and_rereview()
    {
        var es = "La mayoría de las personas necesita 3 sesiones, con cuatro semanas entre cada una. Cada visita dura una media hora. "
                 + "La piel puede verse rosada uno o dos días. Lave la cicatriz con agua y un jabón suave, y evite el sol fuerte mientras se cura.\n";
        using var site = Site($"""
            -- input/articles/peels.es.md --
            {Md("Peelings químicos", es, "slug: peelings-quimicos")}
            """);
        site.Write("input/site.yml", TestSite.DefaultSiteYml + "\nlanguages:\n  - code: en\n    name: \"English\"\n  - code: es\n    name: \"Español\"\n").Commit("Two languages");
        site.Write("input/articles/peels.es.md", Md("Peelings químicos", es.Replace("3 sesiones", "6 sesiones", StringComparison.Ordinal), "slug: peelings-quimicos"));

        var diff = site.Json();

        var page = Assert.Single(diff.GetProperty("pages").EnumerateArray());
        Assert.Equal("es", page.GetProperty("language").GetString());
        Assert.Equal("/es/blog/peelings-quimicos/", page.GetProperty("url").GetString());
        Assert.Equal("INFLESZ", page.GetProperty("reading_level").GetProperty("scale").GetString());
        var sentence = Assert.Single(page.GetProperty("medical_rereview").GetProperty("sentences").EnumerateArray());
        Assert.Contains("6 sesiones", sentence.GetProperty("after").GetString());
        Assert.Equal("input/articles/peels.es.md", Assert.Single(Problems(diff, "medical-rereview")).GetProperty("file").GetString());
    }

    [Fact]
    public void A_translation_whose_slug_changes_keeps_its_old_address_with_an_alias_in_its_own_language()
    {
        using var site = Site($"""
            -- input/articles/peels.es.md --
            {Md("Peelings químicos", "Los peelings quitan la capa de arriba de la piel.\n", "slug: peelings-quimicos")}
            """);
        site.Write("input/site.yml", TestSite.DefaultSiteYml + "\nlanguages:\n  - code: en\n    name: \"English\"\n  - code: es\n    name: \"Español\"\n").Commit("Two languages");
        site.Write("input/articles/peels.es.md", Md("Peelings químicos", "Los peelings quitan la capa de arriba de la piel.\n", "slug: peelings"));

        var lost = Assert.Single(Problems(site.Json(), "address-removed")).GetProperty("message").GetString();
        Assert.StartsWith("/es/blog/peelings-quimicos/ moved to /es/blog/peelings/", lost);
        Assert.Contains("`aliases: [\"/blog/peelings-quimicos/\"]` to the page that replaces it, in the same language", lost);

        site.Write("input/articles/peels.es.md", Md("Peelings químicos", "Los peelings quitan la capa de arriba de la piel.\n", "slug: peelings", "aliases: [\"/blog/peelings-quimicos/\"]"));
        var kept = site.Json();
        Assert.Equal("renamed", Page(kept, "input/articles/peels.es.md").GetProperty("kind").GetString());
        Assert.Empty(Problems(kept, "address-removed"));
    }

    [Fact]
    public void Other_pages_whose_output_changes_are_counted_and_listed()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Md("Chemical peels, explained", Dose));

        var diff = site.Json();

        var others = diff.GetProperty("other_pages").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(others.Count, diff.GetProperty("other_pages_count").GetInt32());
        Assert.Contains("/", others);            // the home page lists the article by its title
        Assert.Contains("/blog/", others);
        Assert.DoesNotContain("/blog/peels/", others); // the article itself is in the table, not here
    }

    [Fact]
    public void Under_a_preview_url_every_page_is_a_link_there()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Md("Chemical peels, explained", Dose));

        var diff = site.Json("HEAD", "--preview-url", "https://pr-7.example.pages.dev/");

        Assert.Equal("https://pr-7.example.pages.dev/blog/peels/", Page(diff, "input/articles/peels.md").GetProperty("url").GetString());
        Assert.All(diff.GetProperty("other_pages").EnumerateArray(), e => Assert.StartsWith("https://pr-7.example.pages.dev/", e.GetString()));
    }

    [Fact]
    public void The_markdown_is_one_comment_with_a_marker_a_summary_a_table_and_folded_details()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose.Replace("3 sessions", "6 sessions", StringComparison.Ordinal)));
        site.Delete("input/articles/silicone.md");

        var (exit, markdown, _) = site.Diff("--base", "HEAD", "--format", "markdown");

        Assert.Equal(0, exit);
        var lines = markdown.Split('\n');
        Assert.Equal("<!-- scarguide-diff -->", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("❌ **1 changed, 1 removed; 1 needs medical re-review;", StringComparison.Ordinal));
        Assert.Contains("| | Page | Reading level | Medical review | Notes |", markdown);
        Assert.Contains("| ✏️ changed | [Chemical peels](/blog/peels/)", markdown);
        Assert.Contains("<details><summary>⚠️ Medical re-review: <b>Chemical peels</b>", markdown);
        Assert.Contains("| Most people need 3 sessions, four weeks apart. | Most people need 6 sessions, four weeks apart. |", markdown);
        Assert.Contains("other pages change (listings, tags, related articles)", markdown);
    }

    [Fact]
    public void The_same_change_gives_the_same_output_and_leaves_the_work_tree_alone()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose.Replace("3 sessions", "6 sessions", StringComparison.Ordinal)));
        var status = site.Git("status", "--porcelain");

        var first = site.Diff("--base", "HEAD", "--format", "markdown").Out;
        var second = site.Diff("--base", "HEAD", "--format", "markdown").Out;

        Assert.Equal(first, second);
        Assert.Equal(site.Diff("--base", "HEAD", "--format", "json").Out, site.Diff("--base", "HEAD", "--format", "json").Out);
        Assert.Equal(status, site.Git("status", "--porcelain"));
    }

    [Fact]
    public void Building_the_head_with_the_base_builds_memory_gives_the_same_diff_as_two_fresh_builds()
    {
        using var site = Site();
        site.Write("input/articles/peels.md", Peels(Dose.Replace("3 sessions", "6 sessions", StringComparison.Ordinal), "title: \"Chemical peels, explained\""))
            .Delete("input/articles/silicone.md")
            .Write("input/articles/lasers.md", Md("Lasers", "Fractional lasers resurface the skin in 3 to 5 sessions.\n", "tags: [\"silicone\"]"));
        var options = ScarGuide.Pipeline.BuildOptions.ForRoot(site.Root, TestSite.Now) with { BuiltInTheme = true };

        var reused = ScarGuide.Diff.DiffRevisions.Run(options, "HEAD", null, new ScarGuide.Diff.DiffSettings(Reuse: true));
        var fresh = ScarGuide.Diff.DiffRevisions.Run(options, "HEAD", null, new ScarGuide.Diff.DiffSettings(Reuse: false));

        Assert.Equal(ScarGuide.Diff.DiffFormats.Json(fresh), ScarGuide.Diff.DiffFormats.Json(reused));
        Assert.Equal(3, fresh.Pages.Count);
        Assert.NotEmpty(fresh.OtherPages);
    }

    [Fact]
    public void On_the_bundled_site_in_two_languages_reuse_changes_nothing_and_each_language_reports_its_own_change()
    {
        using var site = GitSite.Bundled();
        const string en = "input/articles/silicone-gel-and-sheets.md", es = "input/articles/silicone-gel-and-sheets.es.md";
        site.Write(en, site.Read(en).Replace("around 12 to 24 hours a day", "around 8 to 12 hours a day", StringComparison.Ordinal));
        site.Write(es, site.Read(es).Replace("title: \"", "title: \"Guía: ", StringComparison.Ordinal));
        var options = ScarGuide.Pipeline.BuildOptions.ForRoot(site.Root, TestSite.Now) with { BuiltInTheme = true };

        var reused = ScarGuide.Diff.DiffRevisions.Run(options, "HEAD", null, new ScarGuide.Diff.DiffSettings(Reuse: true));
        var fresh = ScarGuide.Diff.DiffRevisions.Run(options, "HEAD", null, new ScarGuide.Diff.DiffSettings(Reuse: false));

        Assert.Equal(ScarGuide.Diff.DiffFormats.Json(fresh), ScarGuide.Diff.DiffFormats.Json(reused));
        Assert.Equal([(es, "es"), (en, "en")], fresh.Pages.Select(p => (p.SourcePath, p.Language))); // by file name
        Assert.Null(fresh.Pages[0].NeedsReview); // a new title is wording
        Assert.NotNull(fresh.Pages[1].NeedsReview);
        Assert.Contains(fresh.OtherPages, p => p.StartsWith("/es/", StringComparison.Ordinal));
        Assert.DoesNotContain(fresh.Problems, p => p.Code == "address-removed");
    }

    [Fact]
    public void An_unknown_base_revision_is_reported_without_a_stack_trace()
    {
        using var site = Site();

        var (exit, _, error) = site.Diff("--base", "no-such-branch");

        Assert.Equal(2, exit);
        Assert.Contains("'no-such-branch' is not a commit of this repository.", error);
    }

    [Fact]
    public void No_change_says_so()
    {
        using var site = Site();

        var (exit, text, _) = site.Diff("--base", "HEAD");

        Assert.Equal(0, exit);
        Assert.StartsWith("No article or page changes; no new problems.", text);
    }
}
