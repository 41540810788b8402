using System.Globalization;
using System.Text;

namespace ScarGuide.Bench.Corpus;

/// <summary>Writes one article (front matter and Markdown body) into a reused buffer, drawing only on its own seeded random source.</summary>
internal sealed class CorpusArticleWriter
{
    private static readonly string[] SideEffectNotes =
    [
        "usually settles within a few days",
        "more likely on darker skin, so tell your clinician about your skin type",
        "eased by a cool compress and a bland moisturiser",
        "rarely needs treatment, but mention it at your review",
        "contact the clinic if it lasts longer than {I}",
    ];

    private readonly StringBuilder _sb = new(16 * 1024);
    private readonly StringBuilder _scratch = new(512);
    private readonly CorpusArticlePlan[] _plans;
    private readonly List<int>[] _byTopic;
    private readonly List<(string Q, string A)> _faq = new(8);
    private readonly int[] _pick = new int[64];
    private readonly int[] _bodyDeck = new int[CorpusVocabulary.Body.Length];
    private readonly List<string> _facts = new(16);
    private int _bodyNext;
    private int _factsNext;

    private Random _rng = new(0);
    private CorpusArticlePlan _plan = null!;
    private CorpusTopic _main = null!;
    private CorpusTopic? _second;
    private int _words;
    private bool _emphasisAllowed;

    public CorpusArticleWriter(CorpusArticlePlan[] plans, List<int>[] byTopic)
    {
        _plans = plans;
        _byTopic = byTopic;
    }

    /// <summary>The article last written; valid until the next call to <see cref="Write"/>.</summary>
    public StringBuilder Buffer => _sb;

    /// <summary>Words in the Markdown body of the article last written.</summary>
    public int BodyWords => _words;

    /// <summary>Writes the planned article into <see cref="Buffer"/>, replacing the previous one.</summary>
    public void Write(CorpusArticlePlan plan)
    {
        _sb.Clear();
        _faq.Clear();
        _plan = plan;
        _rng = new Random(plan.Seed);
        _main = CorpusVocabulary.Topics[plan.Topic];
        _second = plan.Secondary >= 0 ? CorpusVocabulary.Topics[plan.Secondary] : null;
        _words = 0;
        ResetDecks();

        var faqInFrontMatter = _rng.Next(2) == 0;
        var faqCount = 3 + _rng.Next(5);
        BuildFaq(faqCount);

        WriteFrontMatter(faqInFrontMatter);
        WriteBody(faqInFrontMatter);
    }

    private void WriteFrontMatter(bool faqInFrontMatter)
    {
        var sb = _sb;
        var plan = _plan;
        sb.Append("---\n");
        sb.Append("title: ");
        AppendQuoted(sb, plan.Title);
        sb.Append("\ndescription: ");
        AppendQuoted(sb, BuildDescription());
        sb.Append("\ndate: ").Append(FormatDate(plan.Date)).Append('\n');

        var last = CorpusGenerator.LastDate;
        var reviewed = plan.Date;
        if (_rng.Next(100) < 35 && plan.Date < last)
        {
            var updated = plan.Date.AddDays(14 + _rng.Next(540));
            if (updated > last)
            {
                updated = last;
            }

            sb.Append("updated: ").Append(FormatDate(updated)).Append('\n');
            reviewed = updated;
        }

        reviewed = reviewed.AddDays(_rng.Next(45));
        if (reviewed > last)
        {
            reviewed = last;
        }

        sb.Append("author: author-").Append(CorpusGenerator.Number(1 + _rng.Next(CorpusVocabulary.Authors.Length))).Append('\n');
        sb.Append("reviewer: reviewer-").Append(CorpusGenerator.Number(1 + _rng.Next(CorpusVocabulary.Reviewers.Length))).Append('\n');
        sb.Append("reviewed: ").Append(FormatDate(reviewed)).Append('\n');

        AppendCategories(sb);
        AppendTags(sb);

        var hero = _main.Hero;
        var heroAlt = _main.HeroAlt;
        if (_second is not null && _rng.Next(5) == 0)
        {
            hero = _second.Hero;
            heroAlt = _second.HeroAlt;
        }

        sb.Append("image: /images/hero-").Append(CorpusGenerator.Number(hero)).Append(".svg\n");
        sb.Append("image_alt: ");
        AppendQuoted(sb, heroAlt);
        sb.Append('\n');

        if (_rng.Next(100) < 12)
        {
            AppendPinnedRelated(sb);
        }

        if (faqInFrontMatter)
        {
            sb.Append("faq:\n");
            foreach (var (q, a) in _faq)
            {
                sb.Append("  - q: ");
                AppendQuoted(sb, q);
                sb.Append("\n    a: ");
                AppendQuoted(sb, a);
                sb.Append('\n');
            }
        }

        if (_rng.Next(100) < 45)
        {
            AppendSources(sb);
        }

        sb.Append("---\n\n");
    }

