namespace ScarGuide.Bench.Corpus;

/// <summary>The fixed words, topic clusters and sentence templates the corpus generator draws from.</summary>
/// <remarks>
/// Templates use slots in braces: {T} treatment, {T2} another treatment, {S} scars (plural),
/// {S2} other scars, {M} mechanism, {B} benefit, {E} side effect, {P} people (plural),
/// {C} clinician (singular), {D} time to results, {I} interval between sessions, {N} a small number
/// word, {X} an imperative procedure step, {A} an imperative aftercare step.
/// Changing any list changes every generated corpus, so treat them as frozen once published.
/// </remarks>
internal static class CorpusVocabulary
{
    public const int HeroImageCount = 11;

    public static readonly string[] Categories =
    [
        "Dermatology", "Scar Removal", "Acne Scars", "Laser Treatments", "Chemical Peels",
        "Keloids and Hypertrophic Scars", "Stretch Marks", "Burn Scars", "Skin Care",
        "Sun Protection", "Injectable Treatments",
    ];

    public static readonly CorpusTopic[] Topics =
    [
        new()
        {
            Key = "microneedling",
            Treatments = ["microneedling", "collagen induction therapy", "radiofrequency microneedling", "fractional microneedling", "microneedling with platelet-rich plasma"],
            Scars = ["rolling acne scars", "shallow boxcar scars", "atrophic acne scars", "textured acne scars", "post-acne scars"],
            Mechanisms = ["collagen remodelling", "controlled micro-injury", "new collagen formation", "dermal wound healing", "fibroblast activity", "elastin production"],
            Benefits = ["a smoother skin surface", "softer scar edges", "shallower scar depressions", "more even skin texture", "improved skin firmness"],
            SideEffects = ["pinpoint bleeding", "mild redness", "a sunburn-like feeling", "slight swelling", "a crop of tiny scabs"],
            Steps = ["cleanse the skin and remove all makeup", "apply a topical numbing cream for 30 to 45 minutes", "choose a needle depth that matches each scar", "pass the device across each area in several directions", "finish with a soothing hyaluronic acid gel"],
            Facts =
            [
                "Needle depths for acne scars usually range from 1 to 2.5 millimetres, set for each area of the face.",
                "Each pass creates thousands of microscopic channels that close within hours.",
                "Microneedling is generally considered lower risk for pigment change than many lasers.",
                "Platelet-rich plasma is sometimes added, although the extra benefit is still debated.",
                "Sessions are typically spaced four to six weeks apart so that new collagen can mature.",
            ],
            Categories = ["Acne Scars", "Scar Removal", "Dermatology"],
            Tags = ["microneedling", "collagen induction", "dermaroller", "derma pen", "radiofrequency microneedling", "prp", "needle depth", "rolling scars", "boxcar scars", "atrophic scars", "acne scars", "collagen", "skin texture", "skin needling", "numbing cream"],
            Hero = 1,
            HeroAlt = "Illustration of fine needles creating tiny channels in the skin to stimulate new collagen",
        },
        new()
        {
            Key = "laser",
            Treatments = ["fractional laser resurfacing", "fractional CO2 laser treatment", "erbium laser resurfacing", "non-ablative fractional laser therapy", "pulsed dye laser treatment"],
            Scars = ["red surgical scars", "raised acne scars", "uneven textured scars", "discoloured scars", "fine atrophic scars"],
            Mechanisms = ["controlled thermal injury", "microscopic treatment zones", "dermal heating", "collagen tightening", "epidermal renewal", "vascular targeting"],
            Benefits = ["less redness", "a more uniform skin tone", "smoother scar texture", "a flatter scar profile", "refreshed surface skin"],
            SideEffects = ["persistent erythema", "a bronzed crusting", "temporary swelling", "a warm, sunburn-like sensation", "post-inflammatory hyperpigmentation"],
            Steps = ["protect the eyes with laser-safe shields", "cool the skin before and after each pass", "test a small patch on darker skin first", "adjust the energy and density to the scar", "apply a barrier ointment straight after treatment"],
            Facts =
            [
                "Ablative lasers remove thin columns of tissue, while non-ablative lasers heat the skin without breaking the surface.",
                "Pulsed dye lasers target blood vessels, which is why they are used for red, young scars.",
                "Erythema after ablative resurfacing can last for several weeks, and longer on sensitive skin.",
                "Lower densities and longer intervals reduce the risk of pigment changes in darker skin types.",
                "Most laser courses involve three to five sessions spaced about a month apart.",
            ],
            Categories = ["Laser Treatments", "Scar Removal", "Dermatology"],
            Tags = ["laser resurfacing", "fractional laser", "co2 laser", "erbium laser", "pulsed dye laser", "non-ablative laser", "ablative laser", "erythema", "redness", "laser aftercare", "downtime", "resurfacing", "vascular laser", "skin tightening", "laser safety"],
            Hero = 2,
            HeroAlt = "Illustration of a fractional laser beam treating columns of skin beneath a scar",
        },
        new()
        {
            Key = "peels",
            Treatments = ["chemical peeling", "glycolic acid peel treatment", "TCA peel treatment", "the TCA CROSS technique", "salicylic acid peel therapy", "Jessner peel treatment"],
            Scars = ["pigmented acne marks", "shallow atrophic scars", "ice pick scars", "dark post-acne marks", "dull, uneven scars"],
            Mechanisms = ["controlled exfoliation", "keratinocyte turnover", "epidermal renewal", "acid penetration", "melanin redistribution", "dermal remodelling"],
            Benefits = ["a brighter complexion", "faded dark marks", "more even pigmentation", "finer surface texture", "less visible scar edges"],
            SideEffects = ["visible flaking", "stinging during application", "temporary darkening", "tightness and dryness", "sensitivity to sunlight"],
            Steps = ["degrease the skin with an alcohol-based cleanser", "protect the corners of the eyes and nose with petroleum jelly", "apply the acid in even layers", "watch closely for frosting or a pink glow", "neutralise or rinse the peel on time"],
            Facts =
            [
                "Superficial peels work on the outer skin, while medium-depth peels reach the upper dermis.",
                "The TCA CROSS technique places a high-strength acid into individual ice pick scars.",
                "Priming the skin with a mild acid or retinoid for two weeks can give a more even peel.",
                "Frosting is a white discolouration that shows how deeply the acid has penetrated.",
                "Peeling usually starts on the third day and is complete within a week.",
            ],
            Categories = ["Chemical Peels", "Skin Care", "Acne Scars"],
            Tags = ["chemical peel", "glycolic acid", "tca peel", "tca cross", "salicylic acid", "jessner peel", "lactic acid", "mandelic acid", "pigmentation", "hyperpigmentation", "dark spots", "exfoliation", "ice pick scars", "melasma", "skin brightening"],
            Hero = 3,
            HeroAlt = "Illustration of layers of skin being renewed after a chemical peel",
        },
        new()
        {
            Key = "keloids",
            Treatments = ["intralesional steroid injection", "triamcinolone injection therapy", "5-FU injection therapy", "cryotherapy for keloids", "keloid excision with radiotherapy"],
            Scars = ["keloid scars", "earlobe keloids", "chest keloids", "raised, itchy keloids", "recurrent keloids"],
            Mechanisms = ["excess collagen deposition", "fibroblast overactivity", "inflammatory signalling", "scar flattening", "tissue softening", "recurrence risk"],
            Benefits = ["flatter, softer scars", "less itching and tenderness", "a reduced scar volume", "fewer painful flare-ups", "a lower chance of regrowth"],
            SideEffects = ["skin thinning", "a lighter patch of skin", "a cluster of small visible blood vessels", "injection-site discomfort", "temporary bruising"],
            Steps = ["measure and photograph the keloid", "numb the area with a local anaesthetic", "inject small amounts directly into the scar", "repeat the injection every four to six weeks", "combine with pressure or silicone between sessions"],
            Facts =
            [
                "Keloids grow beyond the edges of the original wound, unlike hypertrophic scars.",
                "Cutting out a keloid on its own leads to regrowth in a large share of cases.",
                "Triamcinolone is the steroid most often injected into keloids.",
                "Keloids are more common on the chest, shoulders and earlobes.",
                "People with darker skin and a family history of keloids carry a higher risk.",
            ],
            Categories = ["Keloids and Hypertrophic Scars", "Injectable Treatments", "Dermatology"],
            Tags = ["keloids", "keloid scars", "steroid injections", "triamcinolone", "corticosteroids", "5-fu", "cryotherapy", "radiotherapy", "ear keloids", "scar itching", "scar recurrence", "intralesional injection", "skin of colour", "pressure therapy", "raised scars"],
            Hero = 4,
            HeroAlt = "Illustration of a raised keloid scar extending beyond the original wound",
        },
        new()
        {
            Key = "silicone",
            Treatments = ["silicone gel therapy", "silicone sheeting", "pressure garment therapy", "scar massage", "early scar management"],
            Scars = ["hypertrophic scars", "surgical scars", "caesarean section scars", "raised incision scars", "fresh post-operative scars"],
            Mechanisms = ["scar hydration", "occlusion", "reduced water loss from the skin", "collagen balance", "scar maturation", "wound tension"],
            Benefits = ["flatter, paler scars", "less itching", "softer scar tissue", "a less noticeable incision line", "improved flexibility"],
            SideEffects = ["mild skin irritation", "a rash under the sheet", "trapped sweat", "occasional itching", "minor redness"],
            Steps = ["wait until the wound has fully closed", "clean and dry the scar before application", "apply a thin layer of silicone gel", "wear sheets for up to 12 hours a day", "continue for at least two to three months"],
            Facts =
            [
                "Silicone is a first-line option in most international scar management guidelines.",
                "Gels suit the face and joints, while sheets suit flat areas such as the abdomen.",
                "Hypertrophic scars stay within the borders of the wound and often improve over a year.",
                "Reducing tension across a fresh incision helps prevent a wide, raised scar.",
                "Scar massage is usually started two to three weeks after stitches are removed.",
            ],
            Categories = ["Scar Removal", "Keloids and Hypertrophic Scars", "Skin Care"],
            Tags = ["silicone gel", "silicone sheets", "hypertrophic scars", "surgical scars", "c-section scars", "scar massage", "pressure garments", "scar maturation", "post-operative care", "incision care", "scar prevention", "wound healing", "scar tape", "occlusion", "scar softening"],
            Hero = 5,
            HeroAlt = "Illustration of a clear silicone sheet placed over a healing surgical scar",
        },
        new()
        {
            Key = "stretch-marks",
            Treatments = ["topical tretinoin", "retinoid therapy", "stretch mark laser therapy", "microneedling for stretch marks", "hyaluronic acid treatment"],
            Scars = ["stretch marks", "red stretch marks", "white stretch marks", "pregnancy stretch marks", "growth-related stretch marks"],
            Mechanisms = ["dermal stretching", "elastin fibre repair", "collagen renewal", "retinoid signalling", "skin elasticity", "dermal thickening"],
            Benefits = ["less noticeable marks", "faded redness", "smoother skin texture", "improved elasticity", "marks that blend into the surrounding skin"],
            SideEffects = ["dryness and flaking", "retinoid irritation", "mild redness", "temporary sensitivity", "a stinging sensation"],
            Steps = ["start treatment while marks are still red", "apply a pea-sized amount of retinoid at night", "moisturise the area every morning", "avoid retinoids during pregnancy and breastfeeding", "review progress after three months"],
            Facts =
            [
                "Dermatologists call stretch marks striae; red ones are striae rubrae and white ones striae albae.",
                "Early, red stretch marks respond better to treatment than older, white ones.",
                "Tretinoin has the strongest evidence among creams, but it must not be used in pregnancy.",
                "Stretch marks are very common during pregnancy, puberty and rapid weight change.",
                "No cream can remove stretch marks completely, although many make them less visible.",
            ],
            Categories = ["Stretch Marks", "Skin Care", "Dermatology"],
            Tags = ["stretch marks", "striae", "striae rubrae", "striae albae", "tretinoin", "retinoids", "retinol", "pregnancy", "hyaluronic acid", "skin elasticity", "body scars", "weight changes", "growth spurts", "topical treatments", "postpartum skin"],
            Hero = 6,
            HeroAlt = "Illustration of fading stretch marks across the skin of the abdomen",
        },
        new()
        {
            Key = "burns",
            Treatments = ["burn scar rehabilitation", "skin grafting", "contracture release surgery", "fractional laser for burn scars", "pressure therapy after burns"],
            Scars = ["burn scars", "contracture scars", "grafted areas", "thick hypertrophic burn scars", "scald scars"],
            Mechanisms = ["scar contracture", "graft integration", "range of motion", "tissue tension", "remodelling of burn tissue", "wound closure"],
            Benefits = ["better joint movement", "softer, more flexible skin", "less tightness", "improved comfort", "a more even skin surface"],
            SideEffects = ["graft-site soreness", "itching as the skin heals", "temporary stiffness", "colour mismatch", "blistering of fragile skin"],
            Steps = ["keep moving affected joints as advised by a physiotherapist", "wear pressure garments for most of the day", "moisturise healing skin several times daily", "protect grafted skin from the sun", "attend regular scar clinic reviews"],
            Facts =
            [
                "Deep burns that take longer than three weeks to heal are more likely to scar.",
                "A contracture forms when a scar tightens across a joint and limits movement.",
                "Z-plasty rearranges the skin to lengthen a tight scar line.",
                "Burn scars often itch intensely while they mature, sometimes for more than a year.",
                "Children's burn scars need regular review because the scar does not grow with the child.",
            ],
            Categories = ["Burn Scars", "Scar Removal", "Dermatology"],
            Tags = ["burn scars", "burns", "contractures", "skin grafts", "z-plasty", "scalds", "physiotherapy", "range of motion", "scar rehabilitation", "pressure therapy", "itching", "children's scars", "donor site", "wound care", "reconstructive surgery"],
            Hero = 7,
            HeroAlt = "Illustration of a healed burn scar on a forearm with a pressure sleeve",
        },
        new()
        {
            Key = "sun-protection",
            Treatments = ["daily sun protection", "broad-spectrum sunscreen", "mineral sunscreen", "sun-protective clothing", "UV avoidance after treatment"],
            Scars = ["healing scars", "new surgical scars", "pigmented scars", "freshly lasered scars", "scars on exposed skin"],
            Mechanisms = ["UV-induced pigmentation", "melanocyte activity", "UVA penetration", "photoprotection", "sun-triggered darkening", "free radical damage"],
            Benefits = ["fewer dark marks", "a more even scar colour", "protected results", "a lower risk of pigment changes", "calmer, less reactive skin"],
            SideEffects = ["a white cast", "a crop of clogged pores", "stinging around the eyes", "contact irritation", "a greasy finish"],
            Steps = ["apply SPF 30 or higher every morning", "use about a teaspoon for the face and neck", "reapply every two hours outdoors", "choose a broad-spectrum formula", "add a hat and shade during peak hours"],
            Facts =
            [
                "UVA passes through clouds and window glass, so protection matters on grey days too.",
                "New scars darken easily in the sun because the healing skin is full of active pigment cells.",
                "Most people apply less than half the amount of sunscreen used in laboratory testing.",
                "Zinc oxide and titanium dioxide are mineral filters that suit sensitive, post-procedure skin.",
                "Tinted sunscreens containing iron oxides also protect against visible light, which matters for melasma.",
            ],
            Categories = ["Sun Protection", "Skin Care", "Dermatology"],
            Tags = ["sunscreen", "spf", "uv protection", "uva", "uvb", "mineral sunscreen", "zinc oxide", "titanium dioxide", "broad spectrum", "sun damage", "photoprotection", "sun-protective clothing", "post-treatment care", "tinted sunscreen", "daily skincare"],
            Hero = 8,
            HeroAlt = "Illustration of sunscreen shielding healing skin from ultraviolet rays",
        },
        new()
        {
            Key = "aftercare",
            Treatments = ["post-procedure aftercare", "barrier repair skincare", "wound care", "gentle skincare", "moisturiser-based aftercare"],
            Scars = ["freshly treated scars", "healing acne scars", "new surgical scars", "new scars", "recently lasered scars"],
            Mechanisms = ["skin barrier repair", "moist wound healing", "re-epithelialisation", "inflammation control", "hydration", "infection prevention"],
            Benefits = ["faster healing", "less crusting", "a lower infection risk", "calmer skin", "better final results"],
            SideEffects = ["contact dermatitis", "a crop of milia", "a patch of clogged pores", "stinging from active ingredients", "a flare of acne"],
            Steps = ["wash gently with lukewarm water", "pat the skin dry with a clean towel", "apply a bland, fragrance-free moisturiser", "avoid picking scabs or flakes", "pause retinoids and acids until advised"],
            Facts =
            [
                "Wounds kept moist heal faster and scar less than wounds left to dry out.",
                "Fragrance and essential oils are common causes of irritation on freshly treated skin.",
                "Petroleum jelly remains one of the simplest and best-tolerated barrier ointments.",
                "Signs of infection include spreading redness, warmth, pus and increasing pain.",
                "Most clinics ask patients to avoid retinoids for about a week after a procedure.",
            ],
            Categories = ["Skin Care", "Scar Removal", "Dermatology"],
            Tags = ["aftercare", "moisturiser", "healing", "skin barrier", "wound healing", "petroleum jelly", "fragrance-free", "gentle cleanser", "scabs", "infection", "milia", "sensitive skin", "recovery", "skincare routine", "ceramides"],
            Hero = 9,
            HeroAlt = "Illustration of a gentle moisturiser being applied to healing skin",
        },
        new()
        {
            Key = "subcision",
            Treatments = ["subcision", "dermal filler treatment", "hyaluronic acid filler", "subcision with filler", "cannula subcision"],
            Scars = ["rolling scars", "tethered acne scars", "deep atrophic scars", "depressed scars", "wide rolling scars"],
            Mechanisms = ["release of fibrous bands", "tethering", "volume replacement", "controlled bleeding under the scar", "new connective tissue", "scar elevation"],
            Benefits = ["a lifted scar base", "softer shadows", "immediate volume improvement", "smoother contours", "less visible depressions"],
            SideEffects = ["bruising", "swelling for a few days", "a small lump", "tenderness", "temporary unevenness"],
            Steps = ["mark each scar while sitting upright", "numb the area with a local anaesthetic", "insert a needle or cannula beneath the scar", "sweep gently to release tethering bands", "apply firm pressure to limit bruising"],
            Facts =
            [
                "Subcision works best on rolling scars that soften when the skin is stretched.",
                "Fibrous bands pull the scar down; cutting them lets the skin lift.",
                "Hyaluronic acid fillers give an immediate lift that lasts between six and eighteen months.",
                "Bruising after subcision often looks worse than it is and fades within two weeks.",
                "Subcision is frequently combined with microneedling or laser in the same course.",
            ],
            Categories = ["Acne Scars", "Injectable Treatments", "Scar Removal"],
            Tags = ["subcision", "dermal fillers", "hyaluronic acid filler", "rolling scars", "tethered scars", "cannula", "bruising", "depressed scars", "volume loss", "biostimulators", "poly-l-lactic acid", "nokor needle", "combination therapy", "scar elevation", "injectables"],
            Hero = 10,
            HeroAlt = "Illustration of a fine cannula releasing fibrous bands beneath a rolling scar",
        },
        new()
        {
            Key = "acne-scars",
            Treatments = ["acne scar assessment", "combination acne scar treatment", "punch excision", "punch grafting", "acne control with isotretinoin"],
            Scars = ["ice pick scars", "boxcar scars", "rolling scars", "mixed acne scars", "hypertrophic acne scars"],
            Mechanisms = ["scar classification", "inflammatory acne", "tissue loss", "scar depth", "scar width", "active breakouts"],
            Benefits = ["a clear treatment plan", "fewer new scars", "better overall texture", "targeted improvement", "realistic expectations"],
            SideEffects = ["a small stitch mark", "a pinched appearance", "temporary redness", "dryness of the lips and skin", "a minor change in skin colour"],
            Steps = ["treat active acne first", "photograph the skin in side lighting", "classify each scar by type and depth", "match each scar type to a technique", "space treatments to allow healing"],
            Facts =
            [
                "Ice pick scars are narrow and deep, boxcar scars have sharp edges, and rolling scars have soft, sloping borders.",
                "Most people with acne scarring have more than one scar type at the same time.",
                "Treating active acne early is the most effective way to prevent new scars.",
                "Punch excision removes a single deep scar and closes the skin with a fine stitch.",
                "Side lighting makes shallow scars much easier to see and to photograph.",
            ],
            Categories = ["Acne Scars", "Dermatology", "Scar Removal"],
            Tags = ["acne", "acne scars", "ice pick scars", "boxcar scars", "scar types", "punch excision", "punch grafting", "isotretinoin", "active acne", "scar assessment", "teenagers", "inflammation", "breakouts", "post-acne marks", "treatment plan"],
            Hero = 11,
            HeroAlt = "Illustration comparing ice pick, boxcar and rolling acne scars in cross-section",
        },
    ];

