namespace ScarGuide.Bench.Corpus;

/// <summary>One cluster of related dermatology words that a generated article leans on.</summary>
internal sealed class CorpusTopic
{
    /// <summary>Short key used in slugs and diagnostics.</summary>
    public required string Key { get; init; }

    /// <summary>Treatment names, singular or mass nouns, lower case, usable as a sentence subject ("microneedling").</summary>
    public required string[] Treatments { get; init; }

    /// <summary>Scar phrases, always plural ("rolling acne scars").</summary>
    public required string[] Scars { get; init; }

    /// <summary>Mechanism nouns ("collagen remodelling").</summary>
    public required string[] Mechanisms { get; init; }

    /// <summary>Outcome noun phrases ("a smoother skin surface").</summary>
    public required string[] Benefits { get; init; }

    /// <summary>Side-effect noun phrases that read as singular ("mild redness").</summary>
    public required string[] SideEffects { get; init; }

    /// <summary>Imperative steps for procedure and preparation lists ("apply a numbing cream").</summary>
    public required string[] Steps { get; init; }

    /// <summary>Whole sentences specific to this cluster.</summary>
    public required string[] Facts { get; init; }

    /// <summary>Categories this cluster belongs to, most typical first.</summary>
    public required string[] Categories { get; init; }

    /// <summary>Tags this cluster draws from, most typical first.</summary>
    public required string[] Tags { get; init; }

    /// <summary>Hero image number, 1-based, in images/hero-N.svg.</summary>
    public required int Hero { get; init; }

    /// <summary>Alt text for the hero image.</summary>
    public required string HeroAlt { get; init; }
}
