using System.Collections.Concurrent;
using SiteGen.Articles;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;
using SiteGen.Reuse;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Builds the timeline's entries: from the event timeline when the event stage produced items, otherwise one entry
/// per article (its title at its document date). Both give the same <see cref="EntryModel"/>, so the index template
/// does not care which. Also knows which entry each article's page links back to.
/// </summary>
public sealed class TimelineEntries(DateLabeler labeler, SiteUrls urls, UiStrings strings, PublisherNames publishers)
{
    // A few thousand distinct dates and outlets label some 150,000 items of a 10,000-article site: each is made once.
    private readonly ConcurrentDictionary<(string, TimexMod, bool), string> _labels = new();
    private readonly ConcurrentDictionary<string, FacetValue> _outlets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _publishers = new(StringComparer.Ordinal);

    public IReadOnlyList<DatedEntry> Entries { get; private set; } = [];

    /// <summary>Article id → anchor of its place on the index page.</summary>
    public IReadOnlyDictionary<string, string> ArticleAnchors { get; private set; } = new Dictionary<string, string>();

    public bool ShowsEvents { get; private set; }

    /// <summary>Entries an earlier build made from the same inputs.</summary>
    public IReuse<EntryInputs, DatedEntry> Reuse { get; init; } = NoReuse<EntryInputs, DatedEntry>.Instance;