    /// <summary>The aftercare cluster, whose steps also serve as tips in every article; declared after Topics so it initialises after it.</summary>
    public static readonly CorpusTopic Aftercare = Array.Find(Topics, t => t.Key == "aftercare")!;

    /// <summary>Tags any article may carry besides its cluster's own.</summary>
    public static readonly string[] GeneralTags =
    [
        "dermatology", "scar treatment", "scar removal", "skin health", "cosmetic dermatology",
        "skin of colour", "darker skin", "fitzpatrick skin type", "side effects", "recovery time",
        "costs", "results", "before and after", "consultation", "patient guide", "myths", "safety",
        "pregnancy safety", "teen skin", "men's skin", "ageing skin", "face", "body",
        "combination treatment", "evidence", "research", "clinic visit", "home care",
        "at-home devices", "prevention", "scar tissue", "collagen boosting", "minimally invasive",
        "topical creams", "expert advice",
    ];

    public static readonly string[] People =
    [
        "people with darker skin tones", "patients with sensitive skin", "teenagers", "adults over fifty",
        "people prone to keloids", "patients who tan easily", "people with a history of cold sores",
        "new parents", "people with busy working lives", "athletes",
    ];

    public static readonly string[] PeopleTitles =
    [
        "Darker Skin", "Sensitive Skin", "Teenagers", "Adults Over 50", "Men", "Skin of Colour", "Busy People",
    ];

