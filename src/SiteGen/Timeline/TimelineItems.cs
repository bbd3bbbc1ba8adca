using SiteGen.Events;
using SiteGen.Reuse;
using SiteGen.Temporal;

namespace SiteGen.Timeline;

/// <summary>
/// Turns merged groups into timeline items: the finest-dated report speaks for the item (a headline wins a tie),
/// items sort by the start of their date (coarse dates at their start), then coarse before fine, then by text, and
/// get readable anchors `e-&lt;date&gt;-&lt;three key words&gt;` made unique by `-2`, `-3` in that order.
/// </summary>
public static class TimelineItems
{
    public static IReadOnlyList<(TimelineItem Item, EventCluster Cluster)> Create(
        IReadOnlyList<EventCluster> clusters, IReadOnlySet<string> stopWords, IReuse<ItemDraft, DraftedItem>? reuse = null)
    {
        // Drafts and anchor words are per item and independent (some 15 items per article): made on every core, or
        // taken from an earlier build when the group is unchanged; only making anchors unique is sequential, in the
        // final order.
        reuse ??= NoReuse<ItemDraft, DraftedItem>.Instance;
        var drafts = clusters.AsParallel().AsOrdered()
            .Select(c => reuse.GetOrMake(new ItemDraft(c, stopWords), d => Drafted(d.Cluster, d.StopWords)))
            .ToList();
        var sorted = drafts
            .OrderBy(d => d.Start)
            .ThenBy(d => d.Draft.Precision)
            .ThenBy(d => d.Draft.Date, StringComparer.Ordinal)
            .ThenBy(d => d.Draft.Text, StringComparer.Ordinal)
            .ThenBy(d => d.Draft.Sources[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(d => d.Draft.Sources[0].SentenceStart)
            .ToList();
        // Salience depends on the whole timeline (how many articles name an actor), so it is worked out on the drafts.
        var salience = ItemSalience.Of([.. sorted.Select(d => d.Draft)]);
        var used = new HashSet<string>(StringComparer.Ordinal);
        // the next suffix to try per anchor: counting up from -2 for every item again was quadratic when one article
        // repeats an event thousands of times (issue 16); the anchors come out the same
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(TimelineItem, EventCluster)>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var drafted = sorted[i];
            var id = drafted.BaseId;
            if (!used.Add(id))
            {
                var n = nextSuffix.GetValueOrDefault(drafted.BaseId, 2);
                do id = $"{drafted.BaseId}-{n++}";
                while (!used.Add(id));
                nextSuffix[drafted.BaseId] = n;
            }
            var (weight, key) = salience[i];
            // The same item object as last time when nothing about it changed, so later stages can tell.
            drafted.Final = drafted.Final is { } final && final.Id == id && final.Weight == weight && final.Key == key
                ? final
                : drafted.Draft with { Id = id, Weight = weight, Key = key };
            result.Add((drafted.Final, drafted.Cluster));
        }
        reuse.Commit();
        return result;
    }

    private static DraftedItem Drafted(EventCluster cluster, IReadOnlySet<string> stopWords)
    {
        var draft = Draft(cluster);
        return new DraftedItem(cluster, draft, BaseId(draft, stopWords), TimexPeriod.Parse(draft.Date)!.Value.Start);
    }

    private static string BaseId(TimelineItem item, IReadOnlySet<string> stopWords)
    {
        var words = KeyWords.Of(item.Text, 0, item.Text.Length, [], stopWords, limit: 3);
        return $"e-{EventSlug.Of(item.Date)}-{EventSlug.Of(string.Join(' ', words))}".TrimEnd('-');
    }

    // The lead is the first member in the order: finest precision, a date said outright, a headline, article id, sentence start (the
    // earliest member on a full tie). Loops instead of LINQ orderings: most clusters hold one report, and a rebuild
    // drafts every item again (a third of a `serve` rebuild went into sorting one-element lists).
    private static TimelineItem Draft(EventCluster cluster)
    {
        var members = cluster.Members;
        var leader = members[0];
        for (var i = 1; i < members.Count; i++)
            if (LeadsOver(members[i], leader)) leader = members[i];
        var lead = leader.Event;
        var actors = new List<string>(lead.ActorIds.Count);
        foreach (var id in lead.ActorIds) AddOnce(actors, id);
        foreach (var member in members)
            foreach (var id in member.Event.ActorIds) AddOnce(actors, id);
        var sources = new List<(EventSource Source, int Order)>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            var e = members[i].Event;
            sources.Add((new EventSource(e.ArticleId, members[i].Sentence, e.SentenceStart, e.SentenceEnd, e.IsHeadline), i));
        }
        if (sources.Count > 1)
            sources.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.Source.ArticleId, b.Source.ArticleId);
                if (c == 0) c = a.Source.SentenceStart.CompareTo(b.Source.SentenceStart);
                return c != 0 ? c : a.Order.CompareTo(b.Order);
            });
        var planned = true;
        foreach (var member in members) planned &= member.Event.Planned;
        var ordered = new EventSource[sources.Count];
        for (var i = 0; i < ordered.Length; i++) ordered[i] = sources[i].Source;
        // An item lives from here until the last page is rendered: its lists are exact arrays, an empty one the shared
        // empty array (most items have one source and no merge reason; a list, its array and a read-only wrapper each
        // cost 24-32 bytes more per item: 150,000 items at 10,000 articles).
        return new TimelineItem("", lead.Date, lead.Precision, lead.Mod, lead.Estimated,
            planned, lead.Text, actors.ToArray(), ordered, cluster.Reasons.Count == 0 ? [] : cluster.Reasons);
    }

    private static bool LeadsOver(ExtractedEvent report, ExtractedEvent leader)
    {
        var (candidate, lead) = (report.Event, leader.Event);
        if (candidate.Precision != lead.Precision) return candidate.Precision > lead.Precision;
        // A date said outright leads one good only to a window (`honderd dagen geleden`: a round count).
        if (report.Window is null != leader.Window is null) return report.Window is null;
        if (candidate.IsHeadline != lead.IsHeadline) return candidate.IsHeadline;
        var byArticle = string.CompareOrdinal(candidate.ArticleId, lead.ArticleId);
        return byArticle != 0 ? byArticle < 0 : candidate.SentenceStart < lead.SentenceStart;
    }

    // Actor lists are a handful long: a linear check keeps them in first-seen order without a set.
    private static void AddOnce(List<string> list, string id)
    {
        foreach (var known in list)
            if (string.Equals(known, id, StringComparison.Ordinal)) return;
        list.Add(id);
    }
}
