using System.Runtime.CompilerServices;
using SiteGen.Reuse;
using SiteGen.Timeline;

namespace SiteGen.Caching.BySession;

/// <summary>
/// An item whose actors the site folds (<see cref="SiteActors"/>) is a new object on every build; this keeps the one
/// the last build made for the same drafted item when its site actors and merge reasons come out the same, so the
/// entries and pages that show it are recognised as unchanged. Keyed by the drafted item's identity (the item memory
/// hands on the same object for an unchanged item) and checked by value, so it only keeps an object equal to a new one.
/// </summary>
public sealed class RememberedRemaps : IReuse<ItemRemap, TimelineItem>
{
    private readonly ConditionalWeakTable<TimelineItem, TimelineItem> _remapped = new();

    public TimelineItem GetOrMake(ItemRemap remap, Func<ItemRemap, TimelineItem> make)
    {
        var now = remap.Remapped;
        if (_remapped.TryGetValue(remap.Drafted, out var known) && known.ActorIds.SequenceEqual(now.ActorIds, StringComparer.Ordinal)
            && known.Merges.Count == now.Merges.Count && known.Merges.Zip(now.Merges).All(p => p.First.SameAs(p.Second)))
            return known;
        var made = make(remap);
        _remapped.AddOrUpdate(remap.Drafted, made);
        return made;
    }

    public void Commit() { }
}