    public static readonly string[] Clinicians =
    [
        "a dermatologist", "your dermatologist", "a board-certified dermatologist", "an experienced clinician",
        "your treating doctor", "a specialist nurse",
    ];

    /// <summary>How long results take ({D}).</summary>
    public static readonly string[] Durations =
    [
        "three months", "six months", "three to six months", "six to twelve months", "a year", "nine months",
    ];

    /// <summary>Gaps between sessions or reviews ({I}).</summary>
    public static readonly string[] Intervals =
    [
        "two weeks", "four weeks", "four to six weeks", "a month", "six to eight weeks",
    ];

    public static readonly string[] Numbers = ["two", "three", "four", "five", "six"];

    public static readonly string[] TitleNumbers = ["5", "6", "7", "8", "10"];

    public static readonly string[] Intro =
    [
        "{S} can affect confidence as much as they affect the skin itself.",
        "If you are living with {S}, you are not alone, and there are more options than ever.",
        "This guide explains how {T} works, who it suits and what recovery really looks like.",
        "Our dermatologists see {S} every week, and the most common question is whether {T} can help.",
        "Below, we cover the evidence, the practical steps and the questions to raise at your consultation.",
        "Understanding what {T} can and cannot do is the first step towards a realistic plan.",
        "Treatment has changed a great deal in the last decade, and {T} is now widely available.",
    ];

