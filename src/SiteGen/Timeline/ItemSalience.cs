namespace SiteGen.Timeline;

/// <summary>
/// How much a timeline item matters to the story, from what its reports say about it: each independent article that
/// reports it counts one, being an article's headline event counts one more, a date known to the day a quarter (a
/// reader can place it). An item is a key event when it is some article's headline or when three or more articles
/// report it. A first, honest rule: it looks only at the item's own reports, so it is the same whatever else the
/// timeline holds (and a `serve` rebuild keeps it with the item).
/// </summary>
public static class ItemSalience
{
    /// <summary>Articles that must report an item that is no article's headline for it to be a key event.</summary>
    public const int KeyFromSources = 3;

    public static TimelineItem Apply(TimelineItem item)
    {
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var headline = false;
        foreach (var source in item.Sources)
        {
            articles.Add(source.ArticleId);
            headline |= source.IsHeadline;
        }
        var weight = articles.Count + (headline ? 1 : 0) + (item.Precision >= Temporal.DatePrecision.Day ? 0.25 : 0);
        return item with { Weight = weight, Key = headline || articles.Count >= KeyFromSources };
    }
}
