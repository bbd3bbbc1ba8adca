using SiteGen.Events;

namespace SiteGen.Rendering;

/// <summary>
/// What an article's page is made from, besides what the render salt covers (templates, UI strings, options): the
/// article, its rendered body, its events, its neighbours in time, and where its entry and each of its events sit on
/// the timeline. In a `serve` session an unchanged article, body and event list are the same objects from build to
/// build, so a page whose inputs are the same objects and places as last time is the same page, and neither its
/// model nor its key need be made (<see cref="RenderMemo.FindSame"/>).
/// </summary>
public sealed record ArticlePageInputs(
    Article Article, RenderedBody Body, IReadOnlyList<ArticleEvent> Events, Article? Previous, Article? Next, string TimelineUrl, string EventTargets)
{
    /// <summary>The same objects (not merely equal ones) and the same places.</summary>
    public bool SameAs(ArticlePageInputs other) =>
        ReferenceEquals(Article, other.Article) && ReferenceEquals(Body, other.Body) && ReferenceEquals(Events, other.Events)
        && ReferenceEquals(Previous, other.Previous) && ReferenceEquals(Next, other.Next)
        && TimelineUrl == other.TimelineUrl && EventTargets == other.EventTargets;
}
