using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// An event one article reports: <see cref="Date"/> is a calendar TIMEX value (<c>2022-02-04</c>, <c>2023-03</c>, <c>2022-W09</c>).
/// Sentence and timex spans point into the article's source text; the timex span is -1/-1 when the date is the
/// document date, and may lie outside the sentence when a title's event takes its date from the lead sentence.
/// <see cref="ActorIds"/> are the actors acting in the event's sentence (for a headline: its title and the lead's first
/// two sentences), as <see cref="ActorFinder.Acting"/> finds them; the site folds them into its actors.
/// </summary>
public sealed record ArticleEvent(
    string ArticleId,
    bool IsHeadline,
    string Date,
    DatePrecision Precision,
    TimexMod Mod,
    bool Estimated,
    bool Planned,
    string Text,
    int SentenceStart,
    int SentenceEnd,
    int TimexStart,
    int TimexEnd,
    IReadOnlyList<string> ActorIds)
{
    /// <summary>The id of the timeline item this event became part of; set by <see cref="Timeline.TimelineBuilder"/>.</summary>
    public string? ItemId { get; init; }
}
