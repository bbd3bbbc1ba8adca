using System.Runtime.CompilerServices;
using SiteGen.Dating;
using SiteGen.Events;
using SiteGen.Timeline;

namespace SiteGen.Reuse;

/// <summary>
/// What the previous timeline of one `sitegen serve` session derived from its merge, so a rebuild re-derives only
/// what an edit touched. An unchanged article keeps its extraction object from build to build, hence the very same
/// report objects; a group of the same reports (same objects, same order) drafts the same item and
/// anchor words, and an item whose final anchor is unchanged is the same object again, which lets rendering
/// recognise it (<see cref="RenderMemo"/>). Likewise an article's events, once tagged with their item
/// anchors, are reused while those anchors stay the same. An article whose date is refined again to the same day
/// keeps the refined article object and its events. Each build keeps exactly what it used.
/// </summary>
public sealed class TimelineMemo
{
    private readonly ConditionalWeakTable<Article, RefinedArticle> _refined = new();

    private Dictionary<ExtractedEvent, DraftedItem> _items = new(ReferenceEqualityComparer.Instance);
    private Dictionary<ArticleExtraction, TaggedEvents> _events = new(ReferenceEqualityComparer.Instance);
    private IReadOnlySet<string>? _stopWords;

    /// <summary>Items drafted and reused by the last build.</summary>
    public (int Reused, int Drafted) LastCounts { get; private set; }

    /// <summary>The item drafted from the same group of reports in the last build, or null.</summary>
    internal DraftedItem? Find(EventCluster cluster, IReadOnlySet<string> stopWords)
    {
        if (!ReferenceEquals(stopWords, _stopWords) || !_items.TryGetValue(cluster.Members[0], out var known)) return null;
        // The members decide the reasons too: each joined for its best-scoring partner among the members before it.
        var before = known.Cluster.Members;
        if (before.Count != cluster.Members.Count) return null;
        for (var i = 0; i < before.Count; i++)
            if (!ReferenceEquals(before[i], cluster.Members[i])) return null;
        return known;
    }

    /// <summary>Replaces what the memo holds by the items of this build (with the stop words their anchors were made with).</summary>
    internal void KeepItems(IReadOnlyList<DraftedItem> items, IReadOnlySet<string> stopWords, int reused)
    {
        var kept = new Dictionary<ExtractedEvent, DraftedItem>(items.Count, ReferenceEqualityComparer.Instance);
        foreach (var item in items) kept[item.Cluster.Members[0]] = item;
        _items = kept;
        _stopWords = stopWords;
        LastCounts = (reused, items.Count - reused);
    }

    /// <summary>The article's events tagged with <paramref name="itemIds"/> (in event order) as the last build made them, or null.</summary>
    internal IReadOnlyList<ArticleEvent>? FindEvents(ArticleExtraction extraction, string?[] itemIds) =>
        _events.TryGetValue(extraction, out var known) && known.ItemIds.AsSpan().SequenceEqual(itemIds) ? known.Events : null;

    /// <summary>
    /// <paramref name="refined"/> as the last build refined the same <paramref name="original"/> to the same date
    /// (re-tagging the same text from the same date gives the same analysis), else <paramref name="refined"/> with
    /// its events from <paramref name="extract"/>; remembered for the next build.
    /// </summary>
    internal RefinedArticle Refined(Article original, Article refined, Func<Article, ArticleExtraction> extract)
    {
        if (_refined.TryGetValue(original, out var known) && known.Article.Date == refined.Date) return known;
        var made = new RefinedArticle(refined, extract(refined));
        _refined.AddOrUpdate(original, made);
        return made;
    }

    internal void KeepEvents(Dictionary<ArticleExtraction, TaggedEvents> events) => _events = events;
}

/// <summary>
/// An item as drafted from its group, before its anchor is made unique: its anchor words and the start of its date
/// (what items are sorted by), and the final item the last build made of it.
/// </summary>
internal sealed record DraftedItem(EventCluster Cluster, TimelineItem Draft, string BaseId, DateOnly Start)
{
    public TimelineItem? Final { get; set; }
}

/// <summary>An article with its document date refined from another article, and its events from that date.</summary>
internal sealed record RefinedArticle(Article Article, ArticleExtraction Extraction);

/// <summary>An article's events tagged with the anchors of the items they became part of.</summary>
internal sealed record TaggedEvents(string?[] ItemIds, IReadOnlyList<ArticleEvent> Events);
