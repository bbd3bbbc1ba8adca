using System.Runtime.CompilerServices;
using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// The hand-off from events to actor pages: folds every article's actors into the site's (<see cref="ActorDirectory"/>)
/// and rewrites each item's actors, and the actors its merge reasons cite, as site actor ids. An item whose actors do
/// not change stays the same object (so what `serve` keeps for it stays valid), and so does one whose site actors
/// come out as last time (<see cref="Remapped"/>).
/// </summary>
public static class SiteActors
{
    // The site form each item object was last given. A `serve` rebuild hands on the same item object for an
    // unchanged item (RememberedItems); a new copy of it every build would make every page and entry that shows it
    // count as changed. Keyed by identity and checked by value, so it can only keep an object equal to a new one; an
    // entry goes with its item.
    private static readonly ConditionalWeakTable<TimelineItem, TimelineItem> Remapped = [];

    public static SiteTimeline Timeline(IReadOnlyList<TimelineItem> items, IEnumerable<ArticleExtraction> extractions, ActorGazetteer gazetteer)
    {
        var folding = ActorDirectory.Fold(extractions, items.Select(i => i.ActorIds), gazetteer);
        return new SiteTimeline([.. items.Select(i => Remap(i, folding))], folding.Actors);
    }

    private static TimelineItem Remap(TimelineItem item, ActorFolding folding)
    {
        var actors = folding.Map(item.ActorIds);
        var merges = item.Merges.Select(m => Same(folding.Map(m.SharedActors), m.SharedActors) is { } shared ? m : m with { SharedActors = folding.Map(m.SharedActors) }).ToList();
        var sameMerges = merges.Zip(item.Merges).All(p => ReferenceEquals(p.First, p.Second));
        if (Same(actors, item.ActorIds) is not null && sameMerges) return item;
        if (Remapped.TryGetValue(item, out var before) && Same(actors, before.ActorIds) is not null
            && before.Merges.Count == merges.Count && before.Merges.Zip(merges).All(p => p.First.SameAs(p.Second)))
            return before;
        var remapped = item with { ActorIds = actors, Merges = sameMerges ? item.Merges : merges };
        Remapped.AddOrUpdate(item, remapped);
        return remapped;
    }

    private static IReadOnlyList<string>? Same(IReadOnlyList<string> mapped, IReadOnlyList<string> ids) =>
        mapped.SequenceEqual(ids, StringComparer.Ordinal) ? ids : null;
}