    public static readonly string[] Body =
    [
        "{T} works by triggering {M}, which gradually changes the structure of the scar.",
        "Most {P} notice {B} after {D}, although individual results vary.",
        "{E} is common in the first few days and usually settles without treatment.",
        "Before starting, {C} will look at your skin type, the depth of your scars and your medical history.",
        "Combining {T} with {T2} can help when {S} do not respond to one approach alone.",
        "Results build slowly because {M} continues for months after each session.",
        "Many clinics recommend {N} sessions spaced about {I} apart.",
        "{C} may suggest a test patch first, especially for {P}.",
        "It is worth asking how often your clinician performs {T} and to see before-and-after photographs.",
        "{S} respond differently from one person to the next, so a tailored plan matters.",
        "Because {M} takes time, the final result is usually judged at around {D}.",
        "If you notice {E} that lasts longer than expected, contact {C}.",
        "{T} is not a cure, but it can produce {B} with a modest amount of downtime.",
        "The aim is {B}, not perfect skin, and setting realistic goals helps.",
        "Research on {T} shows the best outcomes when treatment starts early and is repeated consistently.",
        "For {P}, {C} will often adjust the settings to reduce the risk of {E}.",
        "A common approach is to {X}.",
        "Good aftercare makes a real difference: {A}, and protect the area from the sun.",
        "{T2} is sometimes offered as an alternative, particularly for {S2}.",
        "In our clinic, {T} is one of the most requested treatments for {S}.",
        "Expect {E} for a short time, and plan social events with that in mind.",
        "A single session rarely gives the full effect, so most people need a course of {T}.",
        "Costs vary by clinic, by the size of the area and by the number of sessions you need.",
        "Some studies report that {M} is still measurable several months after treatment.",
        "People who smoke or have poorly controlled diabetes may heal more slowly and see less change.",
        "It helps to photograph your skin in the same light before each session so progress is easier to see.",
        "{S} that are still red or active are often treated differently from older, settled scars.",
        "{C} can explain whether {T} or {T2} is the better first step for you.",
        "Home devices are widely sold, but they cannot reach the depth used in a clinic and carry a higher infection risk.",
        "Avoid makeup, swimming pools and intense exercise for 24 to 48 hours after treatment.",
        "Patience matters: the change often becomes obvious only when you compare photographs taken {D} apart.",
        "If you have a history of {E}, tell {C} before your first appointment.",
        "The technique relies on {M}, so it tends to work best on {S}.",
        "Scars on the face usually respond faster than scars on the back or chest.",
        "**Sun protection** is essential throughout treatment, because healing skin darkens easily.",
        "This is *not* a one-size-fits-all treatment, and the right plan depends on your scar type.",
        "Many {P} combine {T} with a simple home routine built around gentle cleansing and moisturising.",
        "Treatment is usually well tolerated, and {E} is the side effect people mention most.",
        "Your clinician should explain the risks, the expected benefits and the alternatives before you agree to treatment.",
        "When {S} are deep or wide, {T} is often just one part of a longer plan.",
        "Keep a simple diary of how your skin looks and feels in the days after each session.",
        "{T} tends to suit {P} well when the settings are chosen carefully.",
        "Ask what the clinic will do if {E} lasts longer than expected.",
        "Many patients say {B} is the main reason they would repeat the treatment.",
        "The evidence for {T} is strongest for {S}, and weaker for other scar types.",
        "{C} will usually review your skin about {I} after the last session.",
        "Small, consistent habits, such as daily sunscreen and a gentle cleanser, protect the results of {T}.",
        "It is normal to feel impatient in the first weeks, while {M} is still under way.",
        "Day-to-day life rarely has to stop, although {E} can make the skin look worse before it looks better.",
        "{T} is chosen for {S} because it targets {M} directly.",
        "Clinicians often grade {S} before and after treatment, so the change can be measured rather than guessed.",
        "A patch test helps predict how your skin will react, particularly if you have had {E} before.",
        "It is sensible to book treatment at a time of year when you can avoid strong sun for a few weeks.",
        "When {T} is repeated every {I}, the improvements tend to add up over the course.",
        "{C} may pair {T} with {T2} in the same visit when the scars are mixed.",
        "Not every scar needs treatment, and some {S} fade noticeably on their own over {D}.",
        "Clear before-and-after photographs, taken in the same light, are the fairest way to judge {B}.",
        "Ask whether the clinic offers a review appointment once the course of {T} is complete.",
        "The most important factor is usually the experience of the person holding the device or the needle.",
        "Scars older than a year are mature, so they change more slowly but more predictably.",
        "In clinical studies, {P} report the highest satisfaction when expectations were discussed in advance.",
        "Gentler settings may need more sessions, but they carry less risk of {E}.",
        "A written aftercare sheet helps, because it is easy to forget advice given on the day.",
        "If you are prone to cold sores, you may be offered antiviral tablets before facial treatment.",
        "{S} on the jawline and cheeks are among the most common reasons people book a consultation.",
    ];

