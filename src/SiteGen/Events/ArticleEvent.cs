using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// An event one article reports: <see cref="Date"/> is a calendar TIMEX value (<c>2022-02-04</c>, <c>2023-03</c>, <c>2022-W09</c>).
/// Sentence and timex spans point into the article's source text.
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
    IReadOnlyList<string> ActorIds);
