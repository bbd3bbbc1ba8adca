namespace SiteGen.Events;

/// <summary>
/// An event with what the merger compares: the actors and key words of its context (the sentence, a following
/// sentence that continues it, or for a headline the lead paragraph), not only of its short text.
/// </summary>
public sealed record ExtractedEvent(
    ArticleEvent Event,
    string Sentence,
    IReadOnlyList<string> ContextActors,
    IReadOnlyList<string> KeyWords);