    public static readonly string[] Closing =
    [
        "Speak to {C} if you are unsure whether {T} is right for you.",
        "With realistic expectations and good aftercare, most {P} are pleased with the change.",
        "The best plan is the one made with {C} who has examined your skin in person.",
        "This article is general information and does not replace a consultation with {C}.",
    ];

    /// <summary>Question and answer templates for FAQ entries; each answer is two or three templates.</summary>
    public static readonly (string Question, string[] Answer)[] Faq =
    [
        ("How many sessions of {T} will I need?", ["Most people need {N} sessions, spaced about {I} apart.", "{C} will adjust the plan to the depth of your scars and how your skin responds."]),
        ("Does {T} hurt?", ["Most patients describe it as uncomfortable rather than painful.", "A numbing cream or local anaesthetic keeps discomfort to a minimum, and {E} afterwards is usually mild."]),
        ("How long is the recovery after {T}?", ["Expect {E} for a few days.", "Most people return to work within a week, and the full result develops over {D}."]),
        ("Is {T} suitable for darker skin?", ["Yes, in experienced hands, although the risk of pigment change is higher.", "{C} may start with gentler settings and a test patch."]),
        ("When will I see results from {T}?", ["Early changes appear within a few weeks, but {M} continues for months.", "Compare photographs taken {D} apart to judge progress fairly."]),
        ("Can {T} make my scars worse?", ["Serious complications are uncommon when treatment is done by a trained clinician.", "Tell {C} about any history of {E} or poor healing before you start."]),
        ("Can I wear makeup after {T}?", ["Wait at least 24 to 48 hours, until the skin has closed and any {E} has eased.", "Choose clean brushes and fragrance-free products for the first week."]),
        ("Is {T} safe during pregnancy?", ["Most elective scar treatments are postponed until after pregnancy and breastfeeding.", "Gentle moisturising and **sun protection** remain safe in the meantime."]),
        ("How much does {T} cost?", ["Prices vary with the clinic, the area treated and the number of sessions.", "Ask for a written plan that lists the total cost of the full course."]),
        ("Can {S} come back after treatment?", ["Treated scars rarely return, but new scars can form if the cause, such as active acne, is not controlled.", "Regular reviews with {C} help catch changes early."]),
        ("Can I combine {T} with {T2}?", ["Yes, combination plans are common and often give better results than one method alone.", "{C} will space the treatments so the skin has time to recover."]),
        ("What should I avoid before {T}?", ["Stop retinoids and exfoliating acids about a week beforehand, and avoid tanning.", "Tell your clinician about any medicines, including blood thinners."]),
    ];

