namespace ScarGuide.Readability;

/// <summary>
/// One of an article's hardest sentences: its file line, its text (shortened to about 120 characters for display), its
/// own Flesch–Kincaid grade and why it is hard, such as "34 words; long words: hyperpigmentation, inflammatory".
/// </summary>
public sealed record HardSentence(int Line, string Text, double Grade, string Why);
