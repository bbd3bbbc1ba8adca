namespace SiteGen.Temporal;

/// <summary>A sentence of the text: offsets as in <see cref="TemporalMatch"/>, end exclusive.</summary>
public sealed record Sentence(int Start, int End, Tense Tense);
