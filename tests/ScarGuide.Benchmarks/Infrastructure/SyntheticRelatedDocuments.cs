using System.Text;
using ScarGuide.Bench.Corpus;
using ScarGuide.Related;

namespace ScarGuide.Benchmarks.Infrastructure;

/// <summary>
/// Related-index documents made in memory from the corpus generator's vocabulary (topic clusters, tags,
/// categories, sentence templates), so 10,000 realistic documents need no files and no Markdown rendering.
/// The same count and seed always give the same documents.
/// </summary>
public static class SyntheticRelatedDocuments
{
    private static readonly DateTimeOffset FirstDate = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int DateSpanDays = 2_496; // 2020-01-01 to 2026-10-31, the generator's range

    public static IReadOnlyList<RelatedDocument> Generate(int count, int seed = CorpusGenerator.DefaultSeed)
    {
        var rng = new Random(seed);
        var topics = CorpusVocabulary.Topics;
        var documents = new RelatedDocument[count];
        var body = new StringBuilder(12 * 1024);
        for (var i = 0; i < count; i++)
        {
            var main = topics[rng.Next(topics.Length)];
            var second = rng.Next(2) == 0 ? topics[rng.Next(topics.Length)] : null;
            var slots = new Slots(rng, main, second);

            var title = slots.Fill(Pick(rng, CorpusVocabulary.TitleTemplates));
            var tags = PickTags(rng, main, second);
            var categories = PickCategories(rng, main, second);

            var headings = new List<string>();
            body.Clear();
            for (var s = 0; s < 2; s++) AppendSentence(body, slots.Fill(Pick(rng, CorpusVocabulary.Intro)));
            foreach (var (heading, subheadings, _) in CorpusVocabulary.Sections)
            {
                if (rng.Next(100) < 35) continue; // like generated articles, not every section every time
                headings.Add(slots.Fill(heading));
                AppendParagraph(rng, body, slots, 3 + rng.Next(4));
                foreach (var sub in subheadings)
                {
                    headings.Add(slots.Fill(sub));
                    AppendParagraph(rng, body, slots, 2 + rng.Next(3));
                }
            }
            headings.Add("Frequently Asked Questions");
            for (var q = 3 + rng.Next(5); q > 0; q--)
            {
                var (question, answer) = Pick(rng, CorpusVocabulary.Faq);
                headings.Add(slots.Fill(question));
                foreach (var sentence in answer) AppendSentence(body, slots.Fill(sentence));
            }
            AppendSentence(body, slots.Fill(Pick(rng, CorpusVocabulary.Closing)));

            documents[i] = new RelatedDocument(
                $"synthetic-{i + 1:D5}",
                FirstDate.AddDays(rng.Next(DateSpanDays)),
                tags,
                categories,
                title,
                headings,
                body.ToString());
        }
        return documents;
    }

    private static void AppendParagraph(Random rng, StringBuilder body, Slots slots, int sentences)
    {
        for (var i = 0; i < sentences; i++) AppendSentence(body, slots.Fill(Pick(rng, CorpusVocabulary.Body)));
        body.Append(' ');
    }

    private static void AppendSentence(StringBuilder body, string sentence)
    {
        // Plain text, as the Markdown renderer extracts it: no emphasis markers.
        body.Append(sentence.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal)).Append(' ');
    }

    private static List<string> PickTags(Random rng, CorpusTopic main, CorpusTopic? second)
    {
        var count = 3 + rng.Next(4);
        var tags = new List<string>(count);
        for (var guard = 0; tags.Count < count && guard < 50; guard++)
        {
            var roll = rng.Next(100);
            var tag = roll < 60 ? Pick(rng, main.Tags)
                : roll < 80 && second is not null ? Pick(rng, second.Tags)
                : Pick(rng, CorpusVocabulary.GeneralTags);
            if (!tags.Contains(tag)) tags.Add(tag);
        }
        return tags;
    }

    private static List<string> PickCategories(Random rng, CorpusTopic main, CorpusTopic? second)
    {
        var count = 1 + rng.Next(3);
        var categories = new List<string>(count);
        for (var i = 0; i < main.Categories.Length && categories.Count < count; i++)
        {
            var candidate = i > 0 && second is not null && rng.Next(3) == 0 ? second.Categories[0] : main.Categories[i];
            if (!categories.Contains(candidate)) categories.Add(candidate);
        }
        return categories;
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    /// <summary>The slot values of one document; each use of a slot draws again from the document's topics.</summary>
    private sealed class Slots(Random rng, CorpusTopic main, CorpusTopic? second)
    {
        private readonly CorpusTopic _other = second ?? main;

        public string Fill(string template)
        {
            if (!template.Contains('{')) return template;
            var sb = new StringBuilder(template.Length + 64);
            var i = 0;
            while (i < template.Length)
            {
                var open = template.IndexOf('{', i);
                var close = open < 0 ? -1 : template.IndexOf('}', open);
                if (close < 0)
                {
                    sb.Append(template, i, template.Length - i);
                    break;
                }
                sb.Append(template, i, open - i);
                sb.Append(Value(template[(open + 1)..close]));
                i = close + 1;
            }
            return sb.ToString();
        }

        private string Value(string slot) => slot switch
        {
            "T" or "TT" => Pick(rng, main.Treatments),
            "T2" or "TT2" => Pick(rng, _other.Treatments),
            "S" or "ST" => Pick(rng, main.Scars),
            "S2" => Pick(rng, _other.Scars),
            "M" => Pick(rng, main.Mechanisms),
            "B" => Pick(rng, main.Benefits),
            "E" => Pick(rng, main.SideEffects),
            "P" => Pick(rng, CorpusVocabulary.People),
            "PT" => Pick(rng, CorpusVocabulary.PeopleTitles),
            "C" => Pick(rng, CorpusVocabulary.Clinicians),
            "D" => Pick(rng, CorpusVocabulary.Durations),
            "I" => Pick(rng, CorpusVocabulary.Intervals),
            "N" => Pick(rng, CorpusVocabulary.Numbers),
            "NT" => Pick(rng, CorpusVocabulary.TitleNumbers),
            "X" => Pick(rng, main.Steps),
            "A" => Pick(rng, CorpusVocabulary.Aftercare.Steps),
            _ => slot,
        };
    }
}
