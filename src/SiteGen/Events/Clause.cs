namespace SiteGen.Events;

/// <summary>A subordinate clause of a sentence: [Start, End) in the sentence, what kind, and the word that opens it.</summary>
internal sealed record Clause(int Start, int End, ClauseKind Kind, string Opener);
