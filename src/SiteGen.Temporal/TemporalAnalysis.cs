namespace SiteGen.Temporal;

/// <summary>What the tagger found in one text: its document date (given, found or inferred), its sentences and expressions in text order.</summary>
public sealed record TemporalAnalysis(
    DocumentDate? DocumentDate,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TemporalMatch> Matches)
{
    /// <summary>Spans that read as dates but name none (<c>31 februari 2022</c>), in text order; no value is invented for them.</summary>
    public IReadOnlyList<TemporalProblem> Problems { get; init; } = [];

    /// <summary>
    /// Set when the tagger failed on this text (a bug in SiteGen, not a problem of the text): what went wrong. The
    /// analysis then holds no expressions, and whoever shows the text must say so rather than show it as undated.
    /// </summary>
    public string? Failure { get; init; }
}
