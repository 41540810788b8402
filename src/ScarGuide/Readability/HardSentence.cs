namespace ScarGuide.Readability;

/// <summary>One of an article's hardest sentences, with its file line, its own grade and why it is hard.</summary>
/// <param name="Line">The file line the sentence starts on.</param>
/// <param name="Text">The sentence on one line, cut at a word near 120 characters with "…" when longer.</param>
/// <param name="Grade">The score of this sentence alone in its language's formula: its Flesch–Kincaid grade (English) or
/// its Szigriszt-Pazos perspicuity (Spanish; lower is harder).</param>
/// <param name="Why">Its length and long words, such as "34 words; long words: hyperpigmentation, inflammatory".</param>
public sealed record HardSentence(int Line, string Text, double Grade, string Why);