    public static readonly (string Heading, string[] Subheadings, SectionKind Kind)[] Sections =
    [
        ("What is {T}?", [], SectionKind.Prose),
        ("How {T} works", [], SectionKind.Prose),
        ("Which scars respond best?", ["{S}", "Other scar types"], SectionKind.Prose),
        ("Who is a good candidate?", ["Skin type", "Scar type and age", "Medical history"], SectionKind.Prose),
        ("Preparing for your appointment", [], SectionKind.StepList),
        ("What happens during treatment", ["Before the session", "During the session", "Straight afterwards"], SectionKind.StepList),
        ("Recovery and aftercare", ["The first 48 hours", "The first week", "Weeks two to six"], SectionKind.TipList),
        ("Side effects and risks", [], SectionKind.SideEffectList),
        ("Results and how long they last", [], SectionKind.Prose),
        ("Number of sessions and costs", [], SectionKind.Table),
        ("Combining {T} with other treatments", [], SectionKind.Table),
        ("When to see a dermatologist", [], SectionKind.Prose),
        ("Key takeaways", [], SectionKind.TipList),
    ];

    public static readonly string[] TitleTemplates =
    [
        "{TT}: What to Expect",
        "A Patient's Guide to {TT}",
        "{TT} for {ST}",
        "{TT} for {ST}: Results and Risks",
        "How {TT} Works",
        "{TT} vs {TT2}: Which Is Right for You?",
        "{TT} Aftercare: Week by Week",
        "{TT} Recovery Timeline",
        "Is {TT} Safe for {PT}?",
        "{NT} Myths About {TT}",
        "{NT} Questions to Ask Before {TT}",
        "How to Prepare for {TT}",
        "Treating {ST}: Does {TT} Help?",
        "{TT} Side Effects and How to Manage Them",
        "The Science Behind {TT}",
        "{ST}: Causes, Types and Treatment",
        "{TT} or {TT2} for {ST}?",
        "What Dermatologists Say About {TT}",
    ];