    public void Build(TimelineResult result, IReadOnlyList<Article> ordered, IReadOnlyDictionary<string, RenderedBody> bodies)
    {
        var byId = ordered.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        ShowsEvents = result.Timeline.Items.Count > 0;
        if (ShowsEvents)
        {
            // What items share is made once: an article's URL and outlet, an actor's link and filter key (a
            // 10,000-article site has some 150,000 items, each citing articles and naming actors).
            var sources = _sources = ordered.ToDictionary(a => a.Id, a => new SourceArticle(a, urls.Page(SiteUrls.ArticlePath(a.Slug)), Outlet(a), PublisherLabel(a)), StringComparer.Ordinal);
            var actors = result.Timeline.Actors.ToDictionary(a => a.Id,
                a => (Link: new LinkModel(a.Name, urls.Page(SiteUrls.ActorPath(a.Id))), Key: new FacetValue(a.Id, a.Name)), StringComparer.Ordinal);
            // Some 15 items per article: made on every core, in timeline order.
            Entries = result.Timeline.Items.AsParallel().AsOrdered()
                .Select(item => Reuse.GetOrMake(InputsOf(item, sources, bodies, actors), FromInputs))
                .ToList();
            Reuse.Commit();
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

    /// <summary>The weight of an article's own entry: one source, and it is that source's headline.</summary>
    private const double ArticleWeight = 2;

    private EntryModel FromArticle(Article article)
    {
        var date = article.Date;
        var label = date is null ? strings.Text("undated") : labeler.Label(date.Value, estimated: date.Estimated);
        var source = article.Meta.Source;
        var url = urls.Page(SiteUrls.ArticlePath(article.Slug));
        return new EntryModel(ArticleEntryId(article), label, date is null ? null : DateLabeler.HtmlDateTime(date.Value),
            date?.Estimated ?? false, false, article.Title, url,
            source is null ? [] : [new LinkModel(source, url)], [])
        {
            Value = date?.Value,
            SourceKeys = Outlet(article) is { } outlet ? [outlet] : [],
            Publishers = [new LinkModel(PublisherLabel(article), url)],
            Precision = EntryPrecision.Of(date?.Value),
            // An article no event came from stands for its own headline, weighed as ItemSalience weighs one: a source
            // that has it as its headline, no actor known; so it is not a key event by itself.
            Weight = ArticleWeight,
            Key = ArticleWeight >= ItemSalience.KeyWeight,
        };
    }

    private sealed record SourceArticle(Article Article, string Url, FacetValue? Outlet, string Publisher);

    /// <summary>The outlet that published the article, or the article by its date when no outlet is known (see <see cref="PublisherNames"/>).</summary>
    private string PublisherLabel(Article article) =>
        _publishers.GetOrAdd(article.Id, _ => publishers.Of(article) ?? (article.Date is { } d
            ? strings.Text("source_by_date").Replace("{date}", labeler.Short(d.Value))
            : strings.Text("source_undated")));

    // What items share, made once per build: each article's URL and outlet.
    private Dictionary<string, SourceArticle> _sources = [];

    private static EntryInputs InputsOf(TimelineItem item, Dictionary<string, SourceArticle> articles,
        IReadOnlyDictionary<string, RenderedBody> bodies, Dictionary<string, (LinkModel Link, FacetValue Key)> actors)
    {
        var usedArticles = new Article?[item.Sources.Count];
        var usedBodies = new RenderedBody?[item.Sources.Count];
        for (var i = 0; i < item.Sources.Count; i++)
        {
            if (!articles.TryGetValue(item.Sources[i].ArticleId, out var article)) continue;
            usedArticles[i] = article.Article;
            usedBodies[i] = bodies.GetValueOrDefault(item.Sources[i].ArticleId);
        }
        var actorLinks = new List<LinkModel>(item.ActorIds.Count);
        var actorKeys = new List<FacetValue>(item.ActorIds.Count);
        foreach (var id in item.ActorIds)
        {
            if (!actors.TryGetValue(id, out var actor)) continue;
            actorLinks.Add(actor.Link);
            actorKeys.Add(actor.Key);
        }
        return new EntryInputs(item, usedArticles, usedBodies, [.. actorLinks], [.. actorKeys]);
    }

    private DatedEntry FromInputs(EntryInputs inputs)
    {
        var item = inputs.Item;
        var sources = new List<LinkModel>(item.Sources.Count);
        var named = new List<LinkModel>(item.Sources.Count);
        var outlets = new List<FacetValue>(1);
        for (var i = 0; i < item.Sources.Count; i++)
        {
            if (inputs.Articles[i] is not { } article) continue;
            var source = _sources[article.Id];
            var anchor = inputs.Bodies[i]?.AnchorFor(article, item.Sources[i].SentenceStart);
            var into = anchor is null ? source.Url : source.Url + "#" + anchor;
            sources.Add(new LinkModel(article.Title, into));
            named.Add(new LinkModel(Numbered(named, source.Publisher), into));
            if (source.Outlet is { } outlet && !outlets.Exists(o => o.Id == outlet.Id)) outlets.Add(outlet);
        }
        var label = _labels.GetOrAdd((item.Date, item.Mod, item.Estimated), key => labeler.Label(key.Item1, key.Item2, key.Item3));
        // Entries live until the last page is rendered: their lists are kept as exact arrays (see TimelineItems.Draft).
        var entry = new EntryModel(item.Id, label, DateLabeler.HtmlDateTime(item.Date),
            item.Estimated, item.Planned, item.Text, sources.Count > 0 ? sources[0].Url : urls.Page(""), sources.ToArray(), inputs.ActorLinks)
        {
            Value = item.Date,
            ActorKeys = inputs.ActorKeys,
            SourceKeys = outlets.ToArray(),
            Publishers = named.ToArray(),
            Key = item.Key,
            Weight = item.Weight,
            Precision = EntryPrecision.Of(item.Date),
            Mod = EntryPrecision.ModLetter(item.Mod),
        };
        return new DatedEntry(item.Date, item.Mod, entry);
    }

    /// <summary>A second source by the same publisher reads "NOS (2)", so each link says which article it is.</summary>
    private static string Numbered(List<LinkModel> earlier, string name)
    {
        var same = earlier.Count(l => l.Text == name || l.Text.StartsWith(name + " (", StringComparison.Ordinal));
        return same == 0 ? name : $"{name} ({same + 1})";
    }

    /// <summary>The filter key of the article's outlet (see <see cref="PublisherNames"/>), or null when none is known.</summary>
    private FacetValue? Outlet(Article article) =>
        publishers.Of(article) is { Length: > 0 } name
        && _outlets.GetOrAdd(name, n => new FacetValue(Loading.SlugMaker.Make(n), n)) is { Id.Length: > 0 } outlet
            ? outlet
            : null;

    /// <summary>A link to the sentence at <paramref name="offset"/> in the article, or to the page when that place has no anchor.</summary>
    public string LinkInto(Article article, IReadOnlyDictionary<string, RenderedBody> bodies, int offset) =>
        LinkInto(article, urls.Page(SiteUrls.ArticlePath(article.Slug)), bodies, offset);

    private static string LinkInto(Article article, string page, IReadOnlyDictionary<string, RenderedBody> bodies, int offset)
    {
        var anchor = bodies.TryGetValue(article.Id, out var body) ? body.AnchorFor(article, offset) : null;
        return anchor is null ? page : page + "#" + anchor;
    }
}
