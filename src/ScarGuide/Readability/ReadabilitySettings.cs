namespace ScarGuide.Readability;

/// <summary>
/// The reading-level targets (<c>readability:</c> in site.yml or front matter): a maximum Flesch–Kincaid grade for
/// English pages and a minimum Szigriszt-Pazos perspicuity (INFLESZ) for Spanish ones; null means that check is off.
/// <c>readability: off</c> turns both off. A group sets only the targets it names: an article's takes the rest from
/// the site's settings (<see cref="Over"/>), the site's from the defaults.
/// </summary>
public sealed record ReadabilitySettings(double? MaxGrade, double? MinInflesz = ReadabilitySettings.DefaultMinInflesz)
{
    /// <summary>Health-literacy guidance (NIH: below 8th grade; AMA: 6th) sets the default English target.</summary>
    public const double DefaultMaxGrade = 8;

    /// <summary>"Normal" or easier on the INFLESZ scale: the default Spanish target.</summary>
    public const double DefaultMinInflesz = 55;

    public static readonly ReadabilitySettings Default = new(DefaultMaxGrade, DefaultMinInflesz);

    /// <summary><c>readability: off</c>.</summary>
    public static readonly ReadabilitySettings Off = new(null, null);

    /// <summary>Whether <see cref="MaxGrade"/> was written (false: it comes from the settings beneath).</summary>
    public bool NamesMaxGrade { get; init; } = true;

    /// <summary>Whether <see cref="MinInflesz"/> was written (false: it comes from the settings beneath).</summary>
    public bool NamesMinInflesz { get; init; } = true;

    /// <summary>These settings over <paramref name="beneath"/>: what these name wins, the rest comes from beneath.</summary>
    public ReadabilitySettings Over(ReadabilitySettings beneath) =>
        new(NamesMaxGrade ? MaxGrade : beneath.MaxGrade, NamesMinInflesz ? MinInflesz : beneath.MinInflesz);

    /// <summary>Whether any check is on.</summary>
    public bool AnyOn => MaxGrade is not null || MinInflesz is not null;
}
