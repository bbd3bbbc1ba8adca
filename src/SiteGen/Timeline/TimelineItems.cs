using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// Turns merged groups into timeline items: the finest-dated report speaks for the item (a headline wins a tie),
/// items sort by the start of their date (coarse dates at their start), then coarse before fine, then by text, and
/// get readable anchors `e-&lt;date&gt;-&lt;three key words&gt;` made unique by `-2`, `-3` in that order.
/// </summary>
public static class TimelineItems
{
    public static IReadOnlyList<(TimelineItem Item, EventCluster Cluster)> Create(
        IReadOnlyList<EventCluster> clusters, IReadOnlySet<string> stopWords)
    {
        // Drafts and anchor words are per item and independent (some 15 items per article): made on every core;
        // only making anchors unique is sequential, in the final order.
        var drafts = clusters.AsParallel().AsOrdered().Select(c => (Item: Draft(c), Cluster: c)).ToList()
            .OrderBy(d => DateSpan.Parse(d.Item.Date)!.Value.Start)
            .ThenBy(d => d.Item.Precision)
            .ThenBy(d => d.Item.Date, StringComparer.Ordinal)
            .ThenBy(d => d.Item.Text, StringComparer.Ordinal)
            .ThenBy(d => d.Item.Sources[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(d => d.Item.Sources[0].SentenceStart)
            .ToList();
        var baseIds = drafts.AsParallel().AsOrdered().Select(d => BaseId(d.Item, stopWords)).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(TimelineItem, EventCluster)>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var (item, cluster) = drafts[i];
            var baseId = baseIds[i];
            var id = baseId;
            for (var n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
            result.Add((item with { Id = id }, cluster));
        }
        return result;
    }

    private static string BaseId(TimelineItem item, IReadOnlySet<string> stopWords)
    {
        var words = KeyWords.Of(item.Text, 0, item.Text.Length, [], stopWords, limit: 3);
        return $"e-{EventSlug.Of(item.Date)}-{EventSlug.Of(string.Join(' ', words))}".TrimEnd('-');
    }

    private static TimelineItem Draft(EventCluster cluster)
    {
        var lead = cluster.Members
            .OrderByDescending(m => m.Event.Precision)
            .ThenByDescending(m => m.Event.IsHeadline)
            .ThenBy(m => m.Event.ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m.Event.SentenceStart)
            .First().Event;
        var actors = new[] { lead }.Concat(cluster.Members.Select(m => m.Event))
            .SelectMany(e => e.ActorIds).Distinct(StringComparer.Ordinal).ToList();
        var sources = cluster.Members
            .Select(m => new EventSource(m.Event.ArticleId, m.Sentence, m.Event.SentenceStart, m.Event.SentenceEnd, m.Event.IsHeadline))
            .OrderBy(s => s.ArticleId, StringComparer.Ordinal).ThenBy(s => s.SentenceStart)
            .ToList();
        return new TimelineItem("", lead.Date, lead.Precision, lead.Mod, lead.Estimated,
            cluster.Members.All(m => m.Event.Planned), lead.Text, actors, sources, cluster.Reasons);
    }
}