    public static readonly string[] DescriptionTemplates =
    [
        "Learn how {T} treats {S}, what recovery involves and when you can expect to see results.",
        "A dermatologist explains {T}: who it suits, how many sessions you need and the side effects to know.",
        "What to expect from {T} for {S}, from preparation and the procedure to aftercare and results.",
        "Everything you need to know about {T}, including costs, downtime and how it compares with {T2}.",
        "Is {T} right for your {S}? The evidence, the risks and the questions to ask your clinician.",
        "Practical, evidence-based advice on {T} for {S}, reviewed by a dermatologist.",
    ];

    public static readonly string[] LinkSentences =
    [
        "For a closer look, read [{L}]({U}).",
        "You can find more detail in [{L}]({U}).",
        "We compare the options in [{L}]({U}).",
        "See also [{L}]({U}) for related advice.",
        "Our guide [{L}]({U}) covers this in more depth.",
    ];

    public static readonly string[] Downtimes = ["None", "1 to 2 days", "3 to 5 days", "About a week", "1 to 2 weeks"];

    public static readonly string[] SessionRanges = ["1", "1 to 3", "2 to 4", "3 to 5", "3 to 6", "4 to 6"];

    public static readonly string[] SourceJournals =
    [
        "Journal of Cutaneous Scar Research", "Clinical Dermatology Review", "Annals of Wound Healing",
        "Skin Therapy Letters", "International Journal of Aesthetic Dermatology", "Burns and Scar Care",
    ];

