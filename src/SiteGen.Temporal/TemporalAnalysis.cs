namespace SiteGen.Temporal;

/// <summary>What the tagger found in one text: its document date (given, found or inferred), its sentences and expressions in text order.</summary>
public sealed record TemporalAnalysis(
    DocumentDate? DocumentDate,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TemporalMatch> Matches);
