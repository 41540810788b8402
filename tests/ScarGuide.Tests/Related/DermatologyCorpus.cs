using System.Globalization;
using ScarGuide.Related;

namespace ScarGuide.Tests.Related;

/// <summary>Small, realistic scar-care articles for the related-articles tests.</summary>
internal static class DermatologyCorpus
{
    public static RelatedDocument Doc(
        string key, string date, string[] tags, string[] categories, string title, string body, params string[] headings) =>
        new(key, DateTimeOffset.Parse(date, CultureInfo.InvariantCulture), tags, categories, title, headings, body);

    public static List<RelatedDocument> Articles() =>
    [
        Doc("microneedling-acne-scars", "2024-03-10", ["Microneedling", "Acne Scars", "Collagen"], ["Treatments"],
            "Microneedling for acne scars",
            "Microneedling uses fine needles to create controlled micro-injuries in the skin. The wound healing response "
            + "releases growth factors and stimulates new collagen, which slowly lifts rolling and boxcar acne scars. "
            + "Most patients need three to six sessions spaced four to six weeks apart. Deep ice pick scars respond "
            + "less well and may need punch excision first.",
            "How microneedling remodels scars", "How many sessions you need"),
        Doc("microneedling-aftercare", "2024-04-02", ["Microneedling", "Aftercare"], ["Treatments"],
            "Microneedling aftercare: the first week",
            "After microneedling the skin is red and tight for one to three days. Wash with a gentle cleanser, apply a "
            + "plain moisturiser and avoid retinoids, acids and makeup for forty-eight hours. The micro-channels close "
            + "within a day, but the new skin is sensitive to ultraviolet light, so use a broad-spectrum sunscreen "
            + "every morning.",
            "Redness and swelling", "Cleansing and moisturising", "Sun protection"),
        Doc("laser-resurfacing-acne-scars", "2023-11-20", ["Laser Resurfacing", "Acne Scars", "Collagen"], ["Treatments"],
            "Laser resurfacing for acne scars",
            "Fractional lasers heat narrow columns of skin and trigger collagen remodelling. Ablative CO2 and erbium "
            + "lasers remove the surface and give stronger results on rolling and boxcar acne scars, with a week of "
            + "downtime. Non-ablative lasers need more sessions. Darker skin types carry a higher risk of "
            + "post-inflammatory hyperpigmentation.",
            "Ablative and non-ablative lasers", "Downtime and risks"),
        Doc("fractional-co2-laser", "2023-06-15", ["Laser Resurfacing"], ["Treatments"],
            "What to expect from a fractional CO2 laser",
            "A fractional CO2 laser vaporises microscopic columns of tissue. Numbing cream is applied an hour before. "
            + "Expect oozing and crusting for three days, pink skin for several weeks, and gradual tightening as "
            + "collagen rebuilds over six months.",
            "Before the laser", "Healing timeline"),
        Doc("sun-protection-after-treatment", "2024-01-05", ["Sun Protection", "Aftercare"], ["Skin Care"],
            "Sun protection after scar treatment",
            "Freshly treated skin has a thinner barrier and burns easily. Ultraviolet exposure in the weeks after a "
            + "peel, laser or microneedling session can darken scars permanently. Apply a broad-spectrum SPF 50 "
            + "sunscreen, reapply every two hours outdoors, and wear a wide-brimmed hat.",
            "Why healing skin burns easily", "Choosing a sunscreen"),
        Doc("choosing-a-sunscreen", "2023-09-01", ["Sun Protection", "SPF"], ["Skin Care"],
            "Choosing a sunscreen for scar-prone skin",
            "Mineral sunscreens with zinc oxide or titanium dioxide suit sensitive skin. Chemical filters feel "
            + "lighter. SPF measures protection against UVB burning; broad-spectrum labels cover UVA too. Reapply "
            + "every two hours.",
            "Mineral or chemical filters", "What SPF means"),
        Doc("collagen-explained", "2022-05-12", ["Collagen"], ["Skin Science"],
            "Collagen: the scaffold of your skin",
            "Collagen fibres give the dermis its strength. Type I collagen dominates mature skin, while type III "
            + "appears first in healing wounds. Fibroblasts produce less collagen with age and sun damage, which is "
            + "why scars and wrinkles deepen over time.",
            "Types of collagen", "Why collagen declines"),
        Doc("keloid-scars", "2023-02-14", ["Keloids", "Scar Types"], ["Scar Types"],
            "Keloid scars explained",
            "Keloids grow beyond the original wound and can keep growing for years. They are more common on the "
            + "chest, shoulders and earlobes and in people with darker skin. Steroid injections, silicone sheets, "
            + "cryotherapy and radiotherapy reduce recurrence after surgical removal.",
            "Who gets keloids", "Treatment options"),
        Doc("atrophic-acne-scar-types", "2023-08-30", ["Acne Scars", "Scar Types"], ["Scar Types"],
            "Ice pick, boxcar and rolling acne scars",
            "Atrophic acne scars form when inflammation destroys collagen. Ice pick scars are narrow and deep, boxcar "
            + "scars have sharp edges, and rolling scars create a wavy surface. Identifying the scar type guides "
            + "treatment: punch excision, subcision, microneedling or laser resurfacing.",
            "Ice pick scars", "Boxcar scars", "Rolling scars"),
        Doc("chemical-peels", "2024-02-20", ["Chemical Peels"], ["Treatments"],
            "Chemical peels for uneven texture",
            "Glycolic and salicylic acid peels exfoliate the surface, while TCA peels reach the papillary dermis. "
            + "Medium peels can soften shallow acne scars and pigmentation. Stop retinoids a week before and protect "
            + "the skin from the sun afterwards.",
            "Superficial and medium peels", "Preparing your skin"),
    ];

    /// <summary>A larger site stitched from the articles' sentences and keywords, the same for the same seed.</summary>
    public static List<RelatedDocument> Generated(int count, int seed)
    {
        var random = new Random(seed);
        var sources = Articles();
        var sentences = sources
            .SelectMany(d => d.Body.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var documents = new List<RelatedDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var first = sources[random.Next(sources.Count)];
            var second = sources[random.Next(sources.Count)];
            var body = string.Join(". ", Enumerable.Range(0, 8).Select(_ => sentences[random.Next(sentences.Length)]));
            documents.Add(new RelatedDocument(
                $"generated-{i:D4}",
                new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(1500)),
                [.. first.Tags.Take(2).Union(second.Tags.Skip(1))],
                first.Categories,
                first.Title,
                [.. second.Headings],
                body));
        }
        return documents;
    }

    /// <summary>An article on a different subject: no shared tag, category or meaningful word.</summary>
    public static RelatedDocument Sourdough() =>
        Doc("sourdough-starter", "2024-05-01", ["Baking", "Bread"], ["Kitchen"],
            "Keeping a sourdough starter alive",
            "A sourdough starter is flour and water colonised by wild yeast and lactobacilli. Feed it equal weights of "
            + "rye flour and water at room temperature, or weekly from the fridge. Bubbles, a domed top and a tangy "
            + "aroma show the culture is ready to leaven a loaf.",
            "Feeding schedule", "Reviving a sluggish starter");
}
