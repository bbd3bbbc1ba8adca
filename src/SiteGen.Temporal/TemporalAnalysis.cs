namespace SiteGen.Temporal;

/// <summary>What the tagger found in one text: its document date (given, found or inferred), its sentences and expressions in text order.</summary>
public sealed record TemporalAnalysis(
    DocumentDate? DocumentDate,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TemporalMatch> Matches)
{
    /// <summary>Spans that read as dates but name none (<c>31 februari 2022</c>), in text order; no value is invented for them.</summary>
    public IReadOnlyList<TemporalProblem> Problems { get; init; } = [];
}
