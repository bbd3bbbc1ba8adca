using SiteGen.Events;
using SiteGen.Reuse;

namespace SiteGen.Timeline;

/// <summary>
/// The hand-off from events to actor pages: folds every article's actors into the site's (<see cref="ActorDirectory"/>)
/// and rewrites each item's actors, and the actors its merge reasons cite, as site actor ids. An item whose actors do
/// not change stays the same object (so what `serve` keeps for it stays valid); one whose actors do change goes through
/// <paramref name="remaps"/>, so `serve` can hand on last build's object when the remapping comes out the same.
/// </summary>
public static class SiteActors
{
    public static SiteTimeline Timeline(IReadOnlyList<TimelineItem> items, IEnumerable<ArticleExtraction> extractions, ActorGazetteer gazetteer,
        IReuse<ItemRemap, TimelineItem>? remaps = null)
    {
        remaps ??= NoReuse<ItemRemap, TimelineItem>.Instance;
        var folding = ActorDirectory.Fold(extractions, items.Select(i => i.ActorIds), gazetteer);
        var timeline = new SiteTimeline([.. items.Select(i => Remap(i, folding, remaps))], folding.Actors);
        remaps.Commit();
        return timeline;
    }

    private static TimelineItem Remap(TimelineItem item, ActorFolding folding, IReuse<ItemRemap, TimelineItem> remaps)
    {
        var actors = folding.Map(item.ActorIds);
        var merges = item.Merges.Select(m => Same(folding.Map(m.SharedActors), m.SharedActors) is { } shared ? m : m with { SharedActors = folding.Map(m.SharedActors) }).ToList();
        var sameMerges = merges.Zip(item.Merges).All(p => ReferenceEquals(p.First, p.Second));
        if (Same(actors, item.ActorIds) is not null && sameMerges) return item;
        return remaps.GetOrMake(new ItemRemap(item, item with { ActorIds = actors, Merges = sameMerges ? item.Merges : merges }), r => r.Remapped);
    }

    private static IReadOnlyList<string>? Same(IReadOnlyList<string> mapped, IReadOnlyList<string> ids) =>
        mapped.SequenceEqual(ids, StringComparer.Ordinal) ? ids : null;
}