    public static readonly string[] SourceKinds =
    [
        "a randomised controlled trial", "a systematic review", "a split-face study", "a consensus statement",
        "a retrospective case series", "clinical practice guidelines",
    ];

    public static readonly (string Name, string Credentials, string JobTitle, string Bio)[] Authors =
    [
        ("Dr. Amelia Hart", "MD, FAAD", "Consultant Dermatologist", "Amelia leads the clinic's acne scar service and has a special interest in microneedling and subcision."),
        ("Dr. Rahul Mehta", "MBBS, MRCP (Derm)", "Dermatologist", "Rahul treats scars in skin of colour and writes about laser safety for darker skin types."),
        ("Sofia Lindqvist", "RN, MSc", "Specialist Scar Nurse", "Sofia runs the aftercare clinic and teaches patients silicone and pressure therapy."),
        ("Dr. Tomás Reyes", "MD", "Laser Dermatologist", "Tomás specialises in fractional and vascular lasers for surgical and traumatic scars."),
        ("Grace Okafor", "BSc, Health Writer", "Medical Writer", "Grace turns dermatology research into clear, practical guides for patients."),
        ("Dr. Hannah Wei", "MD, PhD", "Dermatologist and Researcher", "Hannah researches wound healing and keloid biology at a university hospital."),
    ];

    public static readonly (string Name, string Credentials, string JobTitle, string Bio)[] Reviewers =
    [
        ("Dr. Marcus Bell", "MD, FAAD", "Medical Reviewer, Board-Certified Dermatologist", "Marcus reviews every guide for medical accuracy and has practised dermatology for twenty years."),
        ("Dr. Leila Haddad", "MD, FRCP", "Medical Reviewer, Consultant Dermatologist", "Leila specialises in scar surgery and reviews the clinic's procedural content."),
    ];
}

/// <summary>What a generated section mainly contains besides prose.</summary>
internal enum SectionKind
{
    Prose,
    StepList,
    TipList,
    SideEffectList,
    Table,
}
