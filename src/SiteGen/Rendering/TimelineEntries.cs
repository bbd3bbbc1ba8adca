using System.Collections.Concurrent;
using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Rendering;

/// <summary>
/// Builds the timeline's entries: from the event timeline when the event stage produced items, otherwise one entry
/// per article (its title at its document date). Both give the same <see cref="EntryModel"/>, so the index template
/// does not care which. Also knows which entry each article's page links back to.
/// </summary>
public sealed class TimelineEntries(DateLabeler labeler, SiteUrls urls, UiStrings strings)
{
    // A few thousand distinct dates and outlets label some 150,000 items of a 10,000-article site: each is made once.
    private readonly ConcurrentDictionary<(string, TimexMod, bool), string> _labels = new();
    private readonly ConcurrentDictionary<string, FacetValue> _outlets = new(StringComparer.Ordinal);

    public IReadOnlyList<DatedEntry> Entries { get; private set; } = [];

    /// <summary>Article id → anchor of its place on the index page.</summary>
    public IReadOnlyDictionary<string, string> ArticleAnchors { get; private set; } = new Dictionary<string, string>();

    public bool ShowsEvents { get; private set; }

    public void Build(TimelineResult result, IReadOnlyList<Article> ordered, IReadOnlyDictionary<string, RenderedBody> bodies)
    {
        var byId = ordered.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        ShowsEvents = result.Timeline.Items.Count > 0;
        if (ShowsEvents)
        {
            var actors = result.Timeline.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
            // Some 15 items per article: made on every core, in timeline order.
            Entries = result.Timeline.Items.AsParallel().AsOrdered()
                .Select(item => new DatedEntry(item.Date, item.Mod, FromItem(item, byId, bodies, actors)))
                .ToList();
            var items = result.Timeline.Items.DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
            // An article's place on the timeline is its headline event, else the first event taken from it.
            foreach (var entry in Entries)
                foreach (var source in items[entry.Entry.Id].Sources)
                    if (source.IsHeadline) anchors.TryAdd(source.ArticleId, entry.Entry.Id);
            foreach (var entry in Entries)
                foreach (var source in items[entry.Entry.Id].Sources)
                    anchors.TryAdd(source.ArticleId, entry.Entry.Id);
        }
        else
        {
            Entries = ordered.Select(a => new DatedEntry(a.Date?.Value, Temporal.TimexMod.None, FromArticle(a))).ToList();
        }
        if (ShowsEvents)
        {
            // An article no event came from still gets a place on the timeline: every article stays reachable.
            var uncovered = ordered.Where(a => !anchors.ContainsKey(a.Id)).ToList();
            Entries = Entries.Concat(uncovered.Select(a => new DatedEntry(a.Date?.Value, Temporal.TimexMod.None, FromArticle(a))))
                .OrderBy(e => TimelineOrder.Key(e.Value, e.Mod)).ThenBy(e => e.Entry.Id, StringComparer.Ordinal)
                .ToList();
        }
        foreach (var article in ordered)
            anchors.TryAdd(article.Id, ArticleEntryId(article));
        ArticleAnchors = anchors;
    }

    public static string ArticleEntryId(Article article) => "a-" + article.Slug;

    private EntryModel FromArticle(Article article)
    {
        var date = article.Date;
        var label = date is null ? strings.Text("undated") : labeler.Label(date.Value, estimated: date.Estimated);
        var source = article.Meta.Source;
        return new EntryModel(ArticleEntryId(article), label, date is null ? null : DateLabeler.HtmlDateTime(date.Value),
            date?.Estimated ?? false, false, article.Title, urls.Page(SiteUrls.ArticlePath(article.Slug)),
            source is null ? [] : [new LinkModel(source, urls.Page(SiteUrls.ArticlePath(article.Slug)))], [])
        {
            Value = date?.Value,
            SourceKeys = SourceKeys([article]),
        };
    }

    private EntryModel FromItem(TimelineItem item, Dictionary<string, Article> articles,
        IReadOnlyDictionary<string, RenderedBody> bodies, Dictionary<string, Actor> actors)
    {
        var sources = item.Sources
            .Where(s => articles.ContainsKey(s.ArticleId))
            .Select(s => new LinkModel(articles[s.ArticleId].Title, LinkInto(articles[s.ArticleId], bodies, s.SentenceStart)))
            .ToList();
        var actorLinks = item.ActorIds
            .Where(actors.ContainsKey)
            .Select(id => new LinkModel(actors[id].Name, urls.Page(SiteUrls.ActorPath(id))))
            .ToList();
        var label = _labels.GetOrAdd((item.Date, item.Mod, item.Estimated), key => labeler.Label(key.Item1, key.Item2, key.Item3));
        return new EntryModel(item.Id, label, DateLabeler.HtmlDateTime(item.Date),
            item.Estimated, item.Planned, item.Text, sources.Count > 0 ? sources[0].Url : urls.Page(""), sources, actorLinks)
        {
            Value = item.Date,
            ActorKeys = item.ActorIds.Where(actors.ContainsKey).Select(id => new FacetValue(id, actors[id].Name)).ToList(),
            SourceKeys = SourceKeys(item.Sources.Where(s => articles.ContainsKey(s.ArticleId)).Select(s => articles[s.ArticleId])),
        };
    }

    /// <summary>The outlets (front matter <c>source</c>) of these articles, once each; articles without one add nothing.</summary>
    private IReadOnlyList<FacetValue> SourceKeys(IEnumerable<Article> articles) =>
        articles.Select(a => a.Meta.Source?.Trim())
            .Where(s => !string.IsNullOrEmpty(s))
            .Select(s => _outlets.GetOrAdd(s!, name => new FacetValue(Loading.SlugMaker.Make(name), name)))
            .Where(f => f.Id.Length > 0)
            .DistinctBy(f => f.Id)
            .ToList();

    /// <summary>A link to the sentence at <paramref name="offset"/> in the article, or to the page when that place has no anchor.</summary>
    public string LinkInto(Article article, IReadOnlyDictionary<string, RenderedBody> bodies, int offset)
    {
        var page = urls.Page(SiteUrls.ArticlePath(article.Slug));
        var anchor = bodies.TryGetValue(article.Id, out var body) ? body.AnchorFor(article, offset) : null;
        return anchor is null ? page : page + "#" + anchor;
    }
}
