using SiteGen.Articles;
using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// What the event stages hand to rendering: the timeline, the articles (with document dates refined across
/// articles where a strong merge allowed it), and each article's events (headline first), keyed by article id.
/// </summary>
public sealed record TimelineResult(
    SiteTimeline Timeline,
    IReadOnlyList<Article> Articles,
    IReadOnlyDictionary<string, IReadOnlyList<ArticleEvent>> EventsByArticle);
