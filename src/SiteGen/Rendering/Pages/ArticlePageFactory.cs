using SiteGen.Articles;
using SiteGen.Events;
using SiteGen.Rendering.Bodies;
using SiteGen.Rendering.Dates;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Templates;

namespace SiteGen.Rendering.Pages;

/// <summary>Builds an article page's model: its date at the known precision, body, way back to the timeline, neighbours in time, events.</summary>
public sealed class ArticlePageFactory(
    DateLabeler labeler,
    SiteUrls urls,
    UiStrings strings,
    TimelineEntries entries,
    IReadOnlyDictionary<string, RenderedBody> bodies,
    Func<string, string>? timelinePage = null)
{
    // Looked up for every event of every article: a set, not a scan of the whole timeline each time.
    private readonly HashSet<string> _onTimeline = entries.Entries.Select(d => d.Entry.Id).ToHashSet(StringComparer.Ordinal);

    public ArticlePageModel Create(IReadOnlyList<Article> ordered, int index, IReadOnlyList<ArticleEvent> events)
    {
        var article = ordered[index];
        var date = article.Date;
        return new ArticlePageModel(
            article.Title,
            date is null ? strings.Text("undated") : labeler.Label(date.Value),
            date is null ? null : DateLabeler.HtmlDateTime(date.Value),
            date?.Estimated ?? false,
            article.Meta.Source,
            SafeUrl(article.Meta.Url),
            article.Meta.Author,
            article.Meta.Tags ?? [],
            bodies[article.Id].Html,
            TimelineUrl(article),
            index > 0 ? Link(ordered[index - 1]) : null,
            index + 1 < ordered.Count ? Link(ordered[index + 1]) : null,
            events.Select(e => EventEntry(article, e)).ToList(),
            DatedFrom(ordered, article));
    }

    private LinkModel? DatedFrom(IReadOnlyList<Article> ordered, Article article) =>
        article.Date?.From is { } from && ById(ordered).TryGetValue(from, out var source) ? Link(source) : null;

    private Dictionary<string, Article>? _byId;

    // Made once per build: the factory serves one ordered list of articles (pages render in parallel, so the first
    // callers may each make it; they make the same map).
    private Dictionary<string, Article> ById(IReadOnlyList<Article> ordered) =>
        _byId ??= ordered.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>What the page of <paramref name="ordered"/>[<paramref name="index"/>] is made from (see <see cref="ArticlePageInputs"/>).</summary>
    public ArticlePageInputs InputsOf(IReadOnlyList<Article> ordered, int index, IReadOnlyList<ArticleEvent> events)
    {
        var article = ordered[index];
        var targets = new System.Text.StringBuilder();
        foreach (var e in events) targets.Append(TimelineTarget(e)).Append('\n');
        // The page links the article its date was taken from: a new title or slug of that article changes the page.
        if (DatedFrom(ordered, article) is { } from) targets.Append(from.Url).Append('\n').Append(from.Text).Append('\n');
        return new ArticlePageInputs(article, bodies[article.Id], events, index > 0 ? ordered[index - 1] : null,
            index + 1 < ordered.Count ? ordered[index + 1] : null, TimelineUrl(article), targets.ToString());
    }

    /// <summary>The article's place on the timeline: its entry on the page that holds it, or the home page.</summary>
    private string TimelineUrl(Article article)
    {
        var anchor = entries.ArticleAnchors.TryGetValue(article.Id, out var a) && a.Length > 0 ? "#" + a : "";
        return (anchor.Length > 0 ? TimelinePage(anchor[1..]) : urls.Page("")) + anchor;
    }

    /// <summary>The event's item on the timeline, or null when the timeline does not show it.</summary>
    private string? TimelineTarget(ArticleEvent e) =>
        e.ItemId is not null && _onTimeline.Contains(e.ItemId) ? TimelinePage(e.ItemId) + "#" + e.ItemId : null;

    /// <summary>The timeline page holding entry <paramref name="id"/>: the home page unless the timeline is split by year.</summary>
    private string TimelinePage(string id) => timelinePage?.Invoke(id) ?? urls.Page("");

    private LinkModel Link(Article article) => new(article.Title, urls.Page(SiteUrls.ArticlePath(article.Slug)));

    /// <summary>An event of this article: links to its item on the timeline and to its sentence here.</summary>
    private EntryModel EventEntry(Article article, ArticleEvent e)
    {
        var here = entries.LinkInto(article, bodies, e.SentenceStart);
        return new EntryModel(
            e.ItemId ?? "", labeler.Label(e.Date, e.Mod, e.Estimated), DateLabeler.HtmlDateTime(e.Date), e.Estimated, e.Planned,
            e.Text, TimelineTarget(e) ?? here, [new LinkModel(strings.Text("in_article"), here)], []);
    }

    /// <summary>Only http(s) links from front matter are shown: a <c>javascript:</c> URL in an article must never become a link.</summary>
    private static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? uri.AbsoluteUri : null;
}