    private void AppendCategories(StringBuilder sb)
    {
        // The cluster's typical category first, then its others, sometimes swapping in the secondary cluster's.
        var cats = _main.Categories;
        var count = 1 + _rng.Next(3);
        var chosen = new string[3];
        var n = 0;
        for (var i = 0; i < cats.Length && n < count; i++)
        {
            var candidate = i > 0 && _second is not null && _rng.Next(3) == 0 ? _second.Categories[0] : cats[i];
            if (Array.IndexOf(chosen, candidate, 0, n) < 0)
            {
                chosen[n++] = candidate;
            }
        }

        sb.Append("categories: [");
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            AppendQuoted(sb, chosen[i]);
        }

        sb.Append("]\n");
    }

    private void AppendTags(StringBuilder sb)
    {
        var count = 3 + _rng.Next(4);
        var chosen = new string[6];
        var n = 0;
        var guard = 0;
        while (n < count && guard++ < 50)
        {
            var roll = _rng.Next(100);
            string tag;
            if (n == 0)
            {
                // The first tag is one of the cluster's core tags, so clusters share a common tag.
                tag = _main.Tags[_rng.Next(4)];
            }
            else if (roll < 65)
            {
                tag = _main.Tags[_rng.Next(_main.Tags.Length)];
            }
            else if (roll < 85 && _second is not null)
            {
                tag = _second.Tags[_rng.Next(_second.Tags.Length)];
            }
            else
            {
                tag = CorpusVocabulary.GeneralTags[_rng.Next(CorpusVocabulary.GeneralTags.Length)];
            }

            if (Array.IndexOf(chosen, tag, 0, n) < 0)
            {
                chosen[n++] = tag;
            }
        }

        sb.Append("tags: [");
        for (var i = 0; i < n; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            AppendQuoted(sb, chosen[i]);
        }

        sb.Append("]\n");
    }

    private void AppendPinnedRelated(StringBuilder sb)
    {
        var count = 1 + _rng.Next(2);
        var first = -1;
        var written = 0;
        for (var attempt = 0; attempt < 6 && written < count; attempt++)
        {
            var target = PickOtherArticle(sameTopicPercent: 90);
            if (target < 0 || target == first)
            {
                continue;
            }

            sb.Append(written == 0 ? "related: [" : ", ");
            AppendQuoted(sb, _plans[target].Slug);
            first = target;
            written++;
        }

        if (written > 0)
        {
            sb.Append("]\n");
        }
    }

    private void AppendSources(StringBuilder sb)
    {
        sb.Append("sources:\n");
        var count = 1 + _rng.Next(3);
        for (var i = 0; i < count; i++)
        {
            var journal = CorpusVocabulary.SourceJournals[_rng.Next(CorpusVocabulary.SourceJournals.Length)];
            var kind = CorpusVocabulary.SourceKinds[_rng.Next(CorpusVocabulary.SourceKinds.Length)];
            var treatment = _main.Treatments[_rng.Next(_main.Treatments.Length)];
            var scar = _main.Scars[_rng.Next(_main.Scars.Length)];
            var year = 2012 + _rng.Next(14);

            _scratch.Clear();
            _scratch.Append(char.ToUpperInvariant(kind[0])).Append(kind, 1, kind.Length - 1)
                .Append(" of ").Append(treatment).Append(" for ").Append(scar)
                .Append(" (").Append(journal).Append(", ").Append(CorpusGenerator.Number(year)).Append(')');
            sb.Append("  - title: ");
            AppendQuoted(sb, _scratch.ToString());
            sb.Append("\n    url: \"https://research.example.org/");
            AppendSlug(sb, journal, 6);
            sb.Append('/').Append(CorpusGenerator.Number(year)).Append('/');
            AppendSlug(sb, treatment, 6);
            sb.Append('-').Append(CorpusGenerator.Number(1000 + _rng.Next(9000))).Append("\"\n");
        }
    }

    private string BuildDescription()
    {
        var templates = CorpusVocabulary.DescriptionTemplates;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            _scratch.Clear();
            _emphasisAllowed = false;
            Expand(_scratch, templates[_rng.Next(templates.Length)], useArticleTerms: true);
            CapitalizeFrom(_scratch, 0);
            if (_scratch.Length is >= 50 and <= 160)
            {
                return _scratch.ToString();
            }
        }

        _scratch.Clear();
        _scratch.Append("A dermatologist's guide to ").Append(_main.Treatments[_plan.Treatment])
            .Append(": how it works, recovery, risks and results.");
        return _scratch.ToString();
    }

    private void BuildFaq(int count)
    {
        var faq = CorpusVocabulary.Faq;
        var picks = ShuffledPrefix(faq.Length, count);
        _emphasisAllowed = false;
        for (var i = 0; i < count; i++)
        {
            var (question, answer) = faq[picks[i]];
            _scratch.Clear();
            Expand(_scratch, question, useArticleTerms: true);
            CapitalizeFrom(_scratch, 0);
            var q = _scratch.ToString();

            _scratch.Clear();
            for (var s = 0; s < answer.Length; s++)
            {
                if (s > 0)
                {
                    _scratch.Append(' ');
                }

                var start = _scratch.Length;
                Expand(_scratch, answer[s], useArticleTerms: _rng.Next(3) > 0);
                CapitalizeFrom(_scratch, start);
            }

            _faq.Add((q, _scratch.ToString()));
        }
    }

    private void WriteBody(bool faqInFrontMatter)
    {
        var target = 1020 + _rng.Next(201);
        var reserve = 80;
        if (!faqInFrontMatter)
        {
            foreach (var (q, a) in _faq)
            {
                reserve += CountWords(q) + CountWords(a);
            }
        }

        var hasTable = _rng.Next(3) == 0;
        var linkCount = _plans.Length > 1 ? 2 + _rng.Next(3) : 0;
        _emphasisAllowed = true;

        // Intro: no heading, the page title is the h1.
        AppendParagraph(introSentences: 2, bodySentences: 1 + _rng.Next(2), link: false);

        var sections = CorpusVocabulary.Sections;
        var last = sections.Length - 1; // "Key takeaways" always closes the article.
        var linksLeft = linkCount;
        for (var i = 0; i < last; i++)
        {
            var remaining = target - reserve - _words;
            if (remaining <= 0)
            {
                break;
            }

            var sectionsLeft = last - i;
            var probability = remaining / (sectionsLeft * 160.0);
            if (i > 0 && _rng.NextDouble() > Math.Clamp(probability, 0.15, 1.0))
            {
                continue;
            }

            var budget = Math.Min(remaining, 120 + _rng.Next(110));
            var (heading, subheadings, kind) = sections[i];
            var wantsLink = linksLeft > 0 && _rng.Next(2) == 0;
            if (wantsLink)
            {
                linksLeft--;
            }

            var placeTable = hasTable && kind == SectionKind.Table;
            if (placeTable)
            {
                hasTable = false;
            }

            WriteSection(heading, subheadings, kind, budget, wantsLink, placeTable);
        }

        while (target - reserve - _words > 0 || hasTable)
        {
            var wantsLink = linksLeft > 0;
            if (wantsLink)
            {
                linksLeft--;
            }

            WriteSection(hasTable ? "Treatment options at a glance" : "More about {T}", [], SectionKind.Prose, Math.Max(60, target - reserve - _words), wantsLink, hasTable);
            hasTable = false;
        }

        // Any links not yet placed go into the closing section, so every article has 2 to 4.
        WriteTakeaways(linksLeft);

        if (!faqInFrontMatter)
        {
            _sb.Append("## Frequently Asked Questions\n\n");
            foreach (var (q, a) in _faq)
            {
                _sb.Append("### ").Append(q).Append("\n\n").Append(a).Append("\n\n");
                _words += CountWords(q) + CountWords(a);
            }
        }

        // Exactly one trailing newline.
        while (_sb.Length > 0 && _sb[^1] == '\n')
        {
            _sb.Length--;
        }

        _sb.Append('\n');
    }

    private void WriteSection(string heading, string[] subheadings, SectionKind kind, int budget, bool link, bool table)
    {
        AppendHeading("## ", heading);
        var start = _words;

        switch (kind)
        {
            case SectionKind.StepList:
                AppendParagraph(0, 2 + _rng.Next(2), link);
                link = false;
                AppendList(_main.Steps, 4 + _rng.Next(2), ordered: _rng.Next(2) == 0, withNotes: false);
                break;
            case SectionKind.TipList:
                AppendParagraph(0, 2 + _rng.Next(2), link);
                link = false;
                AppendList(CorpusVocabulary.Aftercare.Steps, 3 + _rng.Next(3), ordered: false, withNotes: false);
                break;
            case SectionKind.SideEffectList:
                AppendParagraph(0, 2 + _rng.Next(2), link);
                link = false;
                AppendList(_main.SideEffects, 3 + _rng.Next(3), ordered: false, withNotes: true);
                break;
        }

        if (table)
        {
            AppendParagraph(0, 2, link);
            link = false;
            AppendTable();
        }

        if (subheadings.Length > 0 && _rng.Next(2) == 0)
        {
            var perSub = Math.Max(40, (budget - (_words - start)) / subheadings.Length);
            foreach (var sub in subheadings)
            {
                AppendHeading("### ", sub);
                var subStart = _words;
                do
                {
                    AppendParagraph(0, 3 + _rng.Next(2), link);
                    link = false;
                }
                while (_words - subStart < perSub);
            }

            return;
        }

        do
        {
            AppendParagraph(0, 3 + _rng.Next(3), link);
            link = false;
        }
        while (_words - start < budget);
    }

    private void WriteTakeaways(int links)
    {
        AppendHeading("## ", CorpusVocabulary.Sections[^1].Heading);
        AppendList(CorpusVocabulary.Aftercare.Steps, 3 + _rng.Next(2), ordered: false, withNotes: false);
        var start = _sb.Length;
        Expand(_sb, CorpusVocabulary.Closing[_rng.Next(CorpusVocabulary.Closing.Length)], useArticleTerms: true);
        CapitalizeFrom(_sb, start);
        _words += CountWords(_sb, start);
        for (var i = 0; i < links; i++)
        {
            _sb.Append(' ');
            AppendLinkSentence();
        }

        _sb.Append("\n\n");
    }

    private void AppendHeading(string marker, string template)
    {
        _sb.Append(marker);
        var start = _sb.Length;
        var emphasis = _emphasisAllowed;
        _emphasisAllowed = false;
        Expand(_sb, template, useArticleTerms: true);
        _emphasisAllowed = emphasis;
        CapitalizeFrom(_sb, start);
        _words += CountWords(_sb, start);
        _sb.Append("\n\n");
    }

    private void AppendParagraph(int introSentences, int bodySentences, bool link)
    {
        var total = introSentences + bodySentences;
        var linkAt = link ? _rng.Next(total + 1) : -1;
        var intro = introSentences > 0 ? ShuffledPrefix(CorpusVocabulary.Intro.Length, introSentences) : null;
        for (var i = 0; i < total; i++)
        {
            if (i == linkAt)
            {
                AppendLinkSentence();
                _sb.Append(' ');
            }

            var start = _sb.Length;
            if (intro is not null && i < introSentences)
            {
                Expand(_sb, CorpusVocabulary.Intro[intro[i]], useArticleTerms: true);
            }
            else if (_factsNext < _facts.Count && _rng.Next(7) == 0)
            {
                _sb.Append(_facts[_factsNext++]);
            }
            else
            {
                Expand(_sb, CorpusVocabulary.Body[NextBodyTemplate()], useArticleTerms: _rng.Next(5) < 3);
            }

            CapitalizeFrom(_sb, start);
            _words += CountWords(_sb, start);
            _sb.Append(i + 1 < total ? " " : string.Empty);
        }

        if (linkAt == total)
        {
            _sb.Append(' ');
            AppendLinkSentence();
        }

        _sb.Append("\n\n");
    }

    /// <summary>Deals body templates from a shuffled deck so an article repeats a template only after using them all; each fact appears at most once.</summary>
    private void ResetDecks()
    {
        _bodyNext = _bodyDeck.Length;
        _facts.Clear();
        _facts.AddRange(_main.Facts);
        if (_second is not null)
        {
            _facts.Add(_second.Facts[_rng.Next(_second.Facts.Length)]);
        }

        for (var i = _facts.Count - 1; i > 0; i--)
        {
            var j = _rng.Next(i + 1);
            (_facts[i], _facts[j]) = (_facts[j], _facts[i]);
        }

        _factsNext = 0;
    }

    private int NextBodyTemplate()
    {
        if (_bodyNext == _bodyDeck.Length)
        {
            for (var i = 0; i < _bodyDeck.Length; i++)
            {
                _bodyDeck[i] = i;
            }

            for (var i = _bodyDeck.Length - 1; i > 0; i--)
            {
                var j = _rng.Next(i + 1);
                (_bodyDeck[i], _bodyDeck[j]) = (_bodyDeck[j], _bodyDeck[i]);
            }

            _bodyNext = 0;
        }

        return _bodyDeck[_bodyNext++];
    }

    private void AppendLinkSentence()
    {
        var target = PickOtherArticle(sameTopicPercent: 70);
        if (target < 0)
        {
            return;
        }

        var template = CorpusVocabulary.LinkSentences[_rng.Next(CorpusVocabulary.LinkSentences.Length)];
        var start = _sb.Length;
        foreach (var part in template.Split('{', '}'))
        {
            switch (part)
            {
                case "L":
                    _sb.Append(_plans[target].Title);
                    break;
                case "U":
                    _sb.Append(_plans[target].Slug).Append(".md");
                    break;
                default:
                    _sb.Append(part);
                    break;
            }
        }

        _words += CountWords(_sb, start);
    }

    private void AppendList(string[] items, int count, bool ordered, bool withNotes)
    {
        count = Math.Min(count, items.Length);
        var picks = ShuffledPrefix(items.Length, count);
        if (ordered)
        {
            // Keep procedure steps in their natural order.
            Array.Sort(picks, 0, count);
        }

        for (var i = 0; i < count; i++)
        {
            if (ordered)
            {
                _sb.Append(CorpusGenerator.Number(i + 1)).Append(". ");
            }
            else
            {
                _sb.Append("- ");
            }

            var start = _sb.Length;
            var item = items[picks[i]];
            if (withNotes)
            {
                _sb.Append("**").Append(char.ToUpperInvariant(item[0])).Append(item, 1, item.Length - 1).Append("**: ");
                var emphasis = _emphasisAllowed;
                _emphasisAllowed = false;
                Expand(_sb, SideEffectNotes[_rng.Next(SideEffectNotes.Length)], useArticleTerms: false);
                _emphasisAllowed = emphasis;
            }
            else
            {
                _sb.Append(char.ToUpperInvariant(item[0])).Append(item, 1, item.Length - 1);
            }

            _sb.Append('.');
            _words += CountWords(_sb, start);
            _sb.Append('\n');
        }

        _sb.Append('\n');
    }

    private void AppendTable()
    {
        _sb.Append("| Treatment | Best for | Typical sessions | Downtime |\n");
        _sb.Append("| --- | --- | --- | --- |\n");
        var rows = 3 + _rng.Next(3);
        for (var r = 0; r < rows; r++)
        {
            var topic = _second is not null && r % 2 == 1 ? _second : _main;
            var treatment = topic.Treatments[(_plan.Treatment + r) % topic.Treatments.Length];
            var scar = topic.Scars[_rng.Next(topic.Scars.Length)];
            _sb.Append("| ").Append(char.ToUpperInvariant(treatment[0])).Append(treatment, 1, treatment.Length - 1)
                .Append(" | ").Append(char.ToUpperInvariant(scar[0])).Append(scar, 1, scar.Length - 1)
                .Append(" | ").Append(CorpusVocabulary.SessionRanges[_rng.Next(CorpusVocabulary.SessionRanges.Length)])
                .Append(" | ").Append(CorpusVocabulary.Downtimes[_rng.Next(CorpusVocabulary.Downtimes.Length)])
                .Append(" |\n");
            _words += 8;
        }

        _sb.Append('\n');
    }

    /// <summary>Expands {slot} placeholders; useArticleTerms prefers the article's own treatment and scar for coherence.</summary>
    private void Expand(StringBuilder sb, string template, bool useArticleTerms)
    {
        var topic = _second is not null && _rng.Next(5) == 0 ? _second : _main;
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            var slot = template.AsSpan(i + 1, close - i - 1);
            i = close + 1;
            switch (slot)
            {
                case "T":
                    AppendTerm(sb, useArticleTerms ? _main.Treatments[_plan.Treatment] : Pick(topic.Treatments), emphasise: true);
                    break;
                case "T2":
                    sb.Append(Pick(OtherTopic().Treatments));
                    break;
                case "S":
                    sb.Append(useArticleTerms ? _main.Scars[_plan.Scar] : Pick(topic.Scars));
                    break;
                case "S2":
                    sb.Append(Pick(OtherTopic().Scars));
                    break;
                case "M":
                    AppendTerm(sb, Pick(topic.Mechanisms), emphasise: true);
                    break;
                case "B":
                    sb.Append(Pick(topic.Benefits));
                    break;
                case "E":
                    sb.Append(Pick(topic.SideEffects));
                    break;
                case "P":
                    sb.Append(Pick(CorpusVocabulary.People));
                    break;
                case "C":
                    sb.Append(Pick(CorpusVocabulary.Clinicians));
                    break;
                case "D":
                    sb.Append(Pick(CorpusVocabulary.Durations));
                    break;
                case "I":
                    sb.Append(Pick(CorpusVocabulary.Intervals));
                    break;
                case "A":
                    sb.Append(Pick(CorpusVocabulary.Aftercare.Steps));
                    break;
                case "N":
                    sb.Append(Pick(CorpusVocabulary.Numbers));
                    break;
                case "X":
                    sb.Append(Pick(topic.Steps));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown slot {{{slot.ToString()}}} in template \"{template}\".");
            }
        }
    }

    private void AppendTerm(StringBuilder sb, string term, bool emphasise)
    {
        if (emphasise && _emphasisAllowed && _rng.Next(30) == 0)
        {
            sb.Append("**").Append(term).Append("**");
        }
        else if (emphasise && _emphasisAllowed && _rng.Next(40) == 0)
        {
            sb.Append('*').Append(term).Append('*');
        }
        else
        {
            sb.Append(term);
        }
    }

    private CorpusTopic OtherTopic()
    {
        if (_second is not null && _rng.Next(3) > 0)
        {
            return _second;
        }

        var topics = CorpusVocabulary.Topics;
        var pick = _rng.Next(topics.Length - 1);
        return topics[pick >= _plan.Topic ? pick + 1 : pick];
    }

    private string Pick(string[] items) => items[_rng.Next(items.Length)];

    private int PickOtherArticle(int sameTopicPercent)
    {
        if (_plans.Length < 2)
        {
            return -1;
        }

        var sameTopic = _byTopic[_plan.Topic];
        if (sameTopic.Count > 1 && _rng.Next(100) < sameTopicPercent)
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var candidate = sameTopic[_rng.Next(sameTopic.Count)];
                if (candidate != _plan.Index)
                {
                    return candidate;
                }
            }
        }

        var other = _rng.Next(_plans.Length - 1);
        return other >= _plan.Index ? other + 1 : other;
    }

    /// <summary>The first count entries of a random permutation of 0..length-1, in a shared buffer.</summary>
    private int[] ShuffledPrefix(int length, int count)
    {
        var buffer = _pick;
        for (var i = 0; i < length; i++)
        {
            buffer[i] = i;
        }

        for (var i = 0; i < count; i++)
        {
            var j = i + _rng.Next(length - i);
            (buffer[i], buffer[j]) = (buffer[j], buffer[i]);
        }

        return buffer;
    }

    private static void CapitalizeFrom(StringBuilder sb, int start)
    {
        for (var i = start; i < sb.Length; i++)
        {
            var c = sb[i];
            if (c == '*')
            {
                continue;
            }

            if (char.IsLower(c))
            {
                sb[i] = char.ToUpperInvariant(c);
            }

            return;
        }
    }

    private static int CountWords(StringBuilder sb, int start)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < sb.Length; i++)
        {
            var space = sb[i] is ' ' or '\n';
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = c is ' ' or '\n';
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    internal static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Appends a YAML double-quoted scalar.</summary>
    internal static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        sb.Append('"');
    }

    /// <summary>Appends the lower-case, hyphenated form of text, keeping at most maxWords words.</summary>
    internal static void AppendSlug(StringBuilder sb, string text, int maxWords)
    {
        var words = 0;
        var pendingHyphen = false;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (words == maxWords)
                    {
                        return;
                    }

                    words++;
                    inWord = true;
                }

                if (pendingHyphen)
                {
                    sb.Append('-');
                    pendingHyphen = false;
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                if (inWord)
                {
                    pendingHyphen = true;
                }

                inWord = false;
            }
        }
    }
}
