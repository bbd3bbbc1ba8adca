using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Rendering.Bodies;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// What an article's page is made from, besides what every page shares (templates, UI strings, options): the
/// article, its rendered body, its events, its neighbours in time, and where its entry and each of its events sit on
/// the timeline. In a `serve` session an unchanged article, body and event list are the same objects from build to
/// build, so a page whose inputs are the same objects and places as last time is the same page, and neither its
/// model nor its key need be made.
/// </summary>
public sealed class ArticlePageInputs(
    Article article, RenderedBody body, IReadOnlyList<ArticleEvent> events, Article? previous, Article? next, string timelineUrl, string eventTargets)
{
    private readonly Article _article = article;
    private readonly RenderedBody _body = body;
    private readonly IReadOnlyList<ArticleEvent> _events = events;
    private readonly Article? _previous = previous;
    private readonly Article? _next = next;
    private readonly string _timelineUrl = timelineUrl;
    private readonly string _eventTargets = eventTargets;

    /// <summary>The same objects (not merely equal ones) and the same places.</summary>
    public bool SameAs(ArticlePageInputs other) =>
        ReferenceEquals(_article, other._article) && ReferenceEquals(_body, other._body) && ReferenceEquals(_events, other._events)
        && ReferenceEquals(_previous, other._previous) && ReferenceEquals(_next, other._next)
        && _timelineUrl == other._timelineUrl && _eventTargets == other._eventTargets;
}
